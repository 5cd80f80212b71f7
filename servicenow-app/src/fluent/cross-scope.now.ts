import '@servicenow/sdk/global';
import { CrossScopePrivilege } from '@servicenow/sdk/core';

// What the app reads and writes outside its scope, declared so that it keeps working where an admin enforces
// cross-scope access (Application Runtime Policy in enforcing mode, restricted caller access): the tickets the
// business rules snapshot and the tables their snapshot dot-walks to, the requester's record and the time zones the
// instance offers (sys_choice), and Continual Improvement Management's register when initiatives go there.

CrossScopePrivilege({
  $id: Now.ID['xsp-incident-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'incident',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-sc-req-item-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sc_req_item',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
// The responses' and surveys' reference to their ticket is looked up by number in task.
CrossScopePrivilege({
  $id: Now.ID['xsp-task-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'task',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-sys-user-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_user',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-sys-choice-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_choice',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-sys-user-group-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_user_group',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-cmn-location-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'cmn_location',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-cmdb-ci-service-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'cmdb_ci_service',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-cim-register-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sn_cim_register',
  targetScope: 'sn_cim',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-cim-register-create'],
  operation: 'create',
  status: 'allowed',
  targetName: 'sn_cim_register',
  targetScope: 'sn_cim',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-cim-register-write'],
  operation: 'write',
  status: 'allowed',
  targetName: 'sn_cim_register',
  targetScope: 'sn_cim',
  targetType: 'sys_db_object',
});

// The diagnostics page reads the app's job, notification and routes, and the baseline survey's trigger conditions.
CrossScopePrivilege({
  $id: Now.ID['xsp-sysauto-script-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sysauto_script',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-email-action-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sysevent_email_action',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-ws-operation-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'sys_ws_operation',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
CrossScopePrivilege({
  $id: Now.ID['xsp-asmt-condition-read'],
  operation: 'read',
  status: 'allowed',
  targetName: 'asmt_condition',
  targetScope: 'global',
  targetType: 'sys_db_object',
});
