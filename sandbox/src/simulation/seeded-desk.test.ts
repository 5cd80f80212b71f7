import {
  addDays,
  factorShares,
  findOpportunities,
  happiness,
  initiativeImpact,
  listInitiatives,
  lostTime,
  type RollupEntry,
  responseRate,
  rollupFor,
  type Segment,
  segmentKey,
  settled,
  TICKET_SURVEY,
} from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { PUBLISHED_RANGES } from './calibration';
import { DEFAULT_ORGANISATION } from './organisation';
import { runDesk } from './run-desk';
import { applyBoardMove, boardMoves } from './seeded-history';

// A full seed as `xloop start` makes it (120 days up to the seed's last day), on fixed dates so it is the same on
// every run, in memory.
const SEED_END = '2026-11-30';
const FIRST_DAY = addDays(SEED_END, -119);
const EVERYTHING = { from: '2026-01-01', to: '2027-12-31' };

let ports: SandboxPorts;
let entries: readonly RollupEntry[];

beforeAll(() => {
  ports = openSandbox(':memory:');
  runDesk(ports, DEFAULT_ORGANISATION, {
    from: FIRST_DAY,
    to: SEED_END,
    until: Date.parse(`${SEED_END}T18:00:00Z`),
    seedEnd: SEED_END,
  });
  entries = ports.rollups.read(EVERYTHING);
}, 300_000);

afterAll(() => ports.close());

const of = (segment: Segment) => rollupFor(entries, EVERYTHING, segment);
const scoreOf = (segment: Segment): number => {
  const h = happiness(of(segment));
  if (h.kind !== 'scored') throw new Error(`not enough answers in ${JSON.stringify(segment)}`);
  return h.value;
};
const lostMinutesOf = (segment: Segment): number => {
  const l = lostTime(of(segment));
  if (l.kind !== 'scored') throw new Error(`not enough answers in ${JSON.stringify(segment)}`);
  return l.meanMinutes;
};
const within = (value: number, [low, high]: readonly [number, number]) => {
  expect(value, `${value.toFixed(2)} in [${low}, ${high}]`).toBeGreaterThanOrEqual(low);
  expect(value, `${value.toFixed(2)} in [${low}, ${high}]`).toBeLessThanOrEqual(high);
};

describe('the seeded desk is calibrated on the published benchmark', () => {
  it('has the happiness and lost time per ticket of incidents and requests, and the response rate, in their published ranges', () => {
    within(scoreOf({ kind: 'incident' }), PUBLISHED_RANGES.incidentHappiness);
    within(scoreOf({ kind: 'request' }), PUBLISHED_RANGES.requestHappiness);
    expect(scoreOf({ kind: 'request' })).toBeGreaterThan(scoreOf({ kind: 'incident' }));
    within(lostMinutesOf({ kind: 'incident' }), PUBLISHED_RANGES.incidentLostMinutes);
    within(lostMinutesOf({ kind: 'request' }), PUBLISHED_RANGES.requestLostMinutes);
    expect(lostMinutesOf({ kind: 'request' })).toBeLessThan(lostMinutesOf({ kind: 'incident' }));
    within(responseRate(of({})).rate ?? 0, PUBLISHED_RANGES.responseRate);
  });

  it('orders the channels as the benchmark does: walk-in happiest, portal and chat above e-mail and phone', () => {
    const channel = (name: string) => scoreOf({ channel: name });
    const others = ['portal', 'chat', 'email', 'phone'].map(channel);
    expect(channel('walk-in')).toBeGreaterThan(Math.max(...others));
    expect(Math.min(channel('portal'), channel('chat'))).toBeGreaterThan(
      Math.max(channel('email'), channel('phone')),
    );
  });

  it('has factor shares that look real: a few dominate, positive ones cited far more than negative ones', () => {
    const shares = factorShares(of({}));
    const cited = shares.reduce((sum, s) => sum + s.count, 0);
    expect(shares.slice(0, 3).reduce((sum, s) => sum + s.count, 0) / cited).toBeGreaterThan(0.5);
    const band = (id: string) => TICKET_SURVEY.factors.find((f) => f.id === id)?.band;
    const positive = shares.filter((s) => band(s.factor) === 'positive').reduce((sum, s) => sum + s.count, 0);
    const negative = shares.filter((s) => band(s.factor) === 'negative').reduce((sum, s) => sum + s.count, 0);
    expect(positive).toBeGreaterThan(5 * negative);
  });
});

