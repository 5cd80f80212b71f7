import '@servicenow/sdk/global';
import { Acl } from '@servicenow/sdk/core';
import { agentViewer, csiManager, experienceAdmin } from './roles.now';

// Table ACLs. The app's own server modules write these tables; people read them through lists and reports.
// Requesters read and write only their own responses; agents read experience data; CSI managers manage
// initiatives; experience admins configure and see everything.

// Responses: the requester's own, by the requester column.
Acl({
  $id: Now.ID['acl-response-read-own'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'read',
  script: "answer = current.getValue('requester_id') == gs.getUserID();",
  description: 'A requester reads their own responses.',
});
Acl({
  $id: Now.ID['acl-response-write-own'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'write',
  script: "answer = current.getValue('requester_id') == gs.getUserID();",
  description: 'A requester changes only their own responses.',
});
Acl({
  $id: Now.ID['acl-response-read-agents'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'read',
  roles: [agentViewer],
  description: 'Agents read responses.',
});

// Experience data agents read.
Acl({
  $id: Now.ID['acl-survey-read'],
  type: 'record',
  table: 'x_xloop_survey',
  operation: 'read',
  roles: [agentViewer],
});
Acl({
  $id: Now.ID['acl-rollup-read'],
  type: 'record',
  table: 'x_xloop_rollup',
  operation: 'read',
  roles: [agentViewer],
});
Acl({
  $id: Now.ID['acl-initiative-read'],
  type: 'record',
  table: 'x_xloop_initiative',
  operation: 'read',
  roles: [agentViewer],
});

// Initiatives: CSI managers manage them.
Acl({
  $id: Now.ID['acl-initiative-create'],
  type: 'record',
  table: 'x_xloop_initiative',
  operation: 'create',
  roles: [csiManager],
});
Acl({
  $id: Now.ID['acl-initiative-write'],
  type: 'record',
  table: 'x_xloop_initiative',
  operation: 'write',
  roles: [csiManager],
});

// The machinery (marks, rollup changes, the event inbox): experience admins only, for support.
Acl({
  $id: Now.ID['acl-mark-read'],
  type: 'record',
  table: 'x_xloop_mark',
  operation: 'read',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-rollup-change-read'],
  type: 'record',
  table: 'x_xloop_rollup_change',
  operation: 'read',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-ticket-event-read'],
  type: 'record',
  table: 'x_xloop_ticket_event',
  operation: 'read',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-ticket-event-write'],
  type: 'record',
  table: 'x_xloop_ticket_event',
  operation: 'write',
  roles: [experienceAdmin],
});

// Experience admins may correct or remove anything in the app's tables.
Acl({
  $id: Now.ID['acl-survey-write'],
  type: 'record',
  table: 'x_xloop_survey',
  operation: 'write',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-survey-delete'],
  type: 'record',
  table: 'x_xloop_survey',
  operation: 'delete',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-response-delete'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'delete',
  roles: [experienceAdmin],
});
Acl({
  $id: Now.ID['acl-initiative-delete'],
  type: 'record',
  table: 'x_xloop_initiative',
  operation: 'delete',
  roles: [experienceAdmin],
});
