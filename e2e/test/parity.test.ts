import { openSandbox } from '@xloop/sandbox';
import { ensureKeyring, glidePorts } from '@xloop/servicenow-app';
import { freshInstance, GlideRecord } from '@xloop/servicenow-app/testing';
import {
  DEFAULT_SETTINGS,
  type Decision,
  dashboard,
  dispatchDue,
  findOpportunities,
  HOUR,
  MINUTE,
  onTicketEvent,
  type Ports,
  random,
  settled,
  submitResponse,
  type TicketEvent,
} from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { type ServiceNowRecord, serviceNowRecordTicket } from '@xloop/shared-core/servicenow';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';

const START = Date.UTC(2026, 10, 2, 6); // Monday 08:00 in Helsinki
const stamp = (instant: number) => new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
const ZONES = ['Europe/Helsinki', 'Europe/Helsinki', 'America/New_York', 'Asia/Tokyo', 'UTC'];
const settings = {
  ...DEFAULT_SETTINGS,
  minimumSample: 5,
  policy: { ...DEFAULT_SETTINGS.policy, timeZone: 'Europe/Helsinki' },
};

/**
 * Three weeks of a ServiceNow desk, seeded: incidents resolved (some reopened and resolved again, some closed as
 * duplicates), requesters asked again within the fatigue window, each event delivered once or twice and out of
 * order within the hour, as the business rule and the job may. Tickets come through the shared mapping.
 */
function desk(seed: number): TicketEvent[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const events: TicketEvent[] = [];
  for (let n = 0; n < 150; n++) {
    const opened = START + Math.floor(next() * 20 * 24) * HOUR + Math.floor(next() * 60) * MINUTE;
    const requester = `u${Math.floor(next() * 40)}`;
    const record = (state: string, resolvedAt: number): ServiceNowRecord => ({
      sys_class_name: 'incident',
      number: `INC${String(10000 + n).padStart(7, '0')}`,
      state,
      caller_id: { value: requester, display_value: `Requester ${requester}` },
      'caller_id.email': `${requester}@example.com`,
      'caller_id.time_zone': ZONES[Number(requester.slice(1)) % ZONES.length],
      'caller_id.preferred_language': pick(['en', 'fi', 'sv', 'de']),
      assigned_to: pick(['a1', 'a2', 'a3']),
      assignment_group: { value: 'g', display_value: pick(['Network', 'Service Desk', 'Workplace']) },
      contact_type: { value: 'x', display_value: pick(['Email', 'Phone', 'Self-service']) },
      business_service: { value: 's', display_value: pick(['VPN', 'Email', 'SAP ERP', 'Laptop']) },
      priority: { value: '3', display_value: pick(['2 - High', '3 - Moderate', '4 - Low']) },
      close_code: next() < 0.08 ? 'Duplicate' : 'Solution provided',
      opened_at: stamp(opened),
      resolved_at: stamp(resolvedAt),
    });
    const resolved = opened + Math.floor(1 + next() * 30) * HOUR;
    const ticket = (state: string, at: number) => serviceNowRecordTicket(record(state, at));
    const resolvedTicket = ticket('6', resolved);
    if (!resolvedTicket) throw new Error('the mapping refused a generated incident');
    events.push({ type: 'resolved', ticket: resolvedTicket, at: resolved });
    if (next() < 0.15) {
      const reopened = resolved + Math.floor(5 + next() * 50) * MINUTE;
      events.push({ type: 'reopened', ticket: ticket('2', reopened) as never, at: reopened });
      const again = reopened + 3 * HOUR;
      events.push({ type: 'resolved', ticket: ticket('6', again) as never, at: again });
    }
  }
  // At least once and out of order: some events twice, shuffled within the hour they happened.
  const delivered = events.flatMap((e) => (next() < 0.3 ? [e, e] : [e]));
  return delivered
    .map((event) => ({ event, key: Math.floor(event.at / HOUR) * HOUR + next() * HOUR }))
    .sort((a, b) => a.key - b.key)
    .map(({ event }) => event);
}

