import { type Difference, happinessDifference, meanCi95, welchDifference } from '../improve/intervals';
import type { Rollup } from '../model/rollup';
import { DIMENSIONS, type Segment } from '../model/segment';
import type { Reference } from '../model/settings';
import type { Day } from '../model/time';
import { addDays, dayNumber } from '../share/calendar';
import { DailyRollups } from '../share/daily-rollups';
import { DEFAULT_MINIMUM_SAMPLE, happiness, type ScoredHappiness } from '../share/happiness';
import { responseCount } from '../share/rollup';
import { type DayRange, type RollupEntry, rangeTotals } from '../share/rollup-query';
import { type FactorLift, factorLifts } from '../share/scorecard';
import { parseSegmentKey, segmentKey } from '../share/segment-key';

export type { Reference };

/** Which way a segment is heading: the last 4 weeks against the 12 before. */
export interface Trend {
  readonly direction: 'improving' | 'worsening' | 'stable' | 'unknown';
  readonly happiness?: Difference;
  readonly lostMinutes?: Difference;
}

/** A segment worth improving, with the numbers that put it there. */
export interface Opportunity {
  readonly rank: number;
  readonly key: string;
  readonly segment: Segment;
  readonly responses: number;
  readonly ticketsPerMonth: number;
  readonly happiness: ScoredHappiness;
  readonly referenceHappiness: number;
  /** Reference − the segment's upper 95 % bound, in points: how far below it is at the least. */
  readonly happinessGap: number;
  readonly lostMinutes: {
    readonly mean: number;
    readonly ci95: readonly [number, number];
    readonly n: number;
  };
  readonly referenceLostMinutes: number;
  /** Tickets per month × max(0, lower 95 % bound of lost minutes − reference) / 60. */
  readonly recoverableHoursPerMonth: number;
  readonly trend: Trend;
  /** Factors cited more here than overall, by lift. */
  readonly drivers: readonly FactorLift[];
  readonly explanation: string;
}

export interface OpportunityOptions {
  readonly minimumSample?: number;
  readonly reference?: Reference;
  /** Drivers listed per opportunity; default 3. */
  readonly drivers?: number;
  /** Label for a factor id in explanations; the id by default. */
  readonly factorLabel?: (factor: string) => string;
  /** At most this many opportunities; default all. */
  readonly limit?: number;
}

const DAYS_PER_MONTH = 30.4375;

/** A segment's rollups: over the window, and over the last 4 weeks and the 12 before them for its trend. */
interface Totals {
  readonly window: Rollup;
  readonly recent: Rollup;
  readonly earlier: Rollup;
}

const lostSample = (rollup: Rollup) => {
  const n = rollup.lostTimeAnswers;
  const mean = n > 0 ? rollup.lostTimeMinutes / n : 0;
  const variance = n > 1 ? Math.max(0, (rollup.lostTimeMinutesSquared - n * mean * mean) / (n - 1)) : 0;
  return { n, mean, variance };
};

/**
 * Ranks every single-dimension segment and every pair in a window by what improving it is worth. Each is scored on
 * the conservative end of its 95 % intervals, so a small noisy segment cannot top the list: recoverable hours use
 * the lower bound of its lost time, the happiness gap the upper bound of its happiness. Segments below the minimum
 * sample are left out; a pair is kept only when it is materially worse than both of its parents (its interval
 * clears both parents' values on lost time or on happiness), so the list is not the parents repeated.
 *
 * `entries` are daily rollups covering the window and, for the trend, the 16 weeks before its last day: stored
 * entries, or a `DailyRollups` (summed in place, so a year of pairs is ranked without an object per day and key).
 * @example opportunities(entries, { from: '2026-08-01', to: '2026-10-31' })[0].explanation
 * // 'service VPN × channel phone: 120 tickets a month lose 95 minutes each against 40 for the organisation — …'
 */
