import type { DayRange, Rollup, RollupEntry } from '../model/rollup';
import type { Dimension, Segment } from '../model/segment';
import type { Day } from '../model/time';
import { type Granularity, periodOf, periodsBetween } from './calendar';
import { RollupAccumulator } from './rollup';
import { type MetricOptions, type Scorecard, summarize } from './scorecard';
import { parseSegmentKey, segmentKey } from './segment-key';

export type { DayRange, RollupEntry };

const inRange = (day: Day, range: DayRange): boolean => day >= range.from && day <= range.to;

/** A segment, or disjoint segments read as their sum (a scoped caller's view, see `scopedSegments`). */
export type SegmentOrSum = Segment | readonly Segment[];

const keysOf = (segments: SegmentOrSum): ReadonlySet<string> =>
  new Set(Array.isArray(segments) ? segments.map(segmentKey) : [segmentKey(segments as Segment)]);

/**
 * The merged rollup of one segment (default: the organisation), or of the sum of disjoint segments, over a range.
 * @example rollupFor(entries, { from: '2026-01-01', to: '2026-03-31' }, { team: 'Desk' })
 */
export function rollupFor(
  entries: Iterable<RollupEntry>,
  range: DayRange,
  segment: SegmentOrSum = {},
): Rollup {
  const keys = keysOf(segment);
  const accumulator = new RollupAccumulator();
  for (const entry of entries) {
    if (keys.has(entry.segmentKey) && inRange(entry.day, range)) accumulator.merge(entry.rollup);
  }
  return accumulator.toRollup();
}

/**
 * Each segment key's rollup over each of `ranges`, from one pass over the entries; a key is listed when any of its
 * entries falls in any range.
 * @example rangeTotals(entries, [lastQuarter, lastMonth]).get('service=VPN') // [quarter's rollup, month's rollup]
 */
export function rangeTotals(
  entries: Iterable<RollupEntry>,
  ranges: readonly DayRange[],
): ReadonlyMap<string, readonly Rollup[]> {
  // Days repeat across thousands of keys: test each day against the ranges once.
  const rangesOfDay = new Map<Day, number>();
  const accumulators = new Map<string, RollupAccumulator[]>();
  for (const entry of entries) {
    let mask = rangesOfDay.get(entry.day);
    if (mask === undefined) {
      mask = 0;
      for (let r = 0; r < ranges.length; r++) if (inRange(entry.day, ranges[r] as DayRange)) mask |= 1 << r;
      rangesOfDay.set(entry.day, mask);
    }
    if (mask === 0) continue;
    let sums = accumulators.get(entry.segmentKey);
    if (!sums) {
      sums = ranges.map(() => new RollupAccumulator());
      accumulators.set(entry.segmentKey, sums);
    }
    for (let r = 0; r < ranges.length; r++)
      if (mask & (1 << r)) (sums[r] as RollupAccumulator).merge(entry.rollup);
  }
  const totals = new Map<string, readonly Rollup[]>();
  for (const [key, sums] of accumulators)
    totals.set(
      key,
      sums.map((sum) => sum.toRollup()),
    );
  return totals;
}

/**
 * One segment's rollup per period, every period in the range present (empty ones too, so charts have no gaps).
 * @example byPeriod(entries, 'month', { from: '2026-01-01', to: '2026-12-31' }) // 12 entries
 */
export function byPeriod(
  entries: Iterable<RollupEntry>,
  granularity: Granularity,
  range: DayRange,
  segment: SegmentOrSum = {},
): ReadonlyArray<{ readonly period: string; readonly rollup: Rollup }> {
  const keys = keysOf(segment);
  const accumulators = new Map<string, RollupAccumulator>();
  for (const period of periodsBetween(range.from, range.to, granularity)) {
    accumulators.set(period, new RollupAccumulator());
  }
  for (const entry of entries) {
    if (!keys.has(entry.segmentKey) || !inRange(entry.day, range)) continue;
    accumulators.get(periodOf(entry.day, granularity))?.merge(entry.rollup);
  }
  return Array.from(accumulators, ([period, accumulator]) => ({ period, rollup: accumulator.toRollup() }));
}

/**
 * The rollup of every value of one dimension over a range, e.g. every team.
 * @example byDimension(entries, 'team', range).get('Desk')
 */
export function byDimension(
  entries: Iterable<RollupEntry>,
  dimension: Dimension,
  range: DayRange,
): ReadonlyMap<string, Rollup> {
  return groupBy(entries, range, (segment) => {
    const keys = Object.keys(segment);
    return keys.length === 1 && keys[0] === dimension ? (segment[dimension] as string) : undefined;
  });
}

