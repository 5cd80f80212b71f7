import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../model/segment';
import { addDays } from './calendar';
import { happiness } from './happiness';
import { countedResponse } from './responses.fixture';
import { type CountedResponse, RollupAccumulator, responseCount } from './rollup';
import {
  byDimension,
  byPair,
  byPeriod,
  type RollupEntry,
  rangeTotals,
  rollupFor,
  segmentsByPeriod,
  trendSeries,
} from './rollup-query';
import { rollupSegmentsFor, segmentKey } from './segment-key';

interface RawResponse extends CountedResponse {
  readonly day: string;
  readonly segment: Segment;
}

const raw: fc.Arbitrary<RawResponse> = fc
  .tuple(
    countedResponse,
    fc.integer({ min: 0, max: 120 }),
    fc.constantFrom('VPN', 'E-mail', 'Laptop'),
    fc.constantFrom('portal', 'phone'),
    fc.option(fc.constantFrom('Desk', 'Field'), { nil: undefined }),
  )
  .map(([response, offset, service, channel, team]) => ({
    ...response,
    day: addDays('2026-01-01', offset),
    segment: team === undefined ? { service, channel } : { service, channel, team },
  }));

/** What an adapter's rollup store does: one rollup per (day, segment) for every segment a response updates. */
function entriesOf(responses: readonly RawResponse[]): RollupEntry[] {
  const store = new Map<string, { day: string; segmentKey: string; accumulator: RollupAccumulator }>();
  for (const response of responses) {
    for (const segment of rollupSegmentsFor(response.segment)) {
      const key = `${response.day}/${segmentKey(segment)}`;
      let slot = store.get(key);
      if (!slot) {
        slot = { day: response.day, segmentKey: segmentKey(segment), accumulator: new RollupAccumulator() };
        store.set(key, slot);
      }
      slot.accumulator.addResponse(response);
    }
  }
  return [...store.values()].map(({ day, segmentKey: k, accumulator }) => ({
    day,
    segmentKey: k,
    rollup: accumulator.toRollup(),
  }));
}

const range = { from: '2026-01-10', to: '2026-03-31' };
const within = (r: RawResponse) => r.day >= range.from && r.day <= range.to;

