import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { settled } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';
import { glideTicketHistory } from './ticket-history';

const DAY = 86_400_000;
const incident = (number: string) =>
  JSON.stringify({
    sys_class_name: { value: 'incident' },
    number: { value: number },
    caller_id: { value: `caller-${number}` },
    opened_at: { value: '2026-10-01 08:00:00' },
    state: { value: '6' },
    contact_type: { value: 'email' },
  });

function record(number: string, at: number, type = 'resolved', state = 'done', body = incident(number)) {
  insert(TABLE.ticketEvent, {
    ticket_id: `servicenow:${number}`,
    event_type: type,
    at: instantColumn(at),
    record: body,
    state,
    attempts: 0,
  });
}

describe('glideTicketHistory', () => {
  const now = Date.UTC(2026, 10, 25, 12);

  it('answers the recorded events in the window, oldest first, as the mapping reads them', () => {
    freshInstance(() => now);
    record('INC3', now - 2 * DAY);
    record('INC1', now - 40 * DAY);
    record('INC2', now - 10 * DAY, 'reopened', 'new');
    record('INC4', now - 5 * DAY, 'resolved', 'done', '{broken');
    record('INC5', now + DAY);
    const { events, complete } = glideTicketHistory.ticketEvents(now - 30 * DAY, now, 100);
    expect(complete).toBe(true);
    expect(events.map((e) => [e.ticket.id, e.type, e.at])).toEqual([
      ['servicenow:INC2', 'reopened', now - 10 * DAY],
      ['servicenow:INC3', 'resolved', now - 2 * DAY],
    ]);
    expect(events[1]?.ticket).toMatchObject({ kind: 'incident', requester: { id: 'caller-INC3' } });
  });

  it('says when it stopped at the limit', () => {
    freshInstance(() => now);
    for (let i = 1; i <= 5; i++) record(`INC${i}`, now - i * DAY);
    const { events, complete } = glideTicketHistory.ticketEvents(now - 30 * DAY, now, 3);
    expect(events).toHaveLength(3);
    expect(complete).toBe(false);
  });

  it('feeds the admin’s policy preview on the instance', async () => {
    freshInstance(() => now);
    for (let i = 1; i <= 4; i++) record(`INC${i}`, now - (i + 3) * DAY);
    const ports = glidePorts();
    const { resolve } = await import('../core/xloop-core.js');
    const settings = settled(ports.settings.settings());
    const answer = settled(
      resolve(ports, 'previewPolicy', { settings }, { accountId: 'admin', roles: ['admin'] }),
    ) as { ok: boolean; value: { tickets: number; events: number; truncated: boolean } };
    expect(answer).toMatchObject({ ok: true, value: { events: 4, tickets: 4, truncated: false } });
  });
});
