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
// The record tables are kept long:
// - surveys, answers and the marks beside them (suppressions, reopenings, sends) for 400 days (13 months and a
//   margin): answers feed the baselines and the opportunity ranking over 90 days, and the comments and evidence
//   tickets a dashboard lists, so they outlive the longest baseline window many times over; the fatigue rules look
//   back 60 days. Opt-outs are marks too, and are never cleaned up: a requester who said no stays asked no more;
// - rollups for 1,098 days (3 × 366, the longest span any dashboard or impact query reads): they are the long-term
//   record, and an initiative's baseline is frozen on the initiative when it is created.
// Ages are in seconds: 86,400 is a day, 5,184,000 is 60 days, 7,776,000 is 90, 34,560,000 is 400, 94,867,200 is
// 1,098. First install only: an admin who changes an age or turns a policy off keeps that choice through upgrades.

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

Record({
  $id: Now.ID['cleanup-surveys'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_survey',
    matchfield: 'sys_created_on',
    age: 34560000,
    conditions: '',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-responses'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_response',
    matchfield: 'sys_created_on',
    age: 34560000,
    conditions: '',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-marks'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_mark',
    matchfield: 'sys_created_on',
    age: 34560000,
    conditions: 'kind!=opt_out',
    active: true,
  },
});

Record({
  $id: Now.ID['cleanup-rollups'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auto_flush',
  data: {
    tablename: 'x_xloop_rollup',
    matchfield: 'sys_created_on',
    age: 94867200,
    conditions: '',
    active: true,
  },
});
