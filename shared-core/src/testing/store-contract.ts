import { describe, expect, it } from 'vitest';
import type { Initiative } from '../improve/initiative';
import type { Survey } from '../model/survey';
import { DAY, HOUR } from '../model/time';
import type { Ports, StoredResponse, Suppression } from '../ports';
import { ERASED_AGENT_PREFIX } from '../privacy/erasure';
import { eraseAgent } from '../services/erase-agent';
import { eraseRequester, refreshRequester } from '../services/erase-requester';
import { emptyRollup, responseDelta } from '../share/rollup';
import type { RollupEntry } from '../share/rollup-query';
import { rollupKeysFor, segmentKey } from '../share/segment-key';

/** The stores a platform implements. */
export type Stores = Pick<Ports, 'surveys' | 'responses' | 'rollups' | 'initiatives' | 'settings'>;

const t0 = Date.UTC(2026, 10, 2, 9);

const survey = (id: string, overrides: Partial<Survey> = {}): Survey => ({
  id,
  ticketId: `jira:${id}`,
  resolutionKey: id,
  kind: 'incident',
  requester: { id: 'alice', email: 'alice@example.com', displayName: 'Alice' },
  segment: { service: 'VPN', team: 'Network' },
  state: 'scheduled',
  resolvedAt: t0,
  sendAt: t0 + HOUR,
  reasons: [{ code: 'scheduled', message: 'for later' }],
  ...overrides,
});

const response = (surveyId: string, overrides: Partial<StoredResponse> = {}): StoredResponse => ({
  surveyId,
  ticketId: `jira:${surveyId}`,
  score: 8,
  factors: ['more-updates'],
  lostTimeOption: '15-60-min',
  lostTimeMinutes: 38,
  comment: 'VPN dropped twice',
  locale: 'en',
  channel: 'email',
  answeredAt: t0 + DAY,
  requesterId: 'alice',
  segment: { service: 'VPN' },
  day: '2026-11-02',
  version: 1,
  ...overrides,
});

// Agent ids whose escaped key parts a careless match would confuse: `_` and `%` are SQL LIKE wildcards, `%` is
// escaped as `%25` in keys, and the others hold the erased id as a prefix, suffix or wildcard match.
const AGENT = 'a_1%';
const OTHER_AGENTS = ['aZ1%', 'a_1%x', 'xa_1%', 'a_1'];
const PSEUDONYM = 'erased-agent-0123456789ab';
const OTHER_PSEUDONYM = 'erased-agent-ba9876543210';

const suppression = (key: string, requesterId: string, agent: string): Suppression => ({
  resolutionKey: key,
  ticketId: `jira:${key}`,
  resolvedAt: t0,
  requesterId,
  at: t0,
  reasons: [],
  segment: { agent },
});

/** The stores with a random source that gives the pseudonyms' hex digits in turn, for `eraseAgent`. */
const withRandom = (stores: Stores, ...pseudonyms: string[]) => {
  let next = 0;
  const randomHex = () => (pseudonyms[next++] ?? '').slice(ERASED_AGENT_PREFIX.length);
  return { ...stores, crypto: { hmacSha256: () => '', randomHex } };
};

const total = (entries: readonly RollupEntry[], key: string) =>
  entries
    .filter((e) => e.segmentKey === key)
    .reduce((sum, e) => sum + e.rollup.histogram.reduce((a, b) => a + b, 0), 0);

/**
 * The behaviour every store implementation must show, as a vitest suite: call it from the adapter's own tests
 * with a factory that gives fresh, empty stores. Methods may answer with values or promises.
 * @example storeContract('SQLite', () => sqliteStores(':memory:'))
 */
