import { opportunities, opportunityReadRange } from '../identify/opportunities';
import type { Rollup } from '../model/rollup';
import type { Dimension } from '../model/segment';
import type { Ports } from '../ports';
import { type Happiness, happiness } from '../share/happiness';
import { byDimension, byPeriod, type DayRange, type RollupEntry, rollupFor } from '../share/rollup-query';
import { lostTime, responseRate } from '../share/scorecard';
import { entriesWithin } from '../share/within-value';
import { all, andThen, type Step } from '../step';
import { rankingOptions } from './find-opportunities';
import { initiativeImpact, listInitiatives } from './initiatives';

/** One line of a stakeholder report: the scores of the whole scope, one segment or one month. */
export interface ReportRow {
  readonly dimension: Dimension | 'overall';
  readonly value: string;
  readonly responses: number;
  readonly happiness: number | null;
  readonly happinessCi95: readonly [number, number] | null;
  readonly lostMinutesMean: number | null;
  readonly responseRate: number | null;
}

/** What a stakeholder report says, as data: renderers turn it into HTML, CSV or Markdown. */
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

/** The dimensions a report breaks its scope down by. */
export const REPORT_DIMENSIONS: readonly Dimension[] = ['service', 'team', 'channel', 'priority', 'location'];

/** Opportunities a report lists. */
export const REPORT_OPPORTUNITIES = 10;

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
 * A stakeholder report over a range, from rollups only: the scores by service, team, channel, priority and
 * location, by month, the 10 opportunities ranked first and the initiatives with their measured impact.
 *
 * With `customer` (an MSP customer) the report is that customer's alone, as if their tickets were the whole
 * organisation: every count is theirs, their segments are ranked among themselves against their own values (or the
 * configured benchmark), and no initiative is listed, since initiatives belong to the organisation.
 * @example (await stakeholderReport(ports, { from: '2026-08-01', to: '2026-10-31' }, 'Acme')).opportunities[0]
 * // { rank: 1, explanation: 'service VPN: 40 tickets a month lose 95 minutes each against 12 for Acme; …', … }
 */
export function stakeholderReport(ports: Ports, range: DayRange, customer?: string): Step<Report> {
  return andThen(
    all([() => ports.settings.settings(), () => ports.rollups.read(opportunityReadRange(range))] as const),
    ([settings, stored]) => {
      const { minimumSample } = settings;
      const entries: readonly RollupEntry[] =
        customer === undefined ? stored : entriesWithin(stored, 'customer', customer);
      const overall = row('overall', customer ?? 'all tickets', rollupFor(entries, range), minimumSample);
      const segments = REPORT_DIMENSIONS.flatMap((dimension) =>
        [...byDimension(entries, dimension, range)]
          .map(([value, rollup]) => row(dimension, value, rollup, minimumSample))
          .sort((a, b) => b.responses - a.responses || (a.value < b.value ? -1 : 1)),
      );
      const months = byPeriod(entries, 'month', range).map(({ period, rollup }) => ({
        month: period,
        ...row('overall', period, rollup, minimumSample),
      }));
      const ranked = opportunities(
        entries,
        range,
        rankingOptions(settings, REPORT_OPPORTUNITIES, customer === undefined ? {} : { name: customer }),
      ).map((o) => ({
        rank: o.rank,
        explanation: o.explanation,
        recoverableHoursPerMonth: o.recoverableHoursPerMonth,
      }));
      return andThen(customer === undefined ? initiativeLines(ports) : [], (initiatives) => ({
        title: customer === undefined ? 'IT experience report' : `IT experience report for ${customer}`,
        range,
        ...(customer !== undefined ? { customer } : {}),
        minimumSample,
        overall,
        segments,
        months,
        opportunities: ranked,
        initiatives,
      }));
    },
  );
}

function initiativeLines(ports: Ports): Step<Report['initiatives']> {
  return andThen(listInitiatives(ports), (listed) =>
    all(
      listed.map(
        ({ initiative }) =>
          () =>
            andThen(initiativeImpact(ports, initiative.id), (impact) => ({
              title: initiative.title,
              status: initiative.status,
              verdict: impact.ok ? impact.value.verdict : 'not-enough-data',
              summary: impact.ok ? impact.value.summary : impact.error.message,
            })),
      ),
    ),
  );
}