describe('the seeded desk’s hot spots', () => {
  // A service, a service through one channel, and a team, each with the words its requesters write.
  const HOT_SPOTS = [
    { key: 'service=VPN', words: ['vpn', 'disconnects', 'certificate'] },
    { key: 'service=Laptop|channel=phone', words: ['hold', 'loaner'] },
    { key: 'team=Business Apps', words: ['handover', 'queues'] },
  ].map((spot) => {
    const planted = DEFAULT_ORGANISATION.hotSpots.find((h) => segmentKey(h.segment) === spot.key);
    if (!planted) throw new Error(`no hot spot ${spot.key}`);
    return { ...spot, segment: planted.segment, factors: Object.keys(planted.factors) };
  });

  it('are found by the opportunities ranking among its top ten, with their own factors and comment words', () => {
    const ranked = settled(findOpportunities(ports, { limit: 20 }));
    const top = ranked.slice(0, 10);
    for (const spot of HOT_SPOTS) {
      const found = top.find((o) => o.key === spot.key);
      expect(found, `${spot.key} in ${top.map((o) => o.key).join(', ')}`).toBeDefined();
      expect(found?.segment).toEqual(spot.segment);
      // Its own factor pattern among the drivers, its own words among the comment themes.
      const drivers = found?.drivers.map((d) => d.factor) ?? [];
      expect(
        drivers.filter((f) => spot.factors.includes(f)),
        drivers.join(', '),
      ).not.toEqual([]);
      const themes = found?.themes.map((t) => t.term) ?? [];
      expect(
        themes.filter((t) => spot.words.includes(t)),
        themes.join(', '),
      ).not.toEqual([]);
    }
  });

  it('carry most of the lost time', () => {
    const total = of({}).lostTimeMinutes;
    const theirs = HOT_SPOTS.reduce((sum, spot) => sum + of(spot.segment).lostTimeMinutes, 0);
    expect(theirs / total).toBeGreaterThan(0.5);
  });
});

describe('the seeded history on the improvement board', () => {
  it('holds a finished initiative whose measured impact is an improvement, and one in progress, with frozen baselines', () => {
    const board = settled(listInitiatives(ports)).map((entry) => entry.initiative);
    expect(board.map((i) => [i.id, i.status])).toEqual([
      ['seeded-vpn-always-on', 'in-progress'],
      ['seeded-access-approvals', 'done'],
    ]);
    const now = ports.clock.now();
    for (const initiative of board) {
      // Created from its opportunity on a simulated day, its baseline frozen over the 90 days before.
      expect(initiative.opportunityKey).toBeDefined();
      expect(initiative.baseline.frozenAt).toBe(initiative.createdAt);
      expect(initiative.baseline.window.to).toBe(
        addDays(new Date(initiative.createdAt).toISOString().slice(0, 10), -1),
      );
      expect(happiness(initiative.baseline.rollup).kind).toBe('scored');
      expect(initiative.createdAt).toBeLessThan(now);
    }
    const done = board.find((i) => i.status === 'done');
    expect(done?.history.map((h) => h.status)).toEqual([
      'identified',
      'prioritised',
      'in-progress',
      'measuring',
      'done',
    ]);
    expect(done?.goLiveAt).toBeLessThan(now - 28 * 86_400_000);
    const impact = settled(initiativeImpact(ports, done?.id ?? ''));
    expect(impact.ok && impact.value.verdict).toBe('improved');
    expect(impact.ok && (impact.value.hoursSavedPerMonth?.value ?? 0)).toBeGreaterThan(0);

    const running = board.find((i) => i.status === 'in-progress');
    expect(running?.goLiveAt).toBeUndefined();
    const notYet = settled(initiativeImpact(ports, running?.id ?? ''));
    expect(notYet.ok && notYet.value.verdict).toBe('not-enough-data');
  });

  it('is not made twice when the board moves are replayed, as after a restart', () => {
    const before = settled(listInitiatives(ports));
    for (const move of boardMoves(DEFAULT_ORGANISATION, SEED_END, FIRST_DAY)) applyBoardMove(ports, move);
    expect(settled(listInitiatives(ports))).toEqual(before);
  });

  it('leaves out an initiative created before a shorter seed begins', () => {
    const ids = new Set(
      boardMoves(DEFAULT_ORGANISATION, SEED_END, addDays(SEED_END, -44)).map((m) => m.initiative.id),
    );
    expect([...ids]).toEqual(['seeded-vpn-always-on']);
  });
});
