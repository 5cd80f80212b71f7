/** Share: scores, rollups, periods and scope. */
export {
  addDays,
  dayFromNumber,
  dayNumber,
  type Granularity,
  isDay,
  isoWeekday,
  periodOf,
  periodStart,
  periodsBetween,
} from './calendar';
export { DailyRollups, type RangeTotals } from './daily-rollups';
export { markdownText, plainText, spreadsheetCell } from './export-text';
export {
  DEFAULT_MINIMUM_SAMPLE,
  type Happiness,
  happiness,
  type Insufficient,
  type ScoredHappiness,
} from './happiness';
export {
  addInvitationOutcome,
  addResponse,
  type CountedResponse,
  emptyRollup,
  type InvitationOutcome,
  isEmptyRollup,
  mergeAll,
  mergeRollups,
  RollupAccumulator,
  responseCount,
  responseDelta,
} from './rollup';
export { ROLLUP_COLUMNS, rollupColumnValues, rollupFromColumns } from './rollup-columns';
export { outcomeDelta, rollupDay, ticketSegment } from './rollup-day';
export {
  byDimension,
  byPair,
  byPeriod,
  type DayRange,
  type RollupEntry,
  rangeTotals,
  rollupFor,
  type SegmentOrSum,
  segmentsByPeriod,
  trendSeries,
} from './rollup-query';
export { isScope, type Scope, type ScopeError, scopedSegments } from './scope';
export {
  type FactorLift,
  type FactorShare,
  factorLifts,
  factorShares,
  type LostTime,
  lostTime,
  type MeanScore,
  type MetricOptions,
  meanScore,
  type ResponseRate,
  responseRate,
  type Scorecard,
  summarize,
} from './scorecard';
export {
  parseSegmentKey,
  type RollupShape,
  rollupKeysFor,
  rollupSegmentsFor,
  segmentKey,
} from './segment-key';
export { lastDays, today } from './today';
