/** Measure: the instrument, answers, the timing policy, one-click pages and tokens. */
export { formatLocal, isWithinBusinessHours, type SendingWindow } from './business-hours';
export { decideDue, nextDueAt } from './decide-due';
export { decideOnEvent, reopeningOf, resolutionOf, sendingWindowFor } from './decide-on-event';
export { type Decision, type DecisionKind, describeDecision, reason } from './decision';
export { EMPTY_HISTORY, type PolicyContext, type SurveyHistory } from './history';
export { hmacSha256, scriptCrypto } from './hmac-sha256';
export {
  type Factor,
  factorsFor,
  type Instrument,
  type LostTimeOption,
  message,
  TICKET_SURVEY,
} from './instrument';
export { type InstrumentView, instrumentView } from './instrument-view';
export { resolveLocale } from './locale';
export type { MessageKey, Messages } from './locales';
export { en as ENGLISH_MESSAGES } from './locales/en';
export {
  type BusinessHours,
  clockMinutes,
  DEFAULT_POLICY,
  type Policy,
  type PolicyError,
  type PolicyErrorCode,
  validatePolicy,
  type Weekday,
} from './policy';
export { resolutionKey, surveyIdFor } from './resolution';
export {
  ADDRESS_BAR_SCRIPT_HASH,
  answeredPage,
  escapeHtml,
  type FollowUpView,
  followUpPage,
  followUpPolicy,
  pageLocale,
  problemPage,
  thanksPage,
} from './respond-page';
export { fnv1a32, isSampled } from './sampling';
export { isScore, scoreBand } from './score-band';
export { DEFAULT_SETTINGS, type Settings, type SettingsError, validateSettings } from './settings';
export { type LimitedSetting, SETTINGS_LIMITS, type SettingLimit, withinLimit } from './settings-limits';
export { applyDecision, type SurveyTransition, type TransitionError, transition } from './survey-lifecycle';
export { type TicketStatus, ticketChange } from './ticket-change';
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
} from './token';
export {
  type AnswerContext,
  type AnswerError,
  type AnswerErrorCode,
  MAX_ANSWER_ERRORS,
  validateAnswer,
} from './validate-answer';
