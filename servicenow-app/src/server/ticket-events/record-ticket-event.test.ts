import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { GlideRecord } from '../../../test/glide-stand-in';
import { TABLE } from '../tables';
import { eventType, recordTicketEvent } from './record-ticket-event';
import { withRequesterDetails } from './requester-details';

const row = (table: string, values: Record<string, string>) => {
  const record = new GlideRecord(table);
  record.initialize();
  for (const [name, value] of Object.entries(values)) record.setValue(name, value);
  record.insert();
  return record;
};

describe('recordTicketEvent (the business rule)', () => {
  it('names the event by the statuses before and after', () => {
    expect(eventType('open', 'resolved')).toBe('resolved');
    expect(eventType('resolved', 'open')).toBe('reopened');
    expect(eventType('closed', 'open')).toBe('reopened');
    expect(eventType('resolved', 'closed')).toBe('closed');
    expect(eventType('open', 'open')).toBeUndefined();
    expect(eventType(undefined, undefined)).toBeUndefined();
    // Created already resolved or closed (walk-up, chat): recorded; created open, or moved between two states that
    // map alike: not.
    expect(eventType(undefined, 'resolved')).toBe('resolved');
    expect(eventType(undefined, 'closed')).toBe('closed');
    expect(eventType(undefined, 'open')).toBeUndefined();
    expect(eventType('closed', 'closed')).toBeUndefined();
  });

  it('records a requested item closed complete with requested_for as requester, by sys_id, reading no other table', () => {
    const instance = freshInstance();
    row('sys_user', { sys_id: 'u-bo', name: 'Bo', email: 'bo@example.com', time_zone: 'Europe/Stockholm' });
    const previous = row('sc_req_item', {
      sys_id: 'ritm-1',
      sys_class_name: 'sc_req_item',
      number: 'RITM0010002',
      state: '2',
      requested_for: 'u-bo',
      opened_at: '2026-11-02 07:00:00',
    });
    const current = new GlideRecord('sc_req_item');
    current.get('ritm-1');
    current.setValue('state', '3');
    current.setValue('closed_at', '2026-11-03 08:00:00');
    current.setValue('sys_updated_on', '2026-11-03 08:00:00');
    const before = instance.operations.length;
    recordTicketEvent(current, previous);
    expect(instance.operationCounts(before)).toEqual({ [TABLE.ticketEvent]: { insert: 1 } });
    const [event] = instance.rows(TABLE.ticketEvent);
    expect(event).toMatchObject({
      ticket_id: 'servicenow:RITM0010002',
      event_type: 'resolved',
      state: 'new',
    });
    const recorded = JSON.parse(event?.record ?? '{}');
    expect(recorded).toMatchObject({ requested_for: { value: 'u-bo' } });
    expect(Object.keys(recorded).filter((field) => field.includes('.'))).toEqual([]);
    // The job reads the requester's name and details before it decides.
    expect(withRequesterDetails(recorded)).toMatchObject({
      requested_for: { value: 'u-bo', display_value: 'Bo' },
      'requested_for.email': { value: 'bo@example.com' },
      'requested_for.time_zone': { value: 'Europe/Stockholm' },
    });
  });

  it('records nothing for a record the mapping cannot read', () => {
    const instance = freshInstance();
    const previous = row('incident', { sys_id: 'i', number: 'INC1', state: '2' });
    const current = new GlideRecord('incident');
    current.get('i');
    current.setValue('state', '6');
    recordTicketEvent(current, previous);
    expect(instance.rows(TABLE.ticketEvent)).toEqual([]);
  });
});
