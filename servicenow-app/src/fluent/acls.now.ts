import '@servicenow/sdk/global';
import { Acl } from '@servicenow/sdk/core';
import { agentViewer, csiManager, experienceAdmin } from './roles.now';

// Table and field ACLs. Only the app's own server modules write these tables (the job, the business rules and the
// REST routes, which check the core's rules); people read them through lists, forms and reports. Nobody writes an
// answer by hand: a requester reads their own responses and answers only through the routes; agents read
// experience data; CSI managers manage initiatives; experience admins see everything and may correct or remove rows.
// A user passes an operation when they pass every Deny-Unless ACL on it and at least one Allow-If ACL, at the table
// and at the field (test/acl-matrix.ts evaluates the built records the same way).

// Responses: the requester's own, by the requester column; agents all.
Acl({
  $id: Now.ID['acl-response-read-own'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'read',
  script: "answer = current.getValue('requester_id') == gs.getUserID();",
  description: 'A requester reads their own responses. They answer only through the XLoop routes.',
});
Acl({
  $id: Now.ID['acl-response-read-agents'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'read',
  roles: [agentViewer],
  description: 'Agents read responses.',
});
// The answer's body holds the requester's comment: the requester and CSI managers read it, agents do not.
Acl({
  $id: Now.ID['acl-response-body-read-own'],
  type: 'record',
  table: 'x_xloop_response',
  field: 'body',
  operation: 'read',
  script: "answer = current.getValue('requester_id') == gs.getUserID();",
  description: 'A requester reads their own comment.',
});
Acl({
  $id: Now.ID['acl-response-body-read-csi'],
  type: 'record',
  table: 'x_xloop_response',
  field: 'body',
  operation: 'read',
  roles: [csiManager],
  description: 'CSI managers read comments.',
});

// Experience data agents read.
Acl({
  $id: Now.ID['acl-survey-read'],
  type: 'record',
  table: 'x_xloop_survey',
  operation: 'read',
  roles: [agentViewer],
});
// The stored message is the e-mail as the job rendered it (its links unsigned; the mail script signs them as it
// sends): nobody reads or edits it by hand, admins included.
Acl({
  $id: Now.ID['acl-survey-message-read'],
  type: 'record',
  table: 'x_xloop_survey',
  field: 'message',
  operation: 'read',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Nobody reads the stored survey e-mail; the notification sends it.',
});
Acl({
  $id: Now.ID['acl-survey-message-write'],
  type: 'record',
  table: 'x_xloop_survey',
  field: 'message',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Nobody edits the stored survey e-mail.',
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

Acl({
  $id: Now.ID['acl-lock-read'],
  type: 'record',
  table: 'x_xloop_lock',
  operation: 'read',
  roles: [experienceAdmin],
});
// A lock left by a run that was killed lapses by itself; an admin may remove it sooner.
Acl({
  $id: Now.ID['acl-lock-delete'],
  type: 'record',
  table: 'x_xloop_lock',
  operation: 'delete',
  roles: [experienceAdmin],
});

// Policy preview runs: experience admins see them (the settings page reads them through the admin API); only the
// app's server code writes them.
Acl({
  $id: Now.ID['acl-preview-run-read'],
  type: 'record',
  table: 'x_xloop_preview_run',
  operation: 'read',
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

// Secrets: no role, admins included, reads, makes, changes or deletes one; only the app's server code does.
Acl({
  $id: Now.ID['acl-secret-read'],
  type: 'record',
  table: 'x_xloop_secret',
  operation: 'read',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'XLoop secrets are for the app’s server code only.',
});
Acl({
  $id: Now.ID['acl-secret-write'],
  type: 'record',
  table: 'x_xloop_secret',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'XLoop secrets are for the app’s server code only.',
});
Acl({
  $id: Now.ID['acl-secret-create'],
  type: 'record',
  table: 'x_xloop_secret',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'XLoop secrets are for the app’s server code only.',
});
Acl({
  $id: Now.ID['acl-secret-delete'],
  type: 'record',
  table: 'x_xloop_secret',
  operation: 'delete',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'XLoop secrets are for the app’s server code only.',
});

// Nobody by hand, admins included: the app's server code writes these rows (GlideRecord, which no ACL checks), and
// with no ACL of its own a table falls to the wildcard rule, which lets admins through ("The wildcard table ACL
// rules restrict … unless the user has the admin role"). So each operation meant for nobody has a Deny-Unless ACL
// that no one passes and that admins do not override.

Acl({
  $id: Now.ID['acl-response-create-nobody'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Answers are recorded only through the XLoop routes, which check them; nobody creates or edits one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-response-write-nobody'],
  type: 'record',
  table: 'x_xloop_response',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Answers are recorded only through the XLoop routes, which check them; nobody creates or edits one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-survey-create-nobody'],
  type: 'record',
  table: 'x_xloop_survey',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Surveys are made only by the XLoop job; nobody creates one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-create-nobody'],
  type: 'record',
  table: 'x_xloop_rollup',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Rollups are folded only by the XLoop job from the change log; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-write-nobody'],
  type: 'record',
  table: 'x_xloop_rollup',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Rollups are folded only by the XLoop job from the change log; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-delete-nobody'],
  type: 'record',
  table: 'x_xloop_rollup',
  operation: 'delete',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Rollups are folded only by the XLoop job from the change log; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-change-create-nobody'],
  type: 'record',
  table: 'x_xloop_rollup_change',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'The rollup change log is written only by the XLoop app and pruned by Table Cleanup; nobody changes it by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-change-write-nobody'],
  type: 'record',
  table: 'x_xloop_rollup_change',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'The rollup change log is written only by the XLoop app and pruned by Table Cleanup; nobody changes it by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-rollup-change-delete-nobody'],
  type: 'record',
  table: 'x_xloop_rollup_change',
  operation: 'delete',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'The rollup change log is written only by the XLoop app and pruned by Table Cleanup; nobody changes it by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-mark-create-nobody'],
  type: 'record',
  table: 'x_xloop_mark',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Marks are written only by the XLoop app; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-mark-write-nobody'],
  type: 'record',
  table: 'x_xloop_mark',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Marks are written only by the XLoop app; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-mark-delete-nobody'],
  type: 'record',
  table: 'x_xloop_mark',
  operation: 'delete',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description: 'Marks are written only by the XLoop app; nobody changes one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-ticket-event-create-nobody'],
  type: 'record',
  table: 'x_xloop_ticket_event',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Ticket events are recorded only by the XLoop business rules and job; nobody creates one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-preview-run-create-nobody'],
  type: 'record',
  table: 'x_xloop_preview_run',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Policy preview runs are written only by the XLoop app; nobody creates or edits one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-preview-run-write-nobody'],
  type: 'record',
  table: 'x_xloop_preview_run',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'Policy preview runs are written only by the XLoop app; nobody creates or edits one by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-lock-create-nobody'],
  type: 'record',
  table: 'x_xloop_lock',
  operation: 'create',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'The job lock is taken only by the XLoop job; nobody takes or edits it by hand, admins included.',
});

Acl({
  $id: Now.ID['acl-lock-write-nobody'],
  type: 'record',
  table: 'x_xloop_lock',
  operation: 'write',
  decisionType: 'deny',
  adminOverrides: false,
  script: 'answer = false;',
  description:
    'The job lock is taken only by the XLoop job; nobody takes or edits it by hand, admins included.',
});
