import type { Rollup } from '../model/rollup';
import { DAY, type Instant } from '../model/time';
import { DEFAULT_MINIMUM_SAMPLE, type Happiness, happiness } from '../share/happiness';
import { responseCount } from '../share/rollup';
import { type Difference, happinessDifference, welchDifference } from './intervals';

/** The measured counts of one side of a before/after comparison, and how many months they span. */
export interface Period {
  readonly rollup: Rollup;
  readonly months: number;
}

/** What the numbers say about an improvement. */
export type Verdict = 'improved' | 'no-detectable-change' | 'worse' | 'mixed' | 'not-enough-data';

export interface ImpactReport {
  readonly verdict: Verdict;
  /** One sentence for a report. */
  readonly summary: string;
  readonly happinessBefore: Happiness;
  readonly happinessAfter: Happiness;
  /** After − before, in points; absent below the minimum sample on either side. */
  readonly happinessChange?: Difference;
  readonly lostMinutesBefore?: number;
  readonly lostMinutesAfter?: number;
  /** After − before, minutes per ticket (negative is better). */
  readonly lostTimeChange?: Difference;
  /** Tickets per month in the segment since go-live. */
  readonly ticketsPerMonthAfter: number;
  /** (before − after) × tickets per month, in hours, with its interval. */
  readonly hoursSavedPerMonth?: { readonly value: number; readonly ci95: readonly [number, number] };
}

export interface ImpactOptions {
  readonly minimumSample?: number;
  /** Days after go-live before any verdict; default 28, so one odd week does not decide. */
  readonly minimumDaysAfterGoLive?: number;
}

const sample = (rollup: Rollup) => {
  const n = rollup.lostTimeAnswers;
  const mean = n > 0 ? rollup.lostTimeMinutes / n : 0;
  const variance = n > 1 ? Math.max(0, (rollup.lostTimeMinutesSquared - n * mean * mean) / (n - 1)) : 0;
  return { n, mean, variance };
};

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;
const signed = (value: number): string => `${value > 0 ? '+' : ''}${round(value)}`;

/**
 * Before vs after for an initiative: the happiness change with a 95 % interval from the two NPS variances, the
 * lost-time change with Welch's interval, the hours saved per month at the volume since go-live, and a verdict.
 * A metric counts as changed only when its interval excludes zero; `mixed` when one got better and the other
 * worse. Before `minimumDaysAfterGoLive`, or below the minimum sample, the verdict is `not-enough-data`.
 * @example impactReport(baseline, { rollup: sinceGoLive, months: 2 }, goLiveAt, now).verdict // 'improved'
 */
export function impactReport(
  before: Period,
  after: Period,
  goLiveAt: Instant,
  now: Instant,
  options: ImpactOptions = {},
): ImpactReport {
  const minimumSample = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const minimumDays = options.minimumDaysAfterGoLive ?? 28;
  const happinessBefore = happiness(before.rollup, { minimumSample });
  const happinessAfter = happiness(after.rollup, { minimumSample });
  const volume = after.rollup.resolved > 0 ? after.rollup.resolved : responseCount(after.rollup);
  const ticketsPerMonthAfter = after.months > 0 ? volume / after.months : 0;

  const happinessChange =
    happinessBefore.kind === 'scored' && happinessAfter.kind === 'scored'
      ? happinessDifference(happinessBefore, happinessAfter)
      : undefined;
  const lostBefore = sample(before.rollup);
  const lostAfter = sample(after.rollup);
  const lostEnough = lostBefore.n >= Math.max(2, minimumSample) && lostAfter.n >= Math.max(2, minimumSample);
  const lostTimeChange = lostEnough ? welchDifference(lostBefore, lostAfter) : undefined;
  const hoursSavedPerMonth = lostTimeChange && {
    value: (-lostTimeChange.value * ticketsPerMonthAfter) / 60,
    ci95: [
      (-lostTimeChange.ci95[1] * ticketsPerMonthAfter) / 60,
      (-lostTimeChange.ci95[0] * ticketsPerMonthAfter) / 60,
    ] as const,
  };

  const base = {
    happinessBefore,
    happinessAfter,
    ...(happinessChange ? { happinessChange } : {}),
    ...(lostBefore.n > 0 ? { lostMinutesBefore: lostBefore.mean } : {}),
    ...(lostAfter.n > 0 ? { lostMinutesAfter: lostAfter.mean } : {}),
    ...(lostTimeChange ? { lostTimeChange } : {}),
    ticketsPerMonthAfter,
    ...(hoursSavedPerMonth ? { hoursSavedPerMonth } : {}),
  };

  const daysLive = Math.floor((now - goLiveAt) / DAY);
  if (now < goLiveAt || daysLive < minimumDays) {
    const summary =
      now < goLiveAt
        ? 'Not live yet: the change is measured from its go-live date.'
        : `Live for ${daysLive} days; a verdict needs at least ${minimumDays}.`;
    return { verdict: 'not-enough-data', summary, ...base };
  }
  if (!happinessChange && !lostTimeChange) {
    const summary = `Not enough answers yet: ${happinessAfter.n} since go-live, ${happinessBefore.n} before; at least ${minimumSample} each are needed.`;
    return { verdict: 'not-enough-data', summary, ...base };
  }

  // Direction of each metric: +1 better, −1 worse, 0 no detectable change. Less lost time is better.
  const direction = (d: Difference | undefined, betterWhenLower: boolean): number => {
    if (!d) return 0;
    if (d.ci95[0] > 0) return betterWhenLower ? -1 : 1;
    if (d.ci95[1] < 0) return betterWhenLower ? 1 : -1;
    return 0;
  };
  const happier = direction(happinessChange, false);
  const lessLost = direction(lostTimeChange, true);
  const verdict: Verdict =
    (happier > 0 && lessLost < 0) || (happier < 0 && lessLost > 0)
      ? 'mixed'
      : happier > 0 || lessLost > 0
        ? 'improved'
        : happier < 0 || lessLost < 0
          ? 'worse'
          : 'no-detectable-change';
  const parts: string[] = [];
  if (happinessChange) {
    parts.push(
      `happiness ${signed(happinessChange.value)} points (95 % CI ${signed(happinessChange.ci95[0])} to ${signed(happinessChange.ci95[1])})`,
    );
  }
  if (lostTimeChange) {
    parts.push(
      `lost time ${signed(lostTimeChange.value)} min per ticket (95 % CI ${signed(lostTimeChange.ci95[0])} to ${signed(lostTimeChange.ci95[1])})`,
    );
  }
  if (hoursSavedPerMonth && hoursSavedPerMonth.value > 0) {
    parts.push(`about ${round(hoursSavedPerMonth.value)} hours saved per month`);
  }
  const label = {
    improved: 'Improved',
    worse: 'Worse',
    mixed: 'Mixed',
    'no-detectable-change': 'No detectable change',
  }[verdict];
  return { verdict, summary: `${label}: ${parts.join('; ')}.`, ...base };
}
