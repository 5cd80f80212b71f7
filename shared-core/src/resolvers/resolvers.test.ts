import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../model/ticket';
import { DAY, HOUR } from '../model/time';
import type { TicketHistory } from '../ports';
import { onTicketEvent } from '../services/on-ticket-event';
import { MAX_PREVIEW_EVENTS } from '../services/policy-preview';
import { freshPorts, MONDAY, resolved, ticket } from '../services/ports.fixture';
import { settled } from '../step';
import { RESOLVER_NAMES, resolve } from './resolvers';

const alice = { accountId: 'alice', roles: ['customer' as const] };
const agent = { accountId: 'bob', roles: ['agent' as const] };
const csi = { accountId: 'carol', roles: ['csi-manager' as const] };
const admin = { accountId: 'dan', roles: ['admin' as const] };

function withSurvey() {
  const ports = freshPorts();
  settled(onTicketEvent(ports, resolved(ticket('SD-1'), MONDAY)));
  ports.clock.advance(HOUR);
  return ports;
}

describe('resolve', () => {
  it('lists its resolvers and refuses unknown names and callers without the role', () => {
    expect(RESOLVER_NAMES).toContain('getDashboard');
    const ports = freshPorts();
    expect(resolve(ports, 'dropTables', {}, admin)).toMatchObject({
      ok: false,
      status: 404,
      code: 'unknown-resolver',
    });
    expect(resolve(ports, 'getDashboard', {}, alice)).toMatchObject({ ok: false, status: 403 });
    expect(resolve(ports, 'saveSettings', {}, csi)).toMatchObject({ ok: false, status: 403 });
    expect(resolve(ports, 'getDashboard', [], agent)).toMatchObject({ ok: false, status: 400 });
    expect(resolve(ports, 'toString', {}, admin)).toMatchObject({ ok: false, status: 404 });
  });

  it('answers 403, never throws, for a caller whose roles or account are malformed', () => {
    const ports = freshPorts();
    for (const caller of [
      { accountId: 'x', roles: 'admin' },
      { accountId: 'x', roles: null },
      { accountId: 'x', roles: [{ toString: () => 'admin' }] },
      { accountId: 'x', roles: { length: 1, 0: 'admin' } },
      { accountId: 42, roles: ['admin'] },
      { accountId: '', roles: ['admin'] },
      null,
    ])
      expect(resolve(ports, 'getSettings', {}, caller as never)).toMatchObject({
        ok: false,
        status: 403,
        code: 'forbidden',
      });
  });

  it('gives the rating UI the instrument in the customer’s language', () => {
    const result = settled(
      resolve(freshPorts(), 'getInstrument', { locale: 'de-AT', kind: 'request' }, alice),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        locale: 'de',
        texts: { submit: 'Senden', 'lostTime.question': expect.stringContaining('Arbeitszeit') },
      },
    });
    if (result.ok) {
      const value = result.value as { factors: { negative: { id: string }[] }; lostTimeOptions: unknown[] };
      expect(value.factors.negative.map((f) => f.id)).toContain('not-delivered');
      expect(value.lostTimeOptions).toHaveLength(6);
    }
  });

  it('shows customers only their own survey, and lets them answer it', () => {
    const ports = withSurvey();
    expect(
      resolve(
        ports,
        'getMyTicketSurvey',
        { ticketId: 'jira:SD-1' },
        { accountId: 'mallory', roles: ['customer'] },
      ),
    ).toEqual({
      ok: true,
      value: null,
    });
    const mine = settled(resolve(ports, 'getMyTicketSurvey', { ticketId: 'jira:SD-1' }, alice));
    expect(mine).toMatchObject({
      ok: true,
      value: { state: 'scheduled', open: true, response: null, instrument: { locale: 'fi' } },
    });
    // The language the portal is viewed in wins over the profile's.
    expect(
      settled(resolve(ports, 'getMyTicketSurvey', { ticketId: 'jira:SD-1', locale: 'sv-SE' }, alice)),
    ).toMatchObject({ ok: true, value: { instrument: { locale: 'sv', texts: { submit: 'Skicka' } } } });
    const surveyId = mine.ok ? (mine.value as { surveyId: string }).surveyId : '';
    expect(
      resolve(
        ports,
        'submitMyResponse',
        { surveyId, answer: { score: 9 } },
        { accountId: 'mallory', roles: ['customer'] },
      ),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(resolve(ports, 'submitMyResponse', { surveyId, answer: { score: 12 } }, alice)).toMatchObject({
      ok: false,
      status: 400,
      code: 'invalid-answer',
    });
    expect(
      resolve(ports, 'submitMyResponse', { surveyId, answer: { score: 9, factors: ['quick'] } }, alice),
    ).toMatchObject({
      ok: true,
      value: { changed: true, response: { score: 9 } },
    });
    const answered = settled(resolve(ports, 'getMyTicketSurvey', { ticketId: 'jira:SD-1' }, alice));
    expect(answered).toMatchObject({
      ok: true,
      value: { state: 'answered', response: { score: 9, factors: ['quick'] } },
    });
    // The requester's own answer, without the segment (agent, team, organisation, priority, location).
    const response = answered.ok ? (answered.value as { response: object }).response : {};
    for (const key of ['segment', 'requesterId', 'day', 'version', 'pending'])
      expect(response).not.toHaveProperty(key);
    expect(resolve(ports, 'submitMyResponse', {}, alice)).toMatchObject({ ok: false, status: 400 });
  });

  it('answers staff queries and rejects bad ones with 400', () => {
    const ports = withSurvey();
    expect(resolve(ports, 'getDashboard', { granularity: 'month' }, agent)).toMatchObject({
      ok: true,
      value: { segment: {} },
    });
    expect(resolve(ports, 'getDashboard', { granularity: 'year' }, agent)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolve(ports, 'getDashboard', { segment: { colour: 'red' } }, agent)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      resolve(ports, 'getDashboard', { range: { from: '2026-12-01', to: '2026-01-01' } }, agent),
    ).toMatchObject({
      ok: false,
      code: 'invalid-range',
    });
    expect(resolve(ports, 'getBreakdown', { dimension: 'team' }, agent)).toMatchObject({ ok: true });
    expect(resolve(ports, 'getBreakdown', { dimension: 'mood' }, agent)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolve(ports, 'getTicketExperience', { ticketId: 'jira:SD-1' }, agent)).toMatchObject({
      ok: true,
      value: { team: { name: 'Network' } },
    });
    expect(resolve(ports, 'getOpportunities', { limit: 500 }, csi)).toMatchObject({ ok: false, status: 400 });
    expect(resolve(ports, 'getOpportunities', {}, csi)).toMatchObject({ ok: true, value: [] });
  });

  it('creates and moves initiatives for CSI managers, with 404 and 409 where due', () => {
    const ports = withSurvey();
    expect(resolve(ports, 'createInitiative', { id: 'i1', title: 'VPN' }, csi)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      resolve(ports, 'createInitiative', { id: 'i1', title: 'VPN', opportunityKey: 'nonsense' }, csi),
    ).toMatchObject({ ok: false, status: 400 });
    const created = resolve(
      ports,
      'createInitiative',
      { id: 'i1', title: 'VPN self-service', segment: { service: 'VPN' }, effort: 3 },
      csi,
    );
    expect(created).toMatchObject({ ok: true, value: { id: 'i1', status: 'identified', version: 1 } });
    expect(
      resolve(
        ports,
        'updateInitiative',
        { id: 'i1', expectedVersion: 1, changes: { status: 'prioritised' } },
        csi,
      ),
    ).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
    expect(
      resolve(ports, 'updateInitiative', { id: 'i1', expectedVersion: 1, changes: { status: 'done' } }, csi),
    ).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(
      resolve(ports, 'updateInitiative', { id: 'zz', expectedVersion: 1, changes: {} }, csi),
    ).toMatchObject({ ok: false, status: 404 });
    expect(resolve(ports, 'updateInitiative', { id: 'i1' }, csi)).toMatchObject({ ok: false, status: 400 });
    // The owner is an account id, and the external key is the server's alone: a bad one changes nothing.
    for (const changes of [
      { owner: { name: 'x' } },
      { owner: 'x'.repeat(2_000_000) },
      { owner: ['a'] },
      { owner: 'a\u0085b' },
      { externalKey: 'CSI-1' },
      { externalKey: { key: 'x' } },
      { title: 'x', constructor: 'y' },
    ])
      expect(
        resolve(ports, 'updateInitiative', { id: 'i1', expectedVersion: 2, changes }, csi),
        JSON.stringify(changes).slice(0, 80),
      ).toMatchObject({ ok: false, status: 400 });
    expect(
      resolve(ports, 'updateInitiative', { id: 'i1', expectedVersion: 2, changes: { owner: 'carol' } }, csi),
    ).toMatchObject({ ok: true, value: { owner: 'carol', version: 3 } });
    expect(
      resolve(ports, 'updateInitiative', { id: 'i1', expectedVersion: 3, changes: {} }, agent),
    ).toMatchObject({ ok: false, status: 403 });
    expect(resolve(ports, 'listInitiatives', {}, agent)).toMatchObject({
      ok: true,
      value: [{ initiative: { id: 'i1' } }],
    });
    expect(resolve(ports, 'getInitiativeImpact', { id: 'i1' }, csi)).toMatchObject({
      ok: true,
      value: { verdict: 'not-enough-data' },
    });
    expect(resolve(ports, 'getInitiativeImpact', {}, csi)).toMatchObject({ ok: false, status: 400 });
    // A new initiative is held to the same rules: a bad owner or an external key of the caller's makes nothing.
    for (const extra of [
      { owner: { name: 'x' } },
      { owner: 'x'.repeat(2_000_000) },
      { owner: 'a\u202eb' },
      { externalKey: 'CSI-1' },
    ])
      expect(
        resolve(
          ports,
          'createInitiative',
          { id: 'i2', title: 'Laptops', segment: { service: 'Laptop' }, ...extra },
          csi,
        ),
        JSON.stringify(extra).slice(0, 80),
      ).toMatchObject({ ok: false, status: 400 });
    expect(resolve(ports, 'listInitiatives', {}, csi)).toMatchObject({
      ok: true,
      value: [{ initiative: { id: 'i1' } }],
    });
    expect(
      resolve(
        ports,
        'createInitiative',
        { id: 'i3', title: 'Laptops', segment: { service: 'Laptop' }, owner: 'dave' },
        csi,
      ),
    ).toMatchObject({ ok: true, value: { id: 'i3', owner: 'dave' } });
  });

  it('lets admins read and change settings, and rejects invalid ones without saving', () => {
    const ports = freshPorts();
    expect(resolve(ports, 'saveSettings', { settings: { minimumSample: 1 } }, admin)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolve(ports, 'getSettings', {}, admin)).toMatchObject({
      ok: true,
      value: { minimumSample: 10 },
    });
    expect(
      resolve(
        ports,
        'saveSettings',
        { settings: { minimumSample: 15, policy: { graceMinutes: 30 } } },
        admin,
      ),
    ).toMatchObject({
      ok: true,
      value: { minimumSample: 15, policy: { graceMinutes: 30, timeZone: 'Europe/Helsinki' } },
    });
    expect(resolve(ports, 'getSettings', {}, admin)).toMatchObject({
      ok: true,
      value: { minimumSample: 15 },
    });
  });
});

