import type { Reference } from '../identify/opportunities';
import type { Rollup } from '../model/rollup';
import { DIMENSIONS, type Dimension, type Segment } from '../model/segment';
import type { Survey } from '../model/survey';
import type { Ports, StoredResponse } from '../ports';
import { err, ok, type Result } from '../result';
import { dayNumber, type Granularity, isDay } from '../share/calendar';
import { RollupAccumulator } from '../share/rollup';
import {
  byDimension,
  byPair,
  type DayRange,
  type RollupEntry,
  rollupFor,
  trendSeries,
} from '../share/rollup-query';
import { type Scope, scopedSegments } from '../share/scope';
import { type FactorLift, factorLifts, type Scorecard, summarize } from '../share/scorecard';
import { parseSegmentKey, segmentKey } from '../share/segment-key';
import { lastDays, today } from '../share/today';
import { all, andThen, type Step } from '../step';

export interface QueryError {
  readonly code: 'invalid-range' | 'invalid-segment' | 'forbidden';
  readonly message: string;
}

/** The dashboard for one segment (the organisation by default) over a range of days. */
export interface Dashboard {
  readonly range: DayRange;
  readonly segment: Segment;
  readonly scorecard: Scorecard;
  readonly organisation: Scorecard;
  readonly trend: ReadonlyArray<{ readonly period: string; readonly scorecard: Scorecard }>;
  /** Factors by how much more often they are cited here than overall. */
  readonly factors: readonly FactorLift[];
  readonly reference?: Reference;
}

const MAX_RANGE_DAYS = 3 * 366;

/** Checks a range and a segment filter as they arrive from a UI: rollups hold single dimensions and pairs. */
export function checkQuery(range: DayRange, segment: Segment): QueryError | undefined {
  if (!isDay(range.from) || !isDay(range.to) || range.from > range.to) {
    return {
      code: 'invalid-range',
      message: 'The range needs two days YYYY-MM-DD, the first not after the second.',
    };
  }
  const span = dayNumber(range.to) - dayNumber(range.from);
  if (span > MAX_RANGE_DAYS)
    return { code: 'invalid-range', message: 'The range can span at most three years.' };
  const dimensions = Object.keys(segment);
  if (dimensions.length > 2) {
    return { code: 'invalid-segment', message: 'Filter by at most two dimensions at once.' };
  }
  const unknown = dimensions.find(
    (d) => DIMENSIONS.indexOf(d as Dimension) < 0 || typeof segment[d as Dimension] !== 'string',
  );
  if (unknown !== undefined) return { code: 'invalid-segment', message: `Unknown dimension "${unknown}".` };
  return undefined;
}

/**
 * Scores, trend and factors of a segment over a range, from rollups only (the organisation's scorecard beside it
 * for comparison). Within a scope, the segment and the "organisation" are what the caller may see.
 * @example await dashboard(ports, { range, granularity: 'isoWeek', segment: { service: 'VPN' } })
 */
export function dashboard(
  ports: Ports,
  query: {
    readonly range: DayRange;
    readonly granularity: Granularity;
    readonly segment?: Segment;
    readonly scope?: Scope;
  },
): Step<Result<Dashboard, QueryError>> {
  const segment = query.segment ?? {};
  const problem = checkQuery(query.range, segment);
  if (problem) return err(problem);
  const own = scopedSegments(segment, query.scope);
  const whole = scopedSegments({}, query.scope);
  if (!own.ok) return err(own.error);
  if (!whole.ok) return err(whole.error);
  const keys = [...new Set([...own.segments, ...whole.segments].map(segmentKey))];
  return andThen(
    all([() => ports.settings.settings(), () => ports.rollups.read(query.range, keys)] as const),
    ([settings, entries]) => {
      const options = { minimumSample: settings.minimumSample };
      const rollup = rollupFor(entries, query.range, own.segments);
      const organisation = rollupFor(entries, query.range, whole.segments);
      return ok({
        range: query.range,
        segment,
        scorecard: summarize(rollup, options),
        organisation: summarize(organisation, options),
        trend: trendSeries(entries, query.granularity, query.range, own.segments, options),
        factors: factorLifts(rollup, organisation),
        ...(settings.reference ? { reference: settings.reference } : {}),
      });
    },
  );
}

/**
 * A scorecard for every value of one dimension over a range, e.g. every team; within a scope, each value's tickets
 * in the scope only (summed from the pairs with the scope's dimension).
 * @example await breakdown(ports, { range, dimension: 'team' }) // [{ value: 'Network', scorecard }, …]
 */