export function opportunities(
  entries: Iterable<RollupEntry> | DailyRollups,
  window: DayRange,
  options: OpportunityOptions = {},
): readonly Opportunity[] {
  const minimumSample = Math.max(2, options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE);
  const recentFrom = addDays(window.to, -27);
  const earlierFrom = addDays(window.to, -111);
  const ranges: readonly DayRange[] = [
    window,
    { from: recentFrom, to: window.to },
    { from: earlierFrom, to: addDays(recentFrom, -1) },
  ];
  // Daily rollups held compactly are summed in place; any other entries are merged one by one.
  const sums = entries instanceof DailyRollups ? entries.rangeTotals(ranges) : rangeTotals(entries, ranges);
  const totals = new Map<string, Totals>();
  for (const [key, [inWindow, recent, earlier]] of sums)
    totals.set(key, { window: inWindow as Rollup, recent: recent as Rollup, earlier: earlier as Rollup });

  // Rollup stores always keep the organisation ('' key) beside every segment.
  const organisation = totals.get('')?.window;
  if (!organisation) return [];
  const months = (dayNumber(window.to) - dayNumber(window.from) + 1) / DAYS_PER_MONTH;
  const reference = resolveReference(organisation, options.reference);

  interface Scored {
    key: string;
    segment: Segment;
    rollup: Rollup;
    happiness: ScoredHappiness;
    lost: ReturnType<typeof lostSample> & { ci95: readonly [number, number] };
    totals: Totals;
  }
  const scored = new Map<string, Scored>();
  for (const [key, total] of totals) {
    if (key === '') continue;
    const segment = parseSegmentKey(key);
    if (!segment) continue;
    const rollup = total.window;
    const h = happiness(rollup, { minimumSample });
    const lost = lostSample(rollup);
    if (h.kind !== 'scored' || lost.n < minimumSample) continue;
    scored.set(key, {
      key,
      segment,
      rollup,
      happiness: h,
      lost: { ...lost, ci95: meanCi95(lost) },
      totals: total,
    });
  }

  const found: Omit<Opportunity, 'rank'>[] = [];
  for (const candidate of scored.values()) {
    const dimensions = Object.keys(candidate.segment) as (keyof Segment)[];
    if (dimensions.length > 2) continue;
    if (dimensions.length === 2 && !worseThanParents(candidate, dimensions, scored)) continue;
    const { ticketsPerMonth, recoverableHoursPerMonth, happinessGap } = conservativeImpact(
      candidate.rollup,
      months,
      reference,
      minimumSample,
    );
    if (recoverableHoursPerMonth <= 0 && happinessGap <= 0) continue;
    const drivers = factorLifts(candidate.rollup, organisation)
      .filter((lift) => lift.lift !== null && lift.lift > 1 && lift.count >= 3)
      .sort((a, b) => (b.lift ?? 0) - (a.lift ?? 0) || b.count - a.count || (a.factor < b.factor ? -1 : 1))
      .slice(0, options.drivers ?? 3);
    const trend = trendOf(candidate.totals, minimumSample);
    const base = {
      key: candidate.key,
      segment: candidate.segment,
      responses: responseCount(candidate.rollup),
      ticketsPerMonth,
      happiness: candidate.happiness,
      referenceHappiness: reference.happiness,
      happinessGap,
      lostMinutes: { mean: candidate.lost.mean, ci95: candidate.lost.ci95, n: candidate.lost.n },
      referenceLostMinutes: reference.lostMinutes,
      recoverableHoursPerMonth,
      trend,
      drivers,
    };
    found.push({ ...base, explanation: explain(base, reference.name, options.factorLabel ?? ((f) => f)) });
  }
  found.sort(
    (a, b) =>
      b.recoverableHoursPerMonth - a.recoverableHoursPerMonth ||
      b.happinessGap - a.happinessGap ||
      dimensionOrder(a.segment) - dimensionOrder(b.segment) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  // Two segments with identical counts are the same tickets seen through different dimensions (every VPN call
  // goes to the Network team): list the population once, under the dimensions that come first.
  const seen = new Set<string>();
  const distinct = found.filter((opportunity) => {
    const rollup = scored.get(opportunity.key)?.rollup;
    const signature = JSON.stringify([
      rollup?.histogram,
      rollup?.lostTimeMinutes,
      rollup?.lostTimeMinutesSquared,
      rollup?.resolved,
    ]);
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
  return distinct
    .slice(0, options.limit ?? distinct.length)
    .map((opportunity, i) => ({ rank: i + 1, ...opportunity }));
}

// Lower for segments named by earlier dimensions (service before channel before team …).
function dimensionOrder(segment: Segment): number {
  let order = 0;
  for (const dimension of Object.keys(segment))
    order = order * 16 + DIMENSIONS.indexOf(dimension as never) + 1;
  return order;
}

/** The reference values in force: configured benchmark values, else the organisation's own. */
export interface ResolvedReference {
  readonly happiness: number;
  readonly lostMinutes: number;
  readonly name: string;
}

/**
 * Fills a configured reference with the organisation's own values where it has none.
 * @example resolveReference(organisationRollup, { lostMinutes: 30 }) // { lostMinutes: 30, happiness: 24.5, name: 'the organisation' }
 */
export function resolveReference(organisation: Rollup, configured: Reference = {}): ResolvedReference {
  const own = happiness(organisation, { minimumSample: 1 });
  return {
    happiness: configured.happiness ?? (own.kind === 'scored' ? own.value : 0),
    lostMinutes: configured.lostMinutes ?? lostSample(organisation).mean,
    name: configured.name ?? 'the organisation',
  };
}

/**
 * What improving a segment is worth, read on the conservative end of its intervals: tickets per month, recoverable
 * lost hours per month (from the lower 95 % bound of its lost time) and the happiness gap (from the upper bound
 * of its happiness). Zero where the segment is below the minimum sample. Opportunities rank on it; an initiative
 * records it when created.
 * @example conservativeImpact(vpnRollup, 3, reference, 10) // { ticketsPerMonth: 120, recoverableHoursPerMonth: 70.2, happinessGap: 18.4 }
 */
export function conservativeImpact(
  rollup: Rollup,
  months: number,
  reference: Pick<ResolvedReference, 'happiness' | 'lostMinutes'>,
  minimumSample: number,
): {
  readonly ticketsPerMonth: number;
  readonly recoverableHoursPerMonth: number;
  readonly happinessGap: number;
} {
  const volume = rollup.resolved > 0 ? rollup.resolved : responseCount(rollup);
  const ticketsPerMonth = months > 0 ? volume / months : 0;
  const lost = lostSample(rollup);
  const recoverableHoursPerMonth =
    lost.n >= Math.max(2, minimumSample)
      ? (ticketsPerMonth * Math.max(0, (meanCi95(lost)[0] as number) - reference.lostMinutes)) / 60
      : 0;
  const h = happiness(rollup, { minimumSample });
  const happinessGap = h.kind === 'scored' ? reference.happiness - h.ci95[1] : 0;
  return { ticketsPerMonth, recoverableHoursPerMonth, happinessGap };
}

function worseThanParents(
  pair: { segment: Segment; happiness: ScoredHappiness; lost: { ci95: readonly [number, number] } },
  dimensions: readonly (keyof Segment)[],
  scored: ReadonlyMap<string, { happiness: ScoredHappiness; lost: { mean: number } }>,
): boolean {
  const parents = dimensions.map((dimension) =>
    scored.get(segmentKey({ [dimension]: pair.segment[dimension] })),
  );
  if (parents.some((parent) => parent === undefined)) return true;
  const known = parents as { happiness: ScoredHappiness; lost: { mean: number } }[];
  const lostWorse = known.every((parent) => pair.lost.ci95[0] > parent.lost.mean);
  const unhappier = known.every((parent) => pair.happiness.ci95[1] < parent.happiness.value);
  return lostWorse || unhappier;
}

function trendOf(totals: Totals, minimumSample: number): Trend {
  const { recent, earlier } = totals;
  const hRecent = happiness(recent, { minimumSample });
  const hEarlier = happiness(earlier, { minimumSample });
  const happinessChange =
    hRecent.kind === 'scored' && hEarlier.kind === 'scored'
      ? happinessDifference(hEarlier, hRecent)
      : undefined;
  const lostRecent = lostSample(recent);
  const lostEarlier = lostSample(earlier);
  const lostChange =
    lostRecent.n >= minimumSample && lostEarlier.n >= minimumSample
      ? welchDifference(lostEarlier, lostRecent)
      : undefined;
  if (!happinessChange && !lostChange) return { direction: 'unknown' };
  const better = (happinessChange && happinessChange.ci95[0] > 0) || (lostChange && lostChange.ci95[1] < 0);
  const worse = (happinessChange && happinessChange.ci95[1] < 0) || (lostChange && lostChange.ci95[0] > 0);
  const direction = better && !worse ? 'improving' : worse && !better ? 'worsening' : 'stable';
  return {
    direction,
    ...(happinessChange ? { happiness: happinessChange } : {}),
    ...(lostChange ? { lostMinutes: lostChange } : {}),
  };
}

const whole = (value: number): string => String(Math.round(value));
const count = (value: number, noun: string): string =>
  `${whole(value)} ${noun}${whole(value) === '1' ? '' : 's'}`;
const points = (value: number): string => `${value > 0 ? '+' : ''}${Math.round(value)}`;

/** Renders `service VPN × channel phone`. */
export function describeSegment(segment: Segment): string {
  return Object.keys(segment)
    .map((dimension) => `${dimension} ${segment[dimension as keyof Segment]}`)
    .join(' × ');
}

function explain(
  o: Omit<Opportunity, 'rank' | 'explanation'>,
  referenceName: string,
  label: (factor: string) => string,
): string {
  const parts = [
    `${describeSegment(o.segment)}: ${count(o.ticketsPerMonth, 'ticket')} a month lose ${count(o.lostMinutes.mean, 'minute')} each against ${whole(o.referenceLostMinutes)} for ${referenceName}`,
  ];
  if (o.recoverableHoursPerMonth > 0)
    parts.push(`at least ${count(o.recoverableHoursPerMonth, 'hour')} a month to win back`);
  parts.push(
    `happiness ${points(o.happiness.value)} (95 % CI ${points(o.happiness.ci95[0])} to ${points(o.happiness.ci95[1])}) against ${points(o.referenceHappiness)}`,
  );
  const driver = o.drivers[0];
  if (driver?.lift)
    parts.push(`"${label(driver.factor)}" is cited ${driver.lift.toFixed(1)}× as often as overall`);
  if (o.trend.direction === 'worsening' || o.trend.direction === 'improving')
    parts.push(`${o.trend.direction} over the last 4 weeks`);
  return `${parts.join('; ')}.`;
}

/** The days opportunities need read for a window: the window itself and the 16 weeks that end with it. */
export function opportunityReadRange(window: DayRange): DayRange {
  const trendFrom: Day = addDays(window.to, -111);
  return { from: trendFrom < window.from ? trendFrom : window.from, to: window.to };
}