/**
 * The rollup of every pair of values of two dimensions, keyed by the pair's segment key.
 * @example byPair(entries, 'service', 'channel', range).get(segmentKey({ service: 'VPN', channel: 'phone' }))
 */
export function byPair(
  entries: Iterable<RollupEntry>,
  first: Dimension,
  second: Dimension,
  range: DayRange,
): ReadonlyMap<string, Rollup> {
  return groupBy(entries, range, (segment) => {
    const keys = Object.keys(segment);
    return keys.length === 2 &&
      segment[first] !== undefined &&
      segment[second] !== undefined &&
      first !== second
      ? segmentKey(segment)
      : undefined;
  });
}

/**
 * A segment's scorecard per period, in order, for trend charts.
 * @example trendSeries(entries, 'isoWeek', range, { service: 'VPN' })[0] // { period: '2026-W01', scorecard: … }
 */
export function trendSeries(
  entries: Iterable<RollupEntry>,
  granularity: Granularity,
  range: DayRange,
  segment: SegmentOrSum = {},
  options: MetricOptions = {},
): ReadonlyArray<{ readonly period: string; readonly scorecard: Scorecard }> {
  return byPeriod(entries, granularity, range, segment).map(({ period, rollup }) => ({
    period,
    scorecard: summarize(rollup, options),
  }));
}

function groupBy(
  entries: Iterable<RollupEntry>,
  range: DayRange,
  groupOf: (segment: Segment) => string | undefined,
): ReadonlyMap<string, Rollup> {
  const groupOfKey = new Map<string, string | undefined>();
  const accumulators = new Map<string, RollupAccumulator>();
  for (const entry of entries) {
    if (!inRange(entry.day, range)) continue;
    let group = groupOfKey.get(entry.segmentKey);
    if (!groupOfKey.has(entry.segmentKey)) {
      const segment = parseSegmentKey(entry.segmentKey);
      group = segment === undefined ? undefined : groupOf(segment);
      groupOfKey.set(entry.segmentKey, group);
    }
    if (group === undefined) continue;
    let accumulator = accumulators.get(group);
    if (!accumulator) {
      accumulator = new RollupAccumulator();
      accumulators.set(group, accumulator);
    }
    accumulator.merge(entry.rollup);
  }
  const result = new Map<string, Rollup>();
  for (const [group, accumulator] of accumulators) result.set(group, accumulator.toRollup());
  return result;
}

/**
 * Every segment of a given depth (0: the organisation, 1: single dimensions, 2: pairs) per period, from one pass
 * over the entries: the dashboard's "12 months × every segment" in a single read.
 * @example segmentsByPeriod(entries, 'month', range, 1).get('2026-03')?.get('service=VPN') // the VPN rollup for March
 */
export function segmentsByPeriod(
  entries: Iterable<RollupEntry>,
  granularity: Granularity,
  range: DayRange,
  depth: 0 | 1 | 2,
): ReadonlyMap<string, ReadonlyMap<string, Rollup>> {
  const depthOfKey = new Map<string, number>();
  const periodOfDay = new Map<Day, string>();
  const accumulators = new Map<string, Map<string, RollupAccumulator>>();
  for (const entry of entries) {
    if (!inRange(entry.day, range)) continue;
    let keyDepth = depthOfKey.get(entry.segmentKey);
    if (keyDepth === undefined) {
      keyDepth =
        parseSegmentKey(entry.segmentKey) === undefined
          ? -1
          : entry.segmentKey === ''
            ? 0
            : entry.segmentKey.split('|').length;
      depthOfKey.set(entry.segmentKey, keyDepth);
    }
    if (keyDepth !== depth) continue;
    let period = periodOfDay.get(entry.day);
    if (period === undefined) {
      period = periodOf(entry.day, granularity);
      periodOfDay.set(entry.day, period);
    }
    let segments = accumulators.get(period);
    if (!segments) {
      segments = new Map();
      accumulators.set(period, segments);
    }
    let accumulator = segments.get(entry.segmentKey);
    if (!accumulator) {
      accumulator = new RollupAccumulator();
      segments.set(entry.segmentKey, accumulator);
    }
    accumulator.merge(entry.rollup);
  }
  const result = new Map<string, ReadonlyMap<string, Rollup>>();
  for (const period of periodsBetween(range.from, range.to, granularity)) {
    const segments = new Map<string, Rollup>();
    for (const [key, accumulator] of accumulators.get(period) ?? [])
      segments.set(key, accumulator.toRollup());
    result.set(period, segments);
  }
  return result;
}
