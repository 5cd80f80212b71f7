import {
  byDimension,
  byPair,
  byPeriod,
  type DayRange,
  type Dimension,
  findOpportunities,
  type Happiness,
  happiness,
  initiativeImpact,
  listInitiatives,
  lostTime,
  parseSegmentKey,
  type Rollup,
  responseRate,
  rollupFor,
  settled,
} from '@xloop/shared-core';
import type { SandboxPorts } from '../sandbox-ports';

export interface ReportRow {
  readonly dimension: Dimension | 'overall';
  readonly value: string;
  readonly responses: number;
  readonly happiness: number | null;
  readonly happinessCi95: readonly [number, number] | null;
  readonly lostMinutesMean: number | null;
  readonly responseRate: number | null;
}

export interface Report {
  readonly title: string;
  readonly range: DayRange;
  readonly customer?: string;
  readonly minimumSample: number;
  readonly overall: ReportRow;
  readonly segments: readonly ReportRow[];
  readonly months: readonly (ReportRow & { readonly month: string })[];
  readonly opportunities: readonly {
    readonly rank: number;
    readonly explanation: string;
    readonly recoverableHoursPerMonth: number;
  }[];
  readonly initiatives: readonly {
    readonly title: string;
    readonly status: string;
    readonly verdict: string;
    readonly summary: string;
  }[];
}

const BREAKDOWN: readonly Dimension[] = ['service', 'team', 'channel', 'priority', 'location'];

function row(
  dimension: ReportRow['dimension'],
  value: string,
  rollup: Rollup,
  minimumSample: number,
): ReportRow {
  const h: Happiness = happiness(rollup, { minimumSample });
  const lost = lostTime(rollup, { minimumSample: 1 });
  return {
    dimension,
    value,
    responses: h.n,
    happiness: h.kind === 'scored' ? h.value : null,
    happinessCi95: h.kind === 'scored' ? h.ci95 : null,
    lostMinutesMean: lost.kind === 'scored' ? lost.meanMinutes : null,
    responseRate: responseRate(rollup).rate,
  };
}

/**
 * What a stakeholder report says, from rollups only: the scores for the range (one MSP customer's tickets when
 * `customer` is given), by service, team, channel, priority and location, by month, the ranked opportunities and the
 * initiatives with their measured impact (the organisation's report only).
 */
export function reportData(ports: SandboxPorts, range: DayRange, customer?: string): Report {
  const settings = ports.settings.settings();
  const { minimumSample } = settings;
  const entries = ports.rollups.read(range);
  const scope = customer === undefined ? {} : { customer };
  const overall = row('overall', customer ?? 'all tickets', rollupFor(entries, range, scope), minimumSample);
  const segments = BREAKDOWN.flatMap((dimension) => {
    const groups =
      customer === undefined
        ? [...byDimension(entries, dimension, range)]
        : [...byPair(entries, dimension, 'customer', range)].flatMap(([key, rollup]) => {
            // The customer's own pairs only: a name that merely starts another's ("Acme", "Acme Oy") is not theirs.
            const segment = parseSegmentKey(key);
            const value = segment?.[dimension];
            return segment?.customer === customer && value !== undefined ? [[value, rollup] as const] : [];
          });
    return groups
      .map(([value, rollup]) => row(dimension, value, rollup, minimumSample))
      .sort((a, b) => b.responses - a.responses || (a.value < b.value ? -1 : 1));
  });
  const months = byPeriod(entries, 'month', range, scope).map(({ period, rollup }) => ({
    month: period,
    ...row('overall', period, rollup, minimumSample),
  }));
  const found = settled(findOpportunities(ports, { window: range, limit: 20 }));
  const opportunities = found
    .filter((o) => customer === undefined || o.segment.customer === customer)
    .slice(0, 10)
    .map((o) => ({
      rank: o.rank,
      explanation: o.explanation,
      recoverableHoursPerMonth: o.recoverableHoursPerMonth,
    }));
  const initiatives =
    customer === undefined
      ? settled(listInitiatives(ports)).map(({ initiative }) => {
          const impact = settled(initiativeImpact(ports, initiative.id));
          return {
            title: initiative.title,
            status: initiative.status,
            verdict: impact.ok ? impact.value.verdict : 'not-enough-data',
            summary: impact.ok ? impact.value.summary : impact.error.message,
          };
        })
      : [];
  return {
    title: customer === undefined ? 'IT experience report' : `IT experience report for ${customer}`,
    range,
    ...(customer !== undefined ? { customer } : {}),
    minimumSample,
    overall,
    segments,
    months,
    opportunities,
    initiatives,
  };
}
