import '@servicenow/sdk/global';
import { Record } from '@servicenow/sdk/core';

// Table Cleanup (sys_auto_flush): the platform's Table Cleaner job, hourly, deletes rows whose match field is older
// than the age, among those the conditions select. It keeps the machinery tables from growing without end:
// - rollup changes once folded (`done`): every dashboard read filters the change log, and a folded change is in its
//   rollup rows. They are kept 60 days, longer than any one-click link lives (14 days by default) and any retry, so a
//   change replayed by at-least-once delivery still finds its id and counts once;
// - ticket events handled (`done`, `skipped`) after 90 days, the history the policy preview replays (the job prunes
//   them too, in small batches);
// - ticket events parked as `failed` after 90 days, time enough for an admin to look at them.
// - policy preview runs after a day: the settings page polls a run for minutes at most.
// Ages are in seconds: 86,400 is a day, 5,184,000 is 60 days, 7,776,000 is 90. First install only: an admin who
// changes an age or turns a policy off keeps that choice through upgrades.

Record({
  $id: Now.ID['cleanup-rollup-changes-done'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_rollup_change',
    matchfield: 'sys_updated_on',
    age: 5184000,
    conditions: 'state=done',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-ticket-events-handled'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_ticket_event',
    matchfield: 'sys_created_on',
    age: 7776000,
    conditions: 'stateINdone,skipped',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-ticket-events-failed'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_ticket_event',
    matchfield: 'sys_updated_on',
    age: 7776000,
    conditions: 'state=failed',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-preview-runs'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_preview_run',
    matchfield: 'sys_created_on',
    age: 86400,
    conditions: '',
    active: true,
  },
});