/** Drives one set of ports through the desk: events as they arrive, dispatch every quarter hour, some answers. */
function run(ports: Ports, setNow: (instant: number) => void, events: readonly TicketEvent[]) {
  const decisions: string[] = [];
  const record = (list: readonly Decision[]) => {
    for (const d of list) decisions.push(`${d.kind}:${'surveyId' in d ? d.surveyId : ''}`);
  };
  const answer = (now: number) => {
    // Requesters answer about half the invitations an hour after they are sent, with a score from the survey id.
    for (const event of events) {
      for (const survey of settled(ports.surveys.forTicket(event.ticket.id))) {
        if ((survey.state !== 'sent' && survey.state !== 'reminded') || survey.sentAt === undefined) continue;
        if (now - survey.sentAt < HOUR) continue;
        const hash = [...survey.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
        if (hash % 2 === 0) continue;
        const result = settled(
          submitResponse(ports, {
            by: 'requester',
            requesterId: survey.requester.id,
            surveyId: survey.id,
            answer: { score: hash % 11, factors: [], lostTime: hash % 3 === 0 ? '1-4-hours' : 'none' },
          }),
        );
        decisions.push(`answer:${survey.id}:${result.ok ? result.value.response.score : result.error.code}`);
      }
    }
  };
  let clock = START;
  let index = 0;
  const end = START + 26 * 24 * HOUR;
  for (; clock <= end; clock += 15 * MINUTE) {
    setNow(clock);
    while (index < events.length && (events[index] as TicketEvent).at <= clock) {
      record(settled(onTicketEvent(ports, events[index] as TicketEvent)));
      index++;
    }
    for (let more = true; more; ) {
      const result = settled(dispatchDue(ports, { limit: 50 }));
      record(result.decisions);
      more = result.more;
    }
    if (clock % HOUR === 0) answer(clock);
  }
  const range = { from: '2026-11-01', to: '2026-11-30' };
  const board = settled(dashboard(ports, { range, granularity: 'isoWeek', segment: {} }));
  const opportunities = settled(findOpportunities(ports, { window: range, themes: false }));
  return { decisions, board, opportunities };
}

describe('parity: the same desk on the sandbox’s SQLite stores, the in-memory stores and the GlideRecord stores', () => {
  const events = desk(2026);

  const onMemory = (() => {
    const ports = memoryPorts({ now: START, zoned: dateFnsZonedTime, crypto: nodeCrypto, settings });
    return {
      ports,
      ...run(
        ports,
        (now) => {
          ports.clock.current = now;
        },
        events,
      ),
    };
  })();

  const onSandbox = (() => {
    const ports = openSandbox(':memory:', settings);
    const result = run(ports, (now) => ports.clock.set(now), events);
    ports.close();
    return result;
  })();

  const onGlide = (() => {
    let now = START;
    freshInstance(() => now);
    // The instance's time-zone choices (what the app accepts as valid zones).
    for (const zone of ZONES) {
      const choice = new GlideRecord('sys_choice');
      choice.initialize();
      choice.setValue('name', 'sys_user');
      choice.setValue('element', 'time_zone');
      choice.setValue('value', zone);
      choice.insert();
    }
    // The app as installed, after the job's first run made the one-click keyring.
    ensureKeyring();
    const ports = glidePorts();
    settled(ports.settings.saveSettings(settings));
    return { ports, ...run(ports, (instant) => (now = instant), events) };
  })();

  it('is a real run: surveys scheduled, sent, reminded, expired, suppressed and answered', () => {
    const kinds = new Set(onMemory.decisions.map((d) => d.split(':')[0]));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['answer', 'cancel', 'expire', 'remind', 'schedule', 'send', 'suppress']),
    );
    expect(events.length).toBeGreaterThan(180);
  });

  it('takes the same decisions, in the same order', () => {
    expect(onSandbox.decisions).toEqual(onMemory.decisions);
    expect(onGlide.decisions).toEqual(onMemory.decisions);
  });

  it('gives the same scores, week by week, and the same ranked opportunities', () => {
    expect(onSandbox.board).toEqual(onMemory.board);
    expect(onGlide.board).toEqual(onMemory.board);
    expect(onGlide.board.ok && onGlide.board.value.scorecard.happiness.kind).toBe('scored');
    expect(onSandbox.opportunities).toEqual(onMemory.opportunities);
    expect(onGlide.opportunities).toEqual(onMemory.opportunities);
  });
});
