/** The use cases, over the ports. */
export { type DeliveryOutcome, recordDeliveryOutcome } from './delivery-outcome';
export { type DispatchResult, dispatchDue, MAX_DELIVERY_ATTEMPTS } from './dispatch-due';
export { type AgentErasure, eraseAgent } from './erase-agent';
export { eraseRequester, refreshRequester } from './erase-requester';
export { findOpportunities, type OpportunityWithThemes } from './find-opportunities';
export {
  type FollowUpAnswer,
  type FollowUpRequest,
  type FollowUpSurvey,
  followUp,
  type OwnResponse,
  ownResponse,
  readFollowUpRequest,
} from './follow-up';
export { type HistoricalRating, type ImportOutcome, importHistory, toScore } from './import-history';
export {
  BASELINE_DAYS,
  createInitiative,
  type InitiativeRequest,
  type InitiativeServiceError,
  initiativeImpact,
  listInitiatives,
  updateInitiative,
} from './initiatives';
export { onTicketEvent } from './on-ticket-event';
export { type OneClickRequest, type OneClickResponse, oneClick } from './one-click';
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
} from './policy-preview';
export {
  breakdown,
  checkQuery,
  type Dashboard,
  dashboard,
  type QueryError,
  type TicketExperience,
  ticketExperience,
} from './queries';
export {
  opportunityLimit,
  RANKED_KEPT,
  RANKING_MAX_AGE_MS,
  type RankingStore,
  rankedOpportunities,
  refreshRanking,
  type StoredRanking,
} from './ranked-opportunities';
export {
  REPORT_DIMENSIONS,
  REPORT_OPPORTUNITIES,
  type Report,
  type ReportRow,
  stakeholderReport,
} from './stakeholder-report';
export {
  answerDeadline,
  type Submission,
  type SubmitError,
  type SubmitErrorCode,
  type Submitted,
  submitResponse,
} from './submit-response';
export { answerVisible, surveyByToken, type TokenSurvey } from './survey-by-token';
