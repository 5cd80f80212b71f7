/** The model: tickets, surveys, responses, rollups, segments and time, and the types the ports name. */
export type { Response, ResponseChannel, Score, ScoreBand } from './response';
export type { Rollup } from './rollup';
export { DIMENSIONS, type Dimension, type Segment } from './segment';
export type { Reason, Survey, SurveyState } from './survey';
export type { Requester, Ticket, TicketEvent, TicketEventType, TicketKind } from './ticket';
export { DAY, type Day, HOUR, type Instant, MINUTE } from './time';
