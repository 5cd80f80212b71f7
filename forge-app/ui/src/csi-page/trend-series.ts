import { duration, percent, signed } from './format';
import type { Dashboard } from './types';

export type TrendMetric = 'happiness' | 'lostTime' | 'responseRate';

export const TREND_METRICS: readonly { readonly value: TrendMetric; readonly label: string }[] = [
  { value: 'happiness', label: 'Happiness' },
  { value: 'lostTime', label: 'Lost time per ticket' },
  { value: 'responseRate', label: 'Response rate' },
];

/** The line a trend is compared with. */
export interface Benchmark {
  readonly name: string;
  readonly value: number;
}

/** One metric of the dashboard's trend, ready to draw: a value per period (null below the minimum sample). */
export interface ChartSeries {
  readonly metric: TrendMetric;
  readonly label: string;
  readonly periods: readonly string[];
  readonly values: readonly (number | null)[];
  /** The 95 % interval per period, where the metric has one (happiness). */
  readonly band?: { readonly low: readonly (number | null)[]; readonly high: readonly (number | null)[] };
  readonly benchmark?: Benchmark;
  /** Chart axis bounds suggested for the metric's scale. */
  readonly range: { readonly min?: number; readonly max?: number };
  format(value: number): string;
}

const ORGANISATION = 'Whole organisation';

/**
 * What a metric's trend is compared with: the configured benchmark (published industry figures from the settings)
 * where it has one for the metric, else — when a segment is shown — the organisation over the same period.
 * @example benchmarkFor(dashboard, 'happiness') // { name: 'HDI 2025', value: 30 }
 */
export function benchmarkFor(dashboard: Dashboard, metric: TrendMetric): Benchmark | undefined {
  const reference = dashboard.reference;
  const name = reference?.name ?? 'Benchmark';
  const segment = Object.keys(dashboard.segment).length > 0;
  const { organisation } = dashboard;
  if (metric === 'happiness') {
    if (reference?.happiness !== undefined) return { name, value: reference.happiness };
    if (segment && organisation.happiness.kind === 'scored')
      return { name: ORGANISATION, value: organisation.happiness.value };
  }
  if (metric === 'lostTime') {
    if (reference?.lostMinutes !== undefined) return { name, value: reference.lostMinutes };
    if (segment && organisation.lostTime.kind === 'scored')
      return { name: ORGANISATION, value: organisation.lostTime.meanMinutes };
  }
  if (metric === 'responseRate' && segment && organisation.responseRate.rate !== null)
    return { name: ORGANISATION, value: organisation.responseRate.rate * 100 };
  return undefined;
}

/**
 * The dashboard's trend of one metric as a chart series.
 * @example chartSeries(dashboard, 'happiness').values // [null, 4.2, -1.3, …]
 */
export function chartSeries(dashboard: Dashboard, metric: TrendMetric): ChartSeries {
  const periods = dashboard.trend.map((p) => p.period);
  const cards = dashboard.trend.map((p) => p.scorecard);
  const benchmark = benchmarkFor(dashboard, metric);
  const common = { metric, periods, ...(benchmark ? { benchmark } : {}) };
  if (metric === 'lostTime')
    return {
      ...common,
      label: 'Lost time per ticket (minutes)',
      values: cards.map((c) => (c.lostTime.kind === 'scored' ? c.lostTime.meanMinutes : null)),
      range: { min: 0 },
      format: duration,
    };
  if (metric === 'responseRate')
    return {
      ...common,
      label: 'Response rate (%)',
      values: cards.map((c) => (c.responseRate.rate === null ? null : c.responseRate.rate * 100)),
      range: { min: 0, max: 100 },
      format: (value) => percent(value / 100),
    };
  const scored = (pick: (h: { value: number; ci95: readonly [number, number] }) => number) =>
    cards.map((c) => (c.happiness.kind === 'scored' ? pick(c.happiness) : null));
  return {
    ...common,
    label: 'Happiness',
    values: scored((h) => h.value),
    band: { low: scored((h) => h.ci95[0]), high: scored((h) => h.ci95[1]) },
    range: { min: -100, max: 100 },
    format: (value) => signed(value),
  };
}