describe('previewPolicy', () => {
  /** Three weeks of resolutions by two requesters, one a service account, and the history that tells them. */
  function withHistory(events?: readonly TicketEvent[], complete = true) {
    const ports = withSurvey();
    const past: TicketEvent[] = [];
    for (let d = 1; d <= 21; d++)
      past.push(
        resolved(
          ticket(`SD-${100 + d}`, { requester: { id: d % 2 ? 'erin' : 'bot', isServiceAccount: !(d % 2) } }),
          MONDAY - d * DAY,
        ),
      );
    const asked: [number, number, number][] = [];
    const history: TicketHistory = {
      ticketEvents: (since, until, limit) => {
        asked.push([since, until, limit]);
        const found = (events ?? past).filter((e) => e.at >= since && e.at < until);
        // This source reads everything and leaves the limit to the preview.
        return { events: found, complete };
      },
    };
    return { ports: { ...ports, history }, real: ports, asked };
  }

  it('replays the candidate settings over the last 30 days without changing anything real', () => {
    const { ports, real, asked } = withHistory();
    const before = {
      surveys: real.surveys.all(),
      suppressions: real.surveys.allSuppressions(),
      rollups: real.rollups.read({ from: '2000-01-01', to: '2100-01-01' }),
      sent: [...real.delivery.sent],
      settings: real.settings.settings(),
    };
    const result = settled(
      resolve(ports, 'previewPolicy', { settings: { policy: { minDaysBetweenSurveys: 3 } } }, admin),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        from: new Date(MONDAY + HOUR - 30 * DAY).toISOString(),
        to: new Date(MONDAY + HOUR).toISOString(),
        days: 30,
        tickets: 21,
        events: 21,
        sent: expect.any(Number),
        suppressed: expect.any(Number),
        reminded: expect.any(Number),
        expired: expect.any(Number),
        cancelled: 0,
        suppressionsByReason: expect.any(Array),
        surveysPerWeek: expect.any(Array),
        truncated: false,
      },
    });
    expect(asked).toEqual([[MONDAY + HOUR - 30 * DAY, MONDAY + HOUR, MAX_PREVIEW_EVENTS]]);
    expect({
      surveys: real.surveys.all(),
      suppressions: real.surveys.allSuppressions(),
      rollups: real.rollups.read({ from: '2000-01-01', to: '2100-01-01' }),
      sent: real.delivery.sent,
      settings: real.settings.settings(),
    }).toEqual(before);
  });

  it('answers what the candidate would change: fewer days between surveys, more sent', () => {
    const { ports } = withHistory();
    const preview = (settings: unknown, days?: number) => {
      const result = settled(resolve(ports, 'previewPolicy', { settings, ...(days ? { days } : {}) }, admin));
      if (!result.ok) throw new Error(result.message);
      return result.value as {
        sent: number;
        suppressed: number;
        suppressionsByReason: { code: string; message: string; count: number }[];
        surveysPerWeek: { week: string; count: number }[];
      };
    };
    const strict = preview({ policy: { minDaysBetweenSurveys: 30 } });
    const loose = preview({ policy: { minDaysBetweenSurveys: 1, maxSurveysPer30Days: 20 } });
    expect(strict.sent).toBe(1);
    expect(loose.sent).toBe(10);
    // Saturday's resolution is invited on Monday morning, an hour before Monday's: one day apart at least.
    expect(loose.suppressionsByReason.map((r) => [r.code, r.count])).toEqual([
      ['service-account', 10],
      ['fatigue-min-days', 1],
    ]);
    // A tie keeps the order reasons first occurred in: the bot's first ticket came before Erin's second.
    expect(strict.suppressionsByReason).toEqual([
      { code: 'service-account', message: 'requester bot is a service account', count: 10 },
      { code: 'fatigue-min-days', message: 'requester surveyed 2 days ago, minimum is 30', count: 10 },
    ]);
    expect(loose.surveysPerWeek.reduce((n, w) => n + w.count, 0)).toBe(10);
    // Seven days back from Monday 11:00 reach last Monday 11:00, after its 10:00 resolution.
    expect(preview({}, 7)).toMatchObject({ days: 7, events: 6 });
  });

  it('refuses bad settings as saveSettings does, bad days, other roles, and platforms without history', () => {
    const { ports } = withHistory();
    const saved = settled(resolve(ports, 'saveSettings', { settings: { minimumSample: 1 } }, admin));
    expect(resolve(ports, 'previewPolicy', { settings: { minimumSample: 1 } }, admin)).toEqual(saved);
    expect(saved).toMatchObject({ status: 400, code: 'bad-request', details: [{ field: 'minimumSample' }] });
    for (const days of [0, 91, 2.5, '30'])
      expect(resolve(ports, 'previewPolicy', { settings: {}, days }, admin)).toMatchObject({
        ok: false,
        status: 400,
        message: 'days must be a whole number from 1 to 90.',
      });
    expect(resolve(ports, 'previewPolicy', { settings: {} }, csi)).toMatchObject({ status: 403 });
    expect(resolve(freshPorts(), 'previewPolicy', { settings: {} }, admin)).toMatchObject({
      ok: false,
      status: 404,
      code: 'no-history',
    });
  });

  it('replays at most MAX_PREVIEW_EVENTS events and says so', () => {
    const updates: TicketEvent[] = Array.from({ length: MAX_PREVIEW_EVENTS + 5 }, (_, i) => ({
      type: 'updated',
      at: MONDAY - DAY + i,
      ticket: ticket(`SD-${i % 50}`),
    }));
    const { ports } = withHistory(updates);
    expect(resolve(ports, 'previewPolicy', { settings: {}, days: 2 }, admin)).toMatchObject({
      ok: true,
      value: { events: MAX_PREVIEW_EVENTS, tickets: 50, truncated: true, sent: 0 },
    });
    // A source that stopped early by its own budget says so, and so does the preview.
    const { ports: cut } = withHistory(undefined, false);
    expect(resolve(cut, 'previewPolicy', { settings: {} }, admin)).toMatchObject({
      ok: true,
      value: { events: 21, truncated: true },
    });
  });
});