describe('queries over rollups', () => {
  it('groups by one dimension exactly as a scan of the raw responses does', () => {
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 80 }), (responses) => {
        const teams = byDimension(entriesOf(responses), 'team', range);
        const expected = new Map<string, RawResponse[]>();
        for (const r of responses.filter(within)) {
          const team = r.segment.team;
          if (team === undefined) continue;
          expected.set(team, [...(expected.get(team) ?? []), r]);
        }
        expect([...teams.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [team, group] of expected) {
          const rollup = teams.get(team);
          expect(rollup && responseCount(rollup)).toBe(group.length);
          expect(rollup?.histogram).toEqual(
            Array.from({ length: 11 }, (_, score) => group.filter((r) => r.score === score).length),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('groups by a pair of dimensions exactly as a scan does', () => {
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 80 }), (responses) => {
        const pairs = byPair(entriesOf(responses), 'channel', 'service', range);
        const expected = new Map<string, number>();
        for (const r of responses.filter(within)) {
          const key = segmentKey({ service: r.segment.service, channel: r.segment.channel });
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        expect(new Map([...pairs].map(([k, v]) => [k, responseCount(v)]))).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('answers one segment over a range, the organisation by default', () => {
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 80 }), (responses) => {
        const entries = entriesOf(responses);
        expect(responseCount(rollupFor(entries, range))).toBe(responses.filter(within).length);
        const vpn = responses.filter((r) => within(r) && r.segment.service === 'VPN');
        expect(responseCount(rollupFor(entries, range, { service: 'VPN' }))).toBe(vpn.length);
        const h = happiness(rollupFor(entries, range, { service: 'VPN' }), { minimumSample: 1 });
        if (vpn.length > 0 && h.kind === 'scored') {
          const p = vpn.filter((r) => r.score >= 9).length - vpn.filter((r) => r.score <= 6).length;
          expect(h.value).toBeCloseTo((100 * p) / vpn.length, 9);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('answers every segment of a depth per month in one pass, as a scan does', () => {
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 80 }), (responses) => {
        const entries = entriesOf(responses);
        const singles = segmentsByPeriod(entries, 'month', range, 1);
        expect([...singles.keys()]).toEqual(['2026-01', '2026-02', '2026-03']);
        const expected = new Map<string, number>();
        for (const r of responses.filter(within)) {
          for (const [dimension, value] of Object.entries(r.segment)) {
            const key = `${r.day.slice(0, 7)} ${segmentKey({ [dimension]: value })}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        const actual = new Map<string, number>();
        for (const [month, segments] of singles) {
          for (const [key, rollup] of segments) actual.set(`${month} ${key}`, responseCount(rollup));
        }
        expect(actual).toEqual(expected);
        const organisation = segmentsByPeriod(entries, 'month', range, 0);
        const total = [...organisation.values()].reduce(
          (sum, m) => sum + responseCount(m.get('') ?? rollupFor([], range)),
          0,
        );
        expect(total).toBe(responses.filter(within).length);
        for (const segments of segmentsByPeriod(entries, 'month', range, 2).values()) {
          for (const key of segments.keys()) expect(key.split('|')).toHaveLength(2);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('lists every period of the range in order, empty ones included', () => {
    const entries = entriesOf([
      { score: 10, factors: [], day: '2026-01-15', segment: { service: 'VPN', channel: 'portal' } },
      { score: 2, factors: [], day: '2026-03-02', segment: { service: 'VPN', channel: 'portal' } },
      { score: 2, factors: [], day: '2026-03-02', segment: { service: 'E-mail', channel: 'portal' } },
    ]);
    const months = byPeriod(entries, 'month', range, { service: 'VPN' });
    expect(months.map((m) => [m.period, responseCount(m.rollup)])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
    const trend = trendSeries(entries, 'month', range, {}, { minimumSample: 2 });
    expect(trend.map((t) => t.scorecard.happiness.kind)).toEqual(['insufficient', 'insufficient', 'scored']);
    expect(trend[2]?.scorecard.happiness).toMatchObject({ value: -100 });
  });

  it('ignores entries outside the range and keys it cannot read', () => {
    const entries: RollupEntry[] = [
      ...entriesOf([{ score: 9, factors: [], day: '2026-05-01', segment: { team: 'Desk' } }]),
      {
        day: '2026-02-01',
        segmentKey: 'colour=red',
        rollup: new RollupAccumulator().addResponse({ score: 1, factors: [] }).toRollup(),
      },
    ];
    expect(byDimension(entries, 'team', range).size).toBe(0);
    expect(byPair(entries, 'team', 'team', { from: '2026-01-01', to: '2026-12-31' }).size).toBe(0);
  });

  it('totals each key over several ranges in one pass, as answering each range alone does', () => {
    const ranges = [
      range,
      { from: '2026-03-01', to: '2026-04-30' },
      { from: '2026-04-01', to: '2026-04-01' },
    ];
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 60 }), (responses) => {
        const entries = entriesOf(responses);
        const totals = rangeTotals(entries, ranges);
        const keys = new Set(
          entries
            .filter((e) => ranges.some((r) => e.day >= r.from && e.day <= r.to))
            .map((e) => e.segmentKey),
        );
        expect(new Set(totals.keys())).toEqual(keys);
        for (const key of keys) {
          const alone = ranges.map((r) => {
            const accumulator = new RollupAccumulator();
            for (const e of entries)
              if (e.segmentKey === key && e.day >= r.from && e.day <= r.to) accumulator.merge(e.rollup);
            return accumulator.toRollup();
          });
          expect(totals.get(key)).toEqual(alone);
        }
      }),
      { numRuns: 100 },
    );
  });
});
