import '@servicenow/sdk/global';
import {
  DateColumn,
  DateTimeColumn,
  DecimalColumn,
  IntegerColumn,
  Password2Column,
  ReferenceColumn,
  StringColumn,
  Table,
} from '@servicenow/sdk/core';

// The stores' tables. Each keeps its record whole as JSON in `body` and the parts it is queried by in columns;
// instants are zero-padded milliseconds in string columns (exact, and ordered as text). Unique indexes make a
// repeated insert of the same key fail, which is how at-least-once work stays idempotent without transactions.
// Indexed strings stay within 255 characters: longer ones are stored as text, which the database cannot index.
// Surveys and responses also carry the platform's own columns (references to the ticket and the requester,
// date-times), written beside the stores' exact ones, for reports, Performance Analytics, lists and related lists.
// Every table is private to the app's package: no other scope reads or writes it (`accessibleFrom`, no `actions`),
// and web services reach none of them (`allowWebServiceAccess` is off by default); reports and lists in the app's
// own scope still read them under the ACLs.

export const x_xloop_survey = Table({
  name: 'x_xloop_survey',
  label: 'XLoop Survey',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'ticket_id',
  schema: {
    survey_id: StringColumn({ label: 'Survey', maxLength: 200, mandatory: true }),
    ticket_id: StringColumn({ label: 'Ticket', maxLength: 100 }),
    requester_id: StringColumn({ label: 'Requester', maxLength: 100 }),
    state: StringColumn({
      label: 'State',
      maxLength: 20,
      choices: {
        scheduled: 'Scheduled',
        sent: 'Sent',
        reminded: 'Reminded',
        answered: 'Answered',
        expired: 'Expired',
        cancelled: 'Cancelled',
      },
    }),
    resolved_at: StringColumn({ label: 'Resolved at (ms)', maxLength: 15 }),
    send_at: StringColumn({ label: 'Send at (ms)', maxLength: 15 }),
    sent_at: StringColumn({ label: 'Sent at (ms)', maxLength: 15 }),
    due_at: StringColumn({ label: 'Due at (ms)', maxLength: 15 }),
    message: StringColumn({ label: 'Last message (JSON)', maxLength: 16000 }),
    body: StringColumn({ label: 'Body (JSON)', maxLength: 65000 }),
    ticket: ReferenceColumn({ label: 'Ticket record', referenceTable: 'task', cascadeRule: 'clear' }),
    requester: ReferenceColumn({
      label: 'Requester record',
      referenceTable: 'sys_user',
      cascadeRule: 'clear',
    }),
    resolved_on: DateTimeColumn({ label: 'Resolved' }),
    sent_on: DateTimeColumn({ label: 'Sent' }),
  },
  index: [
    { name: 'x_xloop_survey_id', unique: true, element: 'survey_id' },
    { name: 'x_xloop_survey_ticket', unique: false, element: 'ticket_id' },
    { name: 'x_xloop_survey_requester', unique: false, element: 'requester_id' },
    { name: 'x_xloop_survey_due', unique: false, element: 'due_at' },
    { name: 'x_xloop_survey_ticket_record', unique: false, element: 'ticket' },
    { name: 'x_xloop_survey_resolved_on', unique: false, element: 'resolved_on' },
  ],
});

export const x_xloop_response = Table({
  name: 'x_xloop_response',
  label: 'XLoop Response',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'ticket_id',
  schema: {
    survey_id: StringColumn({ label: 'Survey', maxLength: 200, mandatory: true }),
    ticket_id: StringColumn({ label: 'Ticket', maxLength: 100 }),
    requester_id: StringColumn({ label: 'Requester', maxLength: 100 }),
    score: IntegerColumn({ label: 'Score (0–10)' }),
    day: StringColumn({ label: 'Rollup day', maxLength: 10 }),
    answered_at: StringColumn({ label: 'Answered at (ms)', maxLength: 15 }),
    has_comment: IntegerColumn({ label: 'Has comment' }),
    pending: IntegerColumn({ label: 'Rollup pending' }),
    body: StringColumn({ label: 'Body (JSON)', maxLength: 65000 }),
    ticket: ReferenceColumn({ label: 'Ticket record', referenceTable: 'task', cascadeRule: 'clear' }),
    requester: ReferenceColumn({
      label: 'Requester record',
      referenceTable: 'sys_user',
      cascadeRule: 'clear',
    }),
    answered_on: DateTimeColumn({ label: 'Answered' }),
    answered_day: DateColumn({ label: 'Answered on (day)' }),
    // For reports and Performance Analytics: the mean of `happiness` is the happiness score (% of 9–10 minus % of
    // 0–6), and the mean of `lost_time_minutes` the lost time per answered ticket.
    happiness: IntegerColumn({ label: 'Happiness points (+100 for 9–10, −100 for 0–6)' }),
    lost_time_minutes: IntegerColumn({ label: 'Lost time (minutes)' }),
  },
  index: [
    { name: 'x_xloop_response_survey', unique: true, element: 'survey_id' },
    { name: 'x_xloop_response_ticket', unique: false, element: 'ticket_id' },
    { name: 'x_xloop_response_requester', unique: false, element: 'requester_id' },
    { name: 'x_xloop_response_comments', unique: false, element: ['has_comment', 'day'] },
    { name: 'x_xloop_response_pending', unique: false, element: 'pending' },
    { name: 'x_xloop_response_ticket_record', unique: false, element: 'ticket' },
    { name: 'x_xloop_response_answered_on', unique: false, element: 'answered_on' },
  ],
});