export function storeContract(name: string, fresh: () => Stores | Promise<Stores>): void {
  describe(`${name} store contract`, () => {
    describe('surveys', () => {
      it('saves, replaces and finds surveys by id, ticket and requester', async () => {
        const { surveys } = await fresh();
        await surveys.save(survey('a'), t0 + HOUR);
        await surveys.save(survey('b', { requester: { id: 'bob' } }), t0 + HOUR);
        expect(await surveys.get('a')).toEqual(survey('a'));
        expect(await surveys.get('missing')).toBeUndefined();
        await surveys.save(
          survey('a', { state: 'sent', sentAt: t0 + HOUR, expiresAt: t0 + 15 * DAY }),
          t0 + 3 * DAY,
        );
        expect((await surveys.get('a'))?.state).toBe('sent');
        expect((await surveys.forTicket('jira:a')).map((s) => s.id)).toEqual(['a']);
        expect((await surveys.forRequester('alice', t0 - DAY)).map((s) => s.id)).toEqual(['a']);
        expect(await surveys.forRequester('alice', t0 + 10 * DAY)).toEqual([]);
      });

      it('lists due surveys earliest first, up to the limit, never closed or future ones', async () => {
        const { surveys } = await fresh();
        await surveys.save(survey('late'), t0 + 3 * HOUR);
        await surveys.save(survey('early'), t0 + HOUR);
        await surveys.save(survey('tie-b'), t0 + 2 * HOUR);
        await surveys.save(survey('tie-a'), t0 + 2 * HOUR);
        await surveys.save(survey('closed', { state: 'cancelled' }), undefined);
        await surveys.save(survey('future'), t0 + 10 * DAY);
        expect((await surveys.due(t0 + 3 * HOUR, 10)).map((s) => s.id)).toEqual([
          'early',
          'tie-a',
          'tie-b',
          'late',
        ]);
        expect((await surveys.due(t0 + 3 * HOUR, 2)).map((s) => s.id)).toEqual(['early', 'tie-a']);
        await surveys.save(survey('early', { state: 'cancelled' }), undefined);
        expect((await surveys.due(t0 + 3 * HOUR, 10)).map((s) => s.id)).toEqual(['tie-a', 'tie-b', 'late']);
      });

      it('keeps suppressions, reopenings and opt-outs idempotently', async () => {
        const { surveys } = await fresh();
        const suppression = {
          resolutionKey: 'jira:a@1',
          ticketId: 'jira:a',
          resolvedAt: t0,
          requesterId: 'alice',
          at: t0,
          reasons: [{ code: 'opted-out', message: 'requester opted out of surveys' }],
          segment: {},
        };
        await surveys.suppress(suppression);
        await surveys.suppress(suppression);
        expect(await surveys.suppressedFor('jira:a')).toEqual(['jira:a@1']);
        await surveys.recordReopening('jira:a', t0 + HOUR);
        await surveys.recordReopening('jira:a', t0 + HOUR);
        await surveys.recordReopening('jira:a', t0 + 2 * HOUR);
        expect([...(await surveys.reopeningsFor('jira:a'))].sort()).toEqual([t0 + HOUR, t0 + 2 * HOUR]);
        expect(await surveys.isOptedOut('alice')).toBe(false);
        await surveys.setOptOut('alice', true);
        await surveys.setOptOut('alice', true);
        expect(await surveys.isOptedOut('alice')).toBe(true);
        await surveys.setOptOut('alice', false);
        expect(await surveys.isOptedOut('alice')).toBe(false);
      });

      it("reads a person's surveys and suppressions a page at a time, by key", async () => {
        const { surveys } = await fresh();
        for (const id of ['c', 'a', 'd', 'b'])
          await surveys.save(survey(id, { agentId: AGENT, segment: { agent: AGENT } }), undefined);
        await surveys.save(survey('e', { requester: { id: 'bob' }, agentId: 'a_1' }), undefined);
        for (const key of ['s2', 's1', 's3'])
          await surveys.suppress(suppression(key, key === 's3' ? 'bob' : 'alice', AGENT));
        const ids = (page: readonly { id: string }[]) => page.map((s) => s.id);
        expect(ids(await surveys.byRequester('alice', { after: '', limit: 3 }))).toEqual(['a', 'b', 'c']);
        expect(ids(await surveys.byRequester('alice', { after: 'c', limit: 3 }))).toEqual(['d']);
        expect(ids(await surveys.byAgent(AGENT, { after: 'a', limit: 2 }))).toEqual(['b', 'c']);
        expect(ids(await surveys.byAgent('a_1', { after: '', limit: 10 }))).toEqual(['e']);
        const keys = (page: readonly Suppression[]) => page.map((s) => s.resolutionKey);
        expect(keys(await surveys.suppressionsByRequester('alice', { after: '', limit: 10 }))).toEqual([
          's1',
          's2',
        ]);
        expect(keys(await surveys.suppressionsByAgent(AGENT, { after: 's1', limit: 1 }))).toEqual(['s2']);
      });

      it('saves surveys and suppressions in bulk, each survey keeping when it is due', async () => {
        const { surveys } = await fresh();
        await surveys.save(survey('a'), t0 + HOUR);
        await surveys.save(survey('b'), undefined);
        await surveys.suppress(suppression('s1', 'alice', AGENT));
        await surveys.saveAll([survey('a', { requester: { id: 'bob' } }), survey('b', { agentId: 'x' })]);
        expect((await surveys.due(t0 + HOUR, 10)).map((s) => [s.id, s.requester.id])).toEqual([['a', 'bob']]);
        expect((await surveys.get('b'))?.agentId).toBe('x');
        expect(await surveys.forRequester('alice', 0)).toHaveLength(1);
        await surveys.saveSuppressions([suppression('s1', 'bob', 'x'), suppression('s2', 'carol', 'x')]);
        expect(await surveys.suppressionsByRequester('bob', { after: '', limit: 10 })).toEqual([
          suppression('s1', 'bob', 'x'),
        ]);
        expect(await surveys.suppressedFor('jira:s2')).toEqual(['s2']);
      });

      it('erases a requester from surveys and suppressions through the use case, keeping due times', async () => {
        const stores = await fresh();
        const { surveys } = stores;
        await surveys.save(survey('a'), undefined);
        await surveys.save(survey('due'), t0 + HOUR);
        await surveys.save(survey('other', { requester: { id: 'bob' } }), undefined);
        await surveys.suppress(suppression('k', 'alice', AGENT));
        await surveys.setOptOut('alice', true);
        const now = { id: 'alice', displayName: 'Alice B.' };
        expect(await refreshRequester(stores, now)).toBe(3);
        expect((await surveys.get('a'))?.requester).toEqual(now);
        expect(await eraseRequester(stores, 'alice')).toEqual({ surveys: 3, responses: 0 });
        expect((await surveys.get('a'))?.requester).toEqual({ id: 'erased' });
        expect((await surveys.due(t0 + HOUR, 10)).map((s) => [s.id, s.requester])).toEqual([
          ['due', { id: 'erased' }],
        ]);
        expect((await surveys.get('other'))?.requester).toEqual({ id: 'bob' });
        expect(await surveys.forRequester('alice', 0)).toEqual([]);
        expect(await surveys.suppressionsByRequester('erased', { after: '', limit: 10 })).toHaveLength(1);
        expect(await surveys.isOptedOut('alice')).toBe(false);
        expect(await eraseRequester(stores, 'alice')).toEqual({ surveys: 0, responses: 0 });
      });

      it('replaces an agent on surveys and suppressions through the use case, whole ids only, once', async () => {
        const stores = await fresh();
        const { surveys } = stores;
        await surveys.save(
          survey('a', { agentId: AGENT, segment: { service: 'VPN', agent: AGENT } }),
          t0 + HOUR,
        );
        await surveys.save(survey('b', { agentId: AGENT, segment: { service: 'VPN' } }), undefined);
        for (const [i, other] of OTHER_AGENTS.entries())
          await surveys.save(survey(`o${i}`, { agentId: other, segment: { agent: other } }), undefined);
        await surveys.suppress({
          ...suppression('s1', 'alice', AGENT),
          segment: { team: 'Desk', agent: AGENT },
        });
        await surveys.suppress(suppression('s2', 'alice', 'aZ1%'));
        const ports = withRandom(stores, PSEUDONYM, OTHER_PSEUDONYM, OTHER_PSEUDONYM, PSEUDONYM);
        expect(await eraseAgent(ports, AGENT)).toMatchObject({ ok: true, value: { surveys: 3 } });
        expect(await surveys.get('a')).toEqual(
          survey('a', { agentId: PSEUDONYM, segment: { service: 'VPN', agent: PSEUDONYM } }),
        );
        expect((await surveys.get('b'))?.agentId).toBe(PSEUDONYM);
        for (const [i, other] of OTHER_AGENTS.entries())
          expect(await surveys.get(`o${i}`)).toMatchObject({ agentId: other, segment: { agent: other } });
        expect((await surveys.due(t0 + HOUR, 10)).map((s) => s.agentId)).toEqual([PSEUDONYM]);
        expect(await surveys.suppressedFor('jira:s1')).toEqual(['s1']);
        expect(await eraseAgent(ports, AGENT)).toMatchObject({ ok: true, value: { surveys: 0 } });
        // The suppressions changed too: erasing the pseudonym finds the one erased above and no other.
        expect(await eraseAgent(ports, PSEUDONYM)).toMatchObject({ ok: true, value: { surveys: 3 } });
        // A plain account id, as platforms make them, through the same path.
        expect(await eraseAgent(ports, 'a_1')).toMatchObject({ ok: true, value: { surveys: 1 } });
        expect(await surveys.get('o3')).toMatchObject({ agentId: PSEUDONYM, segment: { agent: PSEUDONYM } });
      });
    });

    describe('responses', () => {
      it('saves one response per survey and finds them by ticket', async () => {
        const { responses } = await fresh();
        await responses.save(response('a'));
        await responses.save(response('a', { score: 3, version: 2 }));
        expect(await responses.get('a')).toEqual(response('a', { score: 3, version: 2 }));
        expect(await responses.forTicket('jira:a')).toHaveLength(1);
        expect(await responses.get('b')).toBeUndefined();
      });

      it('lists commented responses in a day range, newest first, up to a limit', async () => {
        const { responses } = await fresh();
        await responses.save(response('old', { day: '2026-10-01', answeredAt: t0 - 30 * DAY }));
        await responses.save(response('a', { answeredAt: t0 + DAY }));
        await responses.save(response('b', { answeredAt: t0 + 2 * DAY }));
        const { comment: _c, ...silent } = response('quiet');
        await responses.save(silent);
        const range = { from: '2026-11-01', to: '2026-11-30' };
        expect((await responses.withComments(range, 10)).map((r) => r.surveyId)).toEqual(['b', 'a']);
        expect((await responses.withComments(range, 1)).map((r) => r.surveyId)).toEqual(['b']);
      });

      it('lists the responses still pending', async () => {
        const { responses } = await fresh();
        await responses.save(response('a', { pending: { previous: null } }));
        await responses.save(response('b'));
        expect((await responses.pending(10)).map((r) => r.surveyId)).toEqual(['a']);
        await responses.save(response('a'));
        expect(await responses.pending(10)).toEqual([]);
      });

      it("reads a person's responses a page at a time, by survey id, and saves them in bulk", async () => {
        const { responses } = await fresh();
        for (const id of ['c', 'a', 'b']) await responses.save(response(id, { segment: { agent: AGENT } }));
        await responses.save(response('d', { requesterId: 'bob', segment: { agent: 'a_1' } }));
        const ids = (page: readonly StoredResponse[]) => page.map((r) => r.surveyId);
        expect(ids(await responses.byRequester('alice', { after: '', limit: 2 }))).toEqual(['a', 'b']);
        expect(ids(await responses.byRequester('alice', { after: 'b', limit: 2 }))).toEqual(['c']);
        expect(ids(await responses.byAgent(AGENT, { after: 'a', limit: 5 }))).toEqual(['b', 'c']);
        expect(ids(await responses.byAgent('a_1', { after: '', limit: 5 }))).toEqual(['d']);
        await responses.saveAll([response('a', { score: 2 }), response('e')]);
        expect((await responses.get('a'))?.score).toBe(2);
        expect(ids(await responses.byRequester('alice', { after: 'c', limit: 5 }))).toEqual(['e']);
      });

      it('erases comments and identity but keeps the scores, through the use case', async () => {
        const stores = await fresh();
        const { responses } = stores;
        await responses.save(response('a'));
        await responses.save(response('b', { requesterId: 'bob' }));
        expect(await eraseRequester(stores, 'alice')).toEqual({ surveys: 0, responses: 1 });
        const erased = await responses.get('a');
        expect(erased).not.toHaveProperty('comment');
        expect(erased).toMatchObject({ requesterId: 'erased', score: 8, lostTimeMinutes: 38 });
        expect(
          (await responses.withComments({ from: '2026-11-01', to: '2026-11-30' }, 10)).map((r) => r.surveyId),
        ).toEqual(['b']);
        expect(await eraseRequester(stores, 'alice')).toEqual({ surveys: 0, responses: 0 });
      });

      it('erases a requester with more responses than one page holds, long comments and all', async () => {
        const stores = await fresh();
        const comment = 'The VPN dropped again. '.repeat(90);
        const many = Array.from({ length: 1_100 }, (_, i) =>
          response(`r${String(i).padStart(4, '0')}`, { comment }),
        );
        await stores.responses.saveAll(many);
        expect(await eraseRequester(stores, 'alice')).toEqual({ surveys: 0, responses: many.length });
        const erased = await stores.responses.byRequester('erased', { after: '', limit: 2_000 });
        expect(erased).toHaveLength(many.length);
        expect(erased.every((r) => r.comment === undefined && r.score === 8)).toBe(true);
      });

      it('replaces an agent in segments through the use case, whole ids only, once, keeping the rest', async () => {
        const stores = await fresh();
        const { responses } = stores;
        await responses.save(
          response('a', { segment: { service: 'VPN', agent: AGENT }, pending: { previous: null } }),
        );
        for (const [i, other] of OTHER_AGENTS.entries())
          await responses.save(response(`o${i}`, { segment: { agent: other } }));
        const ports = withRandom(stores, PSEUDONYM, OTHER_PSEUDONYM, PSEUDONYM);
        expect(await eraseAgent(ports, AGENT)).toMatchObject({ ok: true, value: { responses: 1 } });
        expect(await responses.get('a')).toEqual(
          response('a', { segment: { service: 'VPN', agent: PSEUDONYM }, pending: { previous: null } }),
        );
        expect((await responses.pending(10)).map((r) => r.segment.agent)).toEqual([PSEUDONYM]);
        for (const [i, other] of OTHER_AGENTS.entries())
          expect((await responses.get(`o${i}`))?.segment).toEqual({ agent: other });
        expect(await eraseAgent(ports, AGENT)).toMatchObject({ ok: true, value: { responses: 0 } });
        expect(await eraseAgent(ports, 'a_1')).toMatchObject({ ok: true, value: { responses: 1 } });
        expect((await responses.get('o3'))?.segment).toEqual({ agent: PSEUDONYM });
      });
    });

    describe('rollups', () => {
      it('applies each change once, to every key, and reads by range and key', async () => {
        const { rollups } = await fresh();
        const delta = responseDelta(undefined, { score: 9, factors: ['quick'], lostTimeMinutes: 0 });
        expect(await rollups.apply('c1', '2026-11-02', ['', 'service=VPN'], delta)).toBe(true);
        expect(await rollups.apply('c1', '2026-11-02', ['', 'service=VPN'], delta)).toBe(false);
        expect(await rollups.apply('c2', '2026-11-03', ['', 'service=Email'], delta)).toBe(true);
        const all = await rollups.read({ from: '2026-11-01', to: '2026-11-30' });
        expect(total(all, '')).toBe(2);
        expect(total(all, 'service=VPN')).toBe(1);
        const vpn = await rollups.read({ from: '2026-11-01', to: '2026-11-30' }, ['service=VPN']);
        expect(vpn.map((e) => [e.day, e.segmentKey])).toEqual([['2026-11-02', 'service=VPN']]);
        expect(vpn[0]?.rollup.factors).toEqual({ quick: 1 });
        expect(await rollups.read({ from: '2026-11-03', to: '2026-11-03' }, ['service=VPN'])).toEqual([]);
      });

      it('takes counts back with negative deltas, leaving no trace of a factor', async () => {
        const { rollups } = await fresh();
        const answer = { score: 3 as const, factors: ['slow'], lostTimeMinutes: 150 };
        await rollups.apply('add', '2026-11-02', ['team=1'], responseDelta(undefined, answer));
        await rollups.apply('remove', '2026-11-02', ['team=1'], responseDelta(answer, undefined));
        const [entry] = await rollups.read({ from: '2026-11-02', to: '2026-11-02' });
        expect(entry?.rollup).toEqual(emptyRollup());
      });

      it('moves the keys of an erased agent to the pseudonym, whole parts only, and a repeated change stays gone', async () => {
        const { rollups } = await fresh();
        const keysOf = (agent: string) => rollupKeysFor({ service: 'VPN|2', agent, project: 'SD' });
        const happy = responseDelta(undefined, { score: 9, factors: ['quick'], lostTimeMinutes: 0 });
        const unhappy = responseDelta(undefined, { score: 2, factors: ['slow'], lostTimeMinutes: 120 });
        await rollups.apply('c1', '2026-11-02', keysOf(AGENT), happy);
        await rollups.apply('c2', '2026-11-02', keysOf(AGENT), unhappy);
        await rollups.apply('c3', '2026-11-03', keysOf(AGENT), unhappy);
        for (const [i, other] of OTHER_AGENTS.entries())
          await rollups.apply(`o${i}`, '2026-11-02', keysOf(other), happy);
        const month = { from: '2026-11-01', to: '2026-11-30' };
        const part = segmentKey({ agent: AGENT });
        const renamed = (key: string) =>
          key
            .split('|')
            .map((p) => (p === part ? segmentKey({ agent: PSEUDONYM }) : p))
            .join('|');
        const comparable = (entries: readonly RollupEntry[]) =>
          entries
            .map((e) => ({ day: e.day, key: e.segmentKey, rollup: e.rollup }))
            .sort((a, b) => (`${a.day}/${a.key}` < `${b.day}/${b.key}` ? -1 : 1));
        const before = await rollups.read(month);
        expect(await rollups.replaceKeyPart(part, segmentKey({ agent: PSEUDONYM }))).toBeGreaterThan(0);
        const after = await rollups.read(month);
        expect(comparable(after)).toEqual(
          comparable(before.map((e) => ({ ...e, segmentKey: renamed(e.segmentKey) }))),
        );
        expect(after.some((e) => e.segmentKey.split('|').includes(part))).toBe(false);
        expect(total(after, segmentKey({ agent: PSEUDONYM }))).toBe(3);
        for (const other of OTHER_AGENTS) expect(total(after, segmentKey({ agent: other }))).toBe(1);
        // At-least-once: the same change delivered again, with the keys it first had, counts nothing and adds no key.
        expect(await rollups.apply('c1', '2026-11-02', keysOf(AGENT), happy)).toBe(false);
        expect(await rollups.apply('c3', '2026-11-03', keysOf(AGENT), unhappy)).toBe(false);
        expect(comparable(await rollups.read(month))).toEqual(comparable(after));
        expect(
          await rollups.read(
            month,
            keysOf(AGENT).filter((k) => k.includes('agent=')),
          ),
        ).toEqual([]);
        expect(await rollups.replaceKeyPart(part, segmentKey({ agent: 'erased-agent-ba9876543210' }))).toBe(
          0,
        );
      });
    });

    describe('initiatives', () => {
      const initiative = (version: number): Initiative => ({
        id: 'i1',
        title: 'VPN self-service',
        hypothesis: '',
        segment: { service: 'VPN' },
        status: 'identified',
        baseline: {
          window: { from: '2026-08-01', to: '2026-10-29' },
          months: 2.96,
          rollup: emptyRollup(),
          frozenAt: t0,
        },
        expected: { recoverableHoursPerMonth: 10, happinessGap: 5, ticketsPerMonth: 40 },
        effort: 3,
        createdAt: t0,
        updatedAt: t0,
        version,
        history: [{ status: 'identified', at: t0 }],
      });

      it('creates once and updates only from the version it read', async () => {
        const { initiatives } = await fresh();
        expect(await initiatives.save(initiative(1), 0)).toBe(true);
        expect(await initiatives.save(initiative(1), 0)).toBe(false);
        expect(await initiatives.save({ ...initiative(2), status: 'prioritised' }, 1)).toBe(true);
        expect(await initiatives.save({ ...initiative(2), title: 'stale' }, 1)).toBe(false);
        expect(await initiatives.get('i1')).toMatchObject({
          status: 'prioritised',
          version: 2,
          title: 'VPN self-service',
        });
        expect(await initiatives.list()).toHaveLength(1);
        expect(await initiatives.get('none')).toBeUndefined();
      });
    });

    describe('settings', () => {
      it('starts from valid settings and a keyring, and keeps what is saved', async () => {
        const { settings } = await fresh();
        const current = await settings.settings();
        expect(current.minimumSample).toBeGreaterThanOrEqual(2);
        const keyring = await settings.keyring();
        expect(keyring.keys[keyring.currentKeyId]).toBeTruthy();
        await settings.saveSettings({ ...current, minimumSample: 25 });
        expect((await settings.settings()).minimumSample).toBe(25);
      });
    });
  });
}
