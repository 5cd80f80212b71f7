/**
 * @xloop/shared-core — the pure core of XLoop. Everything an adapter may use is exported here; nothing here does
 * I/O or touches a platform API, and it runs unchanged on Node, in browsers and in ServiceNow's server engine.
 * Implementations of the ports for Node and browsers live in `@xloop/shared-core/platform`.
 */

export { type FormFields, formFields } from './edge/form-fields';
export { type BodyError, jsonDepth, MAX_BODY_CHARS, MAX_JSON_DEPTH, readJsonBody } from './edge/json-body';
// Identify
export {
  anonymise,
  type CommentSample,
  type CommentThemeOptions,
  commentThemes,
  type Theme,
  tokenize,
} from './identify/comment-themes';
export {
  conservativeImpact,
  describeSegment,
  type Opportunity,
  type OpportunityOptions,
  opportunities,
  opportunityReadRange,
  type Reference,
  type ResolvedReference,
  resolveReference,
  type Trend,
} from './identify/opportunities';
export { isStopWord, STOP_WORDS } from './identify/stop-words';
// Improve
export { evidenceTickets } from './improve/evidence-tickets';
export {
  type ImpactOptions,
  type ImpactReport,
  impactReport,
  type Period,
  type Verdict,
} from './improve/impact';
export {
  type Baseline,
  DEFAULT_HOURS_PER_HAPPINESS_POINT_TICKET,
  draftInitiative,
  type ExpectedImpact,
  INITIATIVE_STATUSES,
  type Initiative,
  type InitiativeChanges,
  type InitiativeError,
  type InitiativeStatus,
  type NewInitiative,
  orderingScore,
  reviseInitiative,
  validateInitiativeFields,
} from './improve/initiative';
export {
  type Difference,
  happinessDifference,
  meanCi95,
  type Sample,
  welchDifference,
} from './improve/intervals';
// Statistics
export { normalQuantile, studentTQuantile } from './improve/student-t';
// Measure: timing policy
export {
  formatLocal,
  isWithinBusinessHours,
  localDay,
  nextBusinessInstant,
  type SendingWindow,
} from './measure/business-hours';
export { decideDue, nextDueAt } from './measure/decide-due';
export { decideOnEvent, reopeningOf, resolutionOf, sendingWindowFor } from './measure/decide-on-event';
export { type Decision, type DecisionKind, describeDecision, reason } from './measure/decision';
export { exclusionReasons } from './measure/exclusions';
export { fatigueInstant, fatigueReasons } from './measure/fatigue';
export { EMPTY_HISTORY, type PolicyContext, type SurveyHistory } from './measure/history';
export { hmacSha256, scriptCrypto } from './measure/hmac-sha256';
// Measure: instrument and answers
export {
  type Factor,
  factorsFor,
  type Instrument,
  type LostTimeOption,
  message,
  TICKET_SURVEY,
} from './measure/instrument';
export { type InstrumentView, instrumentView } from './measure/instrument-view';
export { resolveLocale } from './measure/locale';
export type { MessageKey, Messages } from './measure/locales';
// The source locale's words alone, for screens in English that must not carry every translation.
export { en as ENGLISH_MESSAGES } from './measure/locales/en';
export {
  type BusinessHours,
  clockMinutes,
  DEFAULT_POLICY,
  type Policy,
  type PolicyError,
  type PolicyErrorCode,
  validatePolicy,
  type Weekday,
} from './measure/policy';
export { resolutionKey, surveyIdFor } from './measure/resolution';
export {
  ADDRESS_BAR_SCRIPT,
  ADDRESS_BAR_SCRIPT_HASH,
  answeredPage,
  escapeHtml,
  type FollowUpView,
  followUpPage,
  followUpPolicy,
  inlineScript,
  pageLocale,
  problemPage,
  thanksPage,
} from './measure/respond-page';
export { fnv1a32, isSampled } from './measure/sampling';
export { isScore, scoreBand } from './measure/score-band';
export { DEFAULT_SETTINGS, type Settings, type SettingsError, validateSettings } from './measure/settings';
export {
  type LimitedSetting,
  SETTINGS_LIMITS,
  type SettingLimit,
  withinLimit,
} from './measure/settings-limits';
export {
  applyDecision,
  type SurveyTransition,
  type TransitionError,
  transition,
} from './measure/survey-lifecycle';
export { type TicketStatus, ticketChange } from './measure/ticket-change';
// Measure: one-click tokens
export {
  EDIT_GRANT_MINUTES,
  signToken,
  type TokenClaims,
  type TokenError,
  type TokenErrorCode,
  type TokenKeyring,
  type TokenPurpose,
  type VerifyOptions,
  verifyToken,
} from './measure/token';
export {
  type AnswerContext,
  type AnswerError,
  type AnswerErrorCode,
  MAX_ANSWER_ERRORS,
  validateAnswer,
} from './measure/validate-answer';
// Model
export type { Response, ResponseChannel, Score, ScoreBand } from './model/response';
export type { Rollup } from './model/rollup';
export { DIMENSIONS, type Dimension, type Segment } from './model/segment';
export type { Reason, Survey, SurveyState } from './model/survey';
export type { Requester, Ticket, TicketEvent, TicketEventType, TicketKind } from './model/ticket';
export { DAY, type Day, HOUR, type Instant, MINUTE } from './model/time';
export type {
  Clock,
  CountedAnswer,
  Crypto,
  Delivery,
  DeliveryResult,
  InitiativeStore,
  LocalDateTime,
  OutgoingSurvey,
  Page,
  Ports,
  ResponseStore,
  RollupStore,
  SettingsStore,
  StoredResponse,
  Suppression,
  SurveyStore,
  TicketEvents,
  TicketHistory,
  ZonedTime,
} from './ports';
// Erasure: the rule for a person's records, which stores read and save
export {
  agentErased,
  ERASED_AGENT_PREFIX,
  ERASED_REQUESTER,
  initiativeWithAgentReplaced,
  isErasedAgent,
  keyWithPartReplaced,
  type PersonalRecords,
  requesterErased,
  requesterRefreshed,
  segmentWithAgentReplaced,
  surveyWithAgentReplaced,
} from './privacy/erasure';
// Seeded randomness for simulations (never for secrets)
export { random, weightedIndex } from './random';
// Resolvers: the calls UIs make, by name, shared by every adapter
export { type Caller, RESOLVER_NAMES, type ResolverResult, type Role, resolve } from './resolvers/resolvers';
export { toWire, type Wire, type WireError, type WireResult, wireError } from './resolvers/wire';
export { err, ok, type Result } from './result';
export { type DeliveryOutcome, recordDeliveryOutcome } from './services/delivery-outcome';
export { type DispatchResult, dispatchDue, MAX_DELIVERY_ATTEMPTS } from './services/dispatch-due';
export { type AgentErasure, eraseAgent } from './services/erase-agent';
export { eraseRequester, refreshRequester } from './services/erase-requester';
export { findOpportunities, type OpportunityWithThemes } from './services/find-opportunities';
export {
  type FollowUpAnswer,
  type FollowUpRequest,
  type FollowUpSurvey,
  followUp,
  type OwnResponse,
  ownResponse,
  readFollowUpRequest,
} from './services/follow-up';
export { type HistoricalRating, type ImportOutcome, importHistory, toScore } from './services/import-history';
export {
  BASELINE_DAYS,
  createInitiative,
  type InitiativeRequest,
  type InitiativeServiceError,
  initiativeImpact,
  listInitiatives,
  updateInitiative,
} from './services/initiatives';
export { onTicketEvent } from './services/on-ticket-event';
export { type OneClickRequest, type OneClickResponse, oneClick } from './services/one-click';
// Policy preview: the timing policy replayed over past events on scratch in-memory stores
export {
  canonicalOrder,
  MAX_PREVIEW_EVENTS,
  type PolicyDecisionLine,
  type PolicyPreview,
  type PolicyPreviewSummary,
  type PolicyReplay,
  previewPolicy,
  type ReplayOptions,
  replayPolicy,
  summarizeReplay,
} from './services/policy-preview';
export {
  breakdown,
  checkQuery,
  type Dashboard,
  dashboard,
  type QueryError,
  type TicketExperience,
  ticketExperience,
} from './services/queries';
export {
  opportunityLimit,
  RANKED_KEPT,
  RANKING_MAX_AGE_MS,
  type RankingStore,
  rankedOpportunities,
  refreshRanking,
  type StoredRanking,
} from './services/ranked-opportunities';
export {
  REPORT_DIMENSIONS,
  REPORT_OPPORTUNITIES,
  type Report,
  type ReportRow,
  stakeholderReport,
} from './services/stakeholder-report';
// Services: the use cases, over ports
export {
  answerDeadline,
  type Submission,
  type SubmitError,
  type SubmitErrorCode,
  type Submitted,
  submitResponse,
} from './services/submit-response';
export { answerVisible, surveyByToken, type TokenSurvey } from './services/survey-by-token';
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
} from './share/calendar';
// Share: scores and rollups
export { DailyRollups, type RangeTotals } from './share/daily-rollups';
export { markdownText, plainText, spreadsheetCell } from './share/export-text';
export {
  DEFAULT_MINIMUM_SAMPLE,
  type Happiness,
  happiness,
  type Insufficient,
  type ScoredHappiness,
} from './share/happiness';
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
} from './share/rollup';
export { ROLLUP_COLUMNS, rollupColumnValues, rollupFromColumns } from './share/rollup-columns';
export { outcomeDelta, rollupDay, ticketSegment } from './share/rollup-day';
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
} from './share/rollup-query';
export { isScope, type Scope, type ScopeError, scopedSegments } from './share/scope';
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
} from './share/scorecard';
export {
  parseSegmentKey,
  type RollupShape,
  rollupKeysFor,
  rollupSegmentsFor,
  segmentKey,
} from './share/segment-key';
export { lastDays, today } from './share/today';
export { all, andThen, attempt, forEach, isPending, type Step, settled } from './step';