export const x_xloop_mark = Table({
  name: 'x_xloop_mark',
  label: 'XLoop Mark',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'mark_key',
  schema: {
    mark_key: StringColumn({ label: 'Key', maxLength: 255, mandatory: true }),
    kind: StringColumn({
      label: 'Kind',
      maxLength: 20,
      choices: {
        suppression: 'Suppression',
        reopening: 'Reopening',
        opt_out: 'Opt-out',
        sent: 'Message sent',
      },
    }),
    ticket_id: StringColumn({ label: 'Ticket', maxLength: 100 }),
    requester_id: StringColumn({ label: 'Requester', maxLength: 100 }),
    at: StringColumn({ label: 'At (ms)', maxLength: 15 }),
    body: StringColumn({ label: 'Body (JSON)', maxLength: 65000 }),
  },
  index: [
    { name: 'x_xloop_mark_key', unique: true, element: 'mark_key' },
    { name: 'x_xloop_mark_ticket', unique: false, element: ['kind', 'ticket_id'] },
    { name: 'x_xloop_mark_requester', unique: false, element: ['kind', 'requester_id'] },
  ],
});

export const x_xloop_rollup = Table({
  name: 'x_xloop_rollup',
  label: 'XLoop Rollup',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'segment_key',
  schema: {
    day: StringColumn({ label: 'Day', maxLength: 10, mandatory: true }),
    segment_key: StringColumn({ label: 'Segment', maxLength: 255 }),
    s0: IntegerColumn({ label: 'Scores 0' }),
    s1: IntegerColumn({ label: 'Scores 1' }),
    s2: IntegerColumn({ label: 'Scores 2' }),
    s3: IntegerColumn({ label: 'Scores 3' }),
    s4: IntegerColumn({ label: 'Scores 4' }),
    s5: IntegerColumn({ label: 'Scores 5' }),
    s6: IntegerColumn({ label: 'Scores 6' }),
    s7: IntegerColumn({ label: 'Scores 7' }),
    s8: IntegerColumn({ label: 'Scores 8' }),
    s9: IntegerColumn({ label: 'Scores 9' }),
    s10: IntegerColumn({ label: 'Scores 10' }),
    lost_time_answers: IntegerColumn({ label: 'Lost-time answers' }),
    lost_time_minutes: DecimalColumn({ label: 'Lost minutes' }),
    lost_time_minutes_squared: DecimalColumn({ label: 'Lost minutes squared' }),
    resolved: IntegerColumn({ label: 'Resolved' }),
    sent: IntegerColumn({ label: 'Sent' }),
    answered: IntegerColumn({ label: 'Answered' }),
    expired: IntegerColumn({ label: 'Expired' }),
    factors: StringColumn({ label: 'Factors (JSON)', maxLength: 4000 }),
    last_change: StringColumn({ label: 'Last change folded', maxLength: 255 }),
  },
  index: [{ name: 'x_xloop_rollup_slot', unique: true, element: ['day', 'segment_key'] }],
});

export const x_xloop_rollup_change = Table({
  name: 'x_xloop_rollup_change',
  label: 'XLoop Rollup Change',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'change_id',
  schema: {
    change_id: StringColumn({ label: 'Change', maxLength: 255, mandatory: true }),
    day: StringColumn({ label: 'Day', maxLength: 10 }),
    keys: StringColumn({ label: 'Segment keys (JSON)', maxLength: 8000 }),
    delta: StringColumn({ label: 'Delta (JSON)', maxLength: 8000 }),
    state: StringColumn({
      label: 'State',
      maxLength: 10,
      choices: { pending: 'Pending', folding: 'Folding', done: 'Done' },
    }),
    logged_at: StringColumn({ label: 'Logged at (ms)', maxLength: 15 }),
  },
  index: [
    { name: 'x_xloop_rollup_change_id', unique: true, element: 'change_id' },
    { name: 'x_xloop_rollup_change_state', unique: false, element: ['state', 'logged_at'] },
    { name: 'x_xloop_rollup_change_day', unique: false, element: ['day', 'state'] },
  ],
});

