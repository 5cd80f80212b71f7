import { serviceNowIncidentRow, serviceNowRequestItemRow } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { glidePorts } from '../src/server/glide-ports';
import { processTicketEvents } from '../src/server/jobs/process-ticket-events';
import { TABLE } from '../src/server/tables';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { GlideRecord, type instance as Instance } from './glide-stand-in';

// What the business rules cost the transaction that saves the ticket: the rules exactly as the build declares them
// (table, insert/update, filter), their script on the stand-in, and every database operation the script makes.
// Target: one insert into the inbox and nothing else. The script reads no table: the ticket's fields come from the
// record in hand (`current`, `previous`), references as their sys_ids. Choice labels (state, category, priority,
// contact type, close code) are the elements' display values, from the fields' choice lists: the stand-in keeps them
// on the row, so whether the instance reads `sys_choice` (or its cache) for them is not measured here. The requester's
// details and the team, service and location names are read by the job (`withRequesterDetails`,
// `withReferenceNames`), off the agent's transaction.
const rules = recordsOf(builtRecords(), 'sys_script');
const NOW = Date.UTC(2026, 10, 3, 8, 5);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

type Counts = ReturnType<typeof Instance.operationCounts>;

function instanceWithRules() {
  const instance = freshInstance(() => NOW);
  const runs: Counts[] = [];
  for (const rule of rules)
    instance.defineBusinessRule({
      table: rule.fields.collection ?? '',
      insert: rule.fields.action_insert === 'true',
      update: rule.fields.action_update === 'true',
      condition: rule.fields.filter_condition ?? '',
      script: (current, previous) => {
        const before = instance.operations.length;
        recordTicketEvent(current as never, previous as never);
        runs.push(instance.operationCounts(before));
      },
    });
  const add = (table: string, values: Record<string, string>) => {
    const row = new GlideRecord(table);
    row.initialize();
    for (const [field, value] of Object.entries(values)) row.setValue(field, value);
    row.insert();
  };
  add('sys_user', { sys_id: 'u-anna', name: 'Anna', email: 'anna@example.com', time_zone: 'UTC' });
  add('sys_user', { sys_id: 'u-aki', name: 'Aki' });
  add('sys_user_group', { sys_id: 'g-net', name: 'Network' });
  add('cmdb_ci_service', { sys_id: 's-mail', name: 'E-mail' });
  add('cmn_location', { sys_id: 'l-hel', name: 'Helsinki' });
  return { instance, runs };
}

/** A ticket with every reference the mapping reads filled in, so a look-up would show. */
function ticket(table: 'incident' | 'sc_req_item', n: number, state: string) {
  const record = new GlideRecord(table);
  record.initialize();
  const row = table === 'incident' ? serviceNowIncidentRow : serviceNowRequestItemRow;
  const values = row({
    sys_id: `${table}-${n}`,
    number: `${table === 'incident' ? 'INC' : 'RITM'}00100${n}`,
    state,
    assigned_to: 'u-aki',
    assignment_group: 'g-net',
    business_service: 's-mail',
    location: 'l-hel',
    contact_type: 'email',
    contact_type$display: 'Email',
    priority: '3',
    priority$display: '3 - Moderate',
    opened_at: stamp(NOW - 3_600_000),
  });
  for (const [field, value] of Object.entries(values)) record.setValue(field, value);
  record.insert();
  return record;
}

function change(record: GlideRecord, values: Record<string, string>) {
  for (const [field, value] of Object.entries(values)) record.setValue(field, value);
  record.update();
}

const ONE_INSERT = { [TABLE.ticketEvent]: { insert: 1 } };

describe('the business rules cost one insert and nothing else', () => {
  it('an incident update that resolves it, and one that reopens it: one insert each', () => {
    const { instance, runs } = instanceWithRules();
    const incident = ticket('incident', 1, '2');
    expect(runs).toEqual([]);
    change(incident, { state: '6', resolved_at: stamp(NOW), close_code: 'Solution provided' });
    change(incident, { state: '2' });
    expect(runs).toEqual([ONE_INSERT, ONE_INSERT]);
    expect(instance.rows(TABLE.ticketEvent).map((e) => e.event_type)).toEqual(['resolved', 'reopened']);
  });

  it('an incident update that changes nothing the rule watches: its filter keeps the script from running', () => {
    const { instance, runs } = instanceWithRules();
    const incident = ticket('incident', 1, '2');
    const before = instance.operations.length;
    change(incident, { priority: '2', assignment_group: 'g-other', work_notes: 'Looking into it' });
    change(incident, { state: '3' });
    expect(runs).toEqual([]);
    // The two saves themselves, and nothing more.
    expect(instance.operationCounts(before)).toEqual({ incident: { update: 2 } });
  });

  it('an incident, and a requested item, created already resolved: one insert each', () => {
    const { instance, runs } = instanceWithRules();
    ticket('incident', 1, '6');
    ticket('sc_req_item', 2, '3');
    ticket('incident', 3, '1');
    expect(runs).toEqual([ONE_INSERT, ONE_INSERT]);
    expect(instance.rows(TABLE.ticketEvent).map((e) => e.ticket_id)).toEqual([
      'servicenow:INC001001',
      'servicenow:RITM001002',
    ]);
  });

  it('leaves the names to the job, which reads them once a batch and decides with them', () => {
    const { instance } = instanceWithRules();
    for (const n of [1, 2, 3]) change(ticket('incident', n, '2'), { state: '6', resolved_at: stamp(NOW) });
    const recorded = JSON.parse(instance.rows(TABLE.ticketEvent)[0]?.record ?? '{}');
    expect(recorded).toMatchObject({ assignment_group: { value: 'g-net' }, caller_id: { value: 'u-anna' } });
    expect(recorded.assignment_group.display_value).toBeUndefined();
    const before = instance.operations.length;
    expect(processTicketEvents(glidePorts(), 50, NOW)).toBe(3);
    const reads = instance.operationCounts(before);
    // The requester once an event; the group, service and location once for the batch.
    expect(reads.sys_user).toEqual({ query: 3 });
    expect([reads.sys_user_group, reads.cmdb_ci_service, reads.cmn_location]).toEqual([
      { get: 1 },
      { get: 1 },
      { get: 1 },
    ]);
    expect(JSON.parse(instance.rows(TABLE.ticketEvent)[0]?.record ?? '{}')).toMatchObject({
      caller_id: { value: 'u-anna', display_value: 'Anna' },
      'caller_id.email': { value: 'anna@example.com' },
      assignment_group: { value: 'g-net', display_value: 'Network' },
      business_service: { value: 's-mail', display_value: 'E-mail' },
      location: { value: 'l-hel', display_value: 'Helsinki' },
    });
    const survey = instance.rows(TABLE.survey)[0];
    expect(JSON.parse(survey?.body ?? '{}')).toMatchObject({ requester: { displayName: 'Anna' } });
    expect(JSON.parse(survey?.body ?? '{}').segment).toMatchObject({
      team: 'Network',
      service: 'E-mail',
      location: 'Helsinki',
      channel: 'Email',
    });
  });
});
