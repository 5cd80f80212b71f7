/** Improve: initiatives and their measured impact. */
export { evidenceTickets } from './evidence-tickets';
export { type ImpactOptions, type ImpactReport, impactReport, type Period, type Verdict } from './impact';
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
} from './initiative';
export { type Difference, happinessDifference, meanCi95, type Sample, welchDifference } from './intervals';
export { studentTQuantile } from './student-t';