export function breakdown(
  ports: Ports,
  query: { readonly range: DayRange; readonly dimension: Dimension; readonly scope?: Scope },
): Step<Result<ReadonlyArray<{ readonly value: string; readonly scorecard: Scorecard }>, QueryError>> {
  const problem = checkQuery(query.range, { [query.dimension]: '' });
  if (problem) return err(problem);
  const { scope, dimension, range } = query;
  return andThen(
    all([() => ports.settings.settings(), () => ports.rollups.read(range)] as const),
    ([settings, entries]) => {
      const rollups =
        scope === undefined
          ? byDimension(entries, dimension, range)
          : scopedBy(entries, dimension, range, scope);
      const rows = [...rollups].map(([key, rollup]) => ({
        value: key,
        scorecard: summarize(rollup, { minimumSample: settings.minimumSample }),
      }));
      rows.sort((a, b) => b.scorecard.responses - a.scorecard.responses || (a.value < b.value ? -1 : 1));
      return ok(rows);
    },
  );
}

/** Each value of `dimension` summed over the scope's values: the scope's own values, or its pairs. */
function scopedBy(
  entries: readonly RollupEntry[],
  dimension: Dimension,
  range: DayRange,
  scope: Scope,
): ReadonlyMap<string, Rollup> {
  const allowed = new Set(scope.values);
  if (dimension === scope.dimension) {
    return new Map([...byDimension(entries, dimension, range)].filter(([value]) => allowed.has(value)));
  }
  const sums = new Map<string, RollupAccumulator>();
  for (const [key, rollup] of byPair(entries, dimension, scope.dimension, range)) {
    const segment = parseSegmentKey(key);
    const value = segment?.[dimension];
    const within = segment?.[scope.dimension];
    if (value === undefined || within === undefined || !allowed.has(within)) continue;
    const sum = sums.get(value) ?? new RollupAccumulator();
    sum.merge(rollup);
    sums.set(value, sum);
  }
  return new Map([...sums].map(([value, sum]) => [value, sum.toRollup()]));
}

/** What an agent sees on a ticket. */
export interface TicketExperience {
  readonly surveys: readonly Survey[];
  readonly responses: readonly StoredResponse[];
  /** The team's and the agent's last 90 days, with a weekly trend; absent when the ticket has neither. */
  readonly team?: {
    readonly name: string;
    readonly scorecard: Scorecard;
    readonly trend: ReadonlyArray<{ readonly period: string; readonly scorecard: Scorecard }>;
  };
  readonly agent?: {
    readonly name: string;
    readonly scorecard: Scorecard;
    readonly trend: ReadonlyArray<{ readonly period: string; readonly scorecard: Scorecard }>;
  };
}

/**
 * The ticket's own survey and answer, with its team's and agent's happiness over the last 90 days.
 * @example await ticketExperience(ports, 'jira:SD-12') // { responses: [{ score: 9, … }], team: { name: 'Network', … } }
 */
export function ticketExperience(ports: Ports, ticketId: string, scope?: Scope): Step<TicketExperience> {
  return andThen(
    all([
      () => ports.settings.settings(),
      () => ports.surveys.forTicket(ticketId),
      () => ports.responses.forTicket(ticketId),
    ] as const),
    ([settings, surveys, responses]) => {
      const latest = [...surveys].sort((a, b) => b.resolvedAt - a.resolvedAt)[0];
      const team = latest?.segment.team;
      const agent = latest?.segment.agent;
      const range = lastDays(today(ports, settings.policy.timeZone), 90);
      // A single dimension within a scope is always a sum of pairs, never refused.
      const seen = (segment: Segment): readonly Segment[] => {
        const scoped = scopedSegments(segment, scope);
        return scoped.ok ? scoped.segments : [];
      };
      const teamSegments = team !== undefined ? seen({ team }) : [];
      const agentSegments = agent !== undefined ? seen({ agent }) : [];
      const keys = [...teamSegments, ...agentSegments].map(segmentKey);
      if (keys.length === 0) return { surveys, responses };
      return andThen(ports.rollups.read(range, keys), (entries) => {
        const options = { minimumSample: settings.minimumSample };
        const view = (segments: readonly Segment[], name: string) => ({
          name,
          scorecard: summarize(rollupFor(entries, range, segments), options),
          trend: trendSeries(entries, 'isoWeek', range, segments, options),
        });
        return {
          surveys,
          responses,
          ...(team !== undefined ? { team: view(teamSegments, team) } : {}),
          ...(agent !== undefined ? { agent: view(agentSegments, agent) } : {}),
        };
      });
    },
  );
}
