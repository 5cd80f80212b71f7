import { describe, expect, it } from 'vitest';
import { HOUR } from '../model/time';
import { onTicketEvent } from '../services/on-ticket-event';
import { freshPorts, MONDAY, resolved, ticket } from '../services/ports.fixture';
import { settled } from '../services/step';
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

  it('gives the rating UI the instrument in the customer’s language', () => {
    const result = settled(
      resolve(freshPorts(), 'getInstrument', { locale: 'de-AT', kind: 'request' }, alice),
    );
    expect(result).toMatchObject({ ok: true, value: { locale: 'de', texts: { submit: 'Senden' } } });
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
    expect(resolve(ports, 'getMyTicketSurvey', { ticketId: 'jira:SD-1' }, alice)).toMatchObject({
      ok: true,
      value: { state: 'answered', response: { score: 9, factors: ['quick'] } },
    });
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
    expect(
      resolve(ports, 'updateInitiative', { id: 'i1', expectedVersion: 2, changes: {} }, agent),
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