export const x_xloop_initiative = Table({
  name: 'x_xloop_initiative',
  label: 'XLoop Initiative',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'title',
  schema: {
    initiative_id: StringColumn({ label: 'Initiative', maxLength: 100, mandatory: true }),
    title: StringColumn({ label: 'Title', maxLength: 200 }),
    status: StringColumn({ label: 'Status', maxLength: 20 }),
    version: IntegerColumn({ label: 'Version' }),
    external_key: StringColumn({ label: 'Improvement (CIM)', maxLength: 100 }),
    body: StringColumn({ label: 'Body (JSON)', maxLength: 65000 }),
  },
  index: [{ name: 'x_xloop_initiative_id', unique: true, element: 'initiative_id' }],
});

export const x_xloop_ticket_event = Table({
  name: 'x_xloop_ticket_event',
  label: 'XLoop Ticket Event',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'ticket_id',
  schema: {
    ticket_id: StringColumn({ label: 'Ticket', maxLength: 100 }),
    event_type: StringColumn({
      label: 'Event',
      maxLength: 20,
      choices: { resolved: 'Resolved', reopened: 'Reopened', closed: 'Closed' },
    }),
    at: StringColumn({ label: 'At (ms)', maxLength: 15 }),
    record: StringColumn({ label: 'Record (JSON)', maxLength: 8000 }),
    state: StringColumn({
      label: 'State',
      maxLength: 10,
      choices: { new: 'New', done: 'Done', skipped: 'Skipped', failed: 'Failed' },
    }),
    attempts: IntegerColumn({ label: 'Attempts' }),
    next_attempt_at: StringColumn({ label: 'Next attempt at (ms)', maxLength: 15 }),
    decisions: StringColumn({ label: 'Decisions', maxLength: 200 }),
    error: StringColumn({ label: 'Error', maxLength: 1000 }),
  },
  index: [
    { name: 'x_xloop_ticket_event_state', unique: false, element: ['state', 'at'] },
    { name: 'x_xloop_ticket_event_ticket', unique: false, element: ['ticket_id', 'event_type'] },
    { name: 'x_xloop_ticket_event_at', unique: false, element: 'at' },
  ],
});

// Locks: a row per lock name, inserted under a unique index, so only one holder has it; it lapses at `expires_at`
// (a holder that crashed does not keep it), and its holder deletes it when done.
export const x_xloop_lock = Table({
  name: 'x_xloop_lock',
  label: 'XLoop Lock',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'name',
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 40, mandatory: true }),
    holder: StringColumn({ label: 'Holder', maxLength: 40 }),
    expires_at: StringColumn({ label: 'Expires at (ms)', maxLength: 15 }),
  },
  index: [{ name: 'x_xloop_lock_name', unique: true, element: 'name' }],
});

// Secrets (the one-click keyring): a Password (2 way encrypted) value, stored encrypted and read in clear only by
// the app's server code (`getDecryptedValue`). No install ships a row, so no upgrade overwrites one; the ACLs in
// acls.now.ts let no role, admins included, read or change it.
export const x_xloop_secret = Table({
  name: 'x_xloop_secret',
  label: 'XLoop Secret',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'name',
  schema: {
    name: StringColumn({ label: 'Name', maxLength: 40, mandatory: true }),
    value: Password2Column({ label: 'Value', maxLength: 4000 }),
  },
  index: [{ name: 'x_xloop_secret_name', unique: true, element: 'name' }],
});

// Policy previews run in the background (event x_xloop.preview.run, a script action): a row per run holds the
// request, the progress the settings page polls (tickets looked at, how far through the period) and the result.
// Table Cleanup removes runs after a day.
export const x_xloop_preview_run = Table({
  name: 'x_xloop_preview_run',
  label: 'XLoop Policy Preview Run',
  accessibleFrom: 'package_private',
  actions: [],
  display: 'run_id',
  schema: {
    run_id: StringColumn({ label: 'Run', maxLength: 40, mandatory: true }),
    requested_by: StringColumn({ label: 'Requested by', maxLength: 40 }),
    state: StringColumn({
      label: 'State',
      maxLength: 20,
      choices: { queued: 'Queued', running: 'Running', done: 'Done', failed: 'Failed' },
    }),
    request: StringColumn({ label: 'Request (JSON)', maxLength: 65000 }),
    examined: IntegerColumn({ label: 'Ticket events looked at' }),
    percent: IntegerColumn({ label: 'Percent done' }),
    result: StringColumn({ label: 'Result (JSON)', maxLength: 65000 }),
    error: StringColumn({ label: 'Error', maxLength: 1000 }),
  },
  index: [{ name: 'x_xloop_preview_run_id', unique: true, element: 'run_id' }],
});
