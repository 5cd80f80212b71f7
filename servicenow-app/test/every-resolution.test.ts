import { serviceNowIncidentRow, serviceNowRequestItemRow } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { TABLE } from '../src/server/tables';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { sweepResolutions } from '../src/server/ticket-events/resolution-sweep';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { GlideRecord } from './glide-stand-in';

// The business rules exactly as the build declares them (table, insert/update, filter), running the module their
// script requires, on the stand-in: every record written runs them, unless the writer turned rules off.
const rules = recordsOf(builtRecords(), 'sys_script');
const NOW = Date.UTC(2026, 10, 3, 8, 5);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function instanceWithRules() {
  const instance = freshInstance(() => NOW);
  for (const rule of rules) {
    expect(rule.fields.script).toContain('recordTicketEvent(current, previous);');
    instance.defineBusinessRule({
      table: rule.fields.collection ?? '',
      insert: rule.fields.action_insert === 'true',
      update: rule.fields.action_update === 'true',
      condition: rule.fields.filter_condition ?? '',
      script: (current, previous) => recordTicketEvent(current as never, previous as never),
    });
  }
  const user = new GlideRecord('sys_user');
  user.initialize();
  user.setValue('sys_id', 'u-anna');
  user.setValue('name', 'Anna');
  user.setValue('email', 'anna@example.com');
  user.insert();
  return instance;
}

function incident(n: number, state: string, extra: Record<string, string> = {}) {
  const record = new GlideRecord('incident');
  record.initialize();
  const values = serviceNowIncidentRow({
    sys_id: `inc-${n}`,
    number: `INC00100${n}`,
    state,
    opened_at: stamp(NOW - 3_600_000),
    ...(state === '6' ? { resolved_at: stamp(NOW - 60_000) } : {}),
    ...extra,
  });
  for (const [field, value] of Object.entries(values)) record.setValue(field, value);
  record.insert();
  return record;
}

const events = (instance: ReturnType<typeof freshInstance>) =>
  instance.rows(TABLE.ticketEvent).map((e) => `${e.ticket_id}:${e.event_type}`);

describe('every resolution is caught', () => {
  it('records an incident created already resolved, and a requested item created closed complete', () => {
    const instance = instanceWithRules();
    incident(1, '6');
    incident(2, '2');
    const item = new GlideRecord('sc_req_item');
    item.initialize();
    for (const [field, value] of Object.entries(
      serviceNowRequestItemRow({ state: '3', opened_at: stamp(NOW - 60_000), closed_at: stamp(NOW) }),
    ))
      item.setValue(field, value);
    item.insert();
    expect(events(instance)).toEqual(['servicenow:INC001001:resolved', 'servicenow:RITM0010001:resolved']);
  });

  it('records each record of a bulk update (a list edit or updateMultiple) once', () => {
    const instance = instanceWithRules();
    for (const n of [1, 2, 3]) incident(n, '2');
    const bulk = new GlideRecord('incident');
    bulk.addQuery('state', '2');
    bulk.setValue('state', '6');
    bulk.setValue('resolved_at', stamp(NOW));
    bulk.updateMultiple();
    expect(events(instance)).toEqual([
      'servicenow:INC001001:resolved',
      'servicenow:INC001002:resolved',
      'servicenow:INC001003:resolved',
    ]);
  });

  it('sweeps resolutions written without rules into the inbox, once, and leaves what the rules saw', () => {
    const instance = instanceWithRules();
    incident(1, '2');
    incident(2, '6');
    const quiet = new GlideRecord('incident');
    quiet.get('inc-1');
    quiet.setWorkflow(false);
    quiet.setValue('state', '6');
    quiet.setValue('resolved_at', stamp(NOW));
    quiet.update();
    expect(events(instance)).toEqual(['servicenow:INC001002:resolved']);
    expect(sweepResolutions(NOW, 50)).toBe(1);
    expect(sweepResolutions(NOW, 50)).toBe(0);
    expect(events(instance)).toEqual(['servicenow:INC001002:resolved', 'servicenow:INC001001:resolved']);
    // An old resolution edited today is history, not news.
    const old = incident(3, '2');
    old.setWorkflow(false);
    old.setValue('state', '6');
    old.setValue('resolved_at', stamp(NOW - 3 * 86_400_000));
    old.update();
    expect(sweepResolutions(NOW, 50)).toBe(0);
  });
});
