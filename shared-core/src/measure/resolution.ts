import type { Instant } from '../model/time';
import { isoInstant } from './iso-instant';
import { keptText } from './kept-text';

/**
 * The identity of one resolution of a ticket: the ticket id and the resolution time. One survey at most per key.
 * @example resolutionKey('jira:SD-1', Date.UTC(2026, 10, 24, 9)) // 'jira:SD-1@2026-11-24T09:00:00.000Z'
 */
export function resolutionKey(ticketId: string, resolvedAt: Instant): string {
  // Kept as the survey's id and key for as long as the survey is.
  return keptText(`${ticketId}@${isoInstant(resolvedAt)}`);
}

/**
 * The survey id for a resolution: the resolution key itself, so replays address the same survey and an admin
 * can read which ticket and resolution a survey belongs to.
 * @example surveyIdFor('jira:SD-1', resolvedAt) // 'jira:SD-1@2026-11-24T09:00:00.000Z'
 */
export function surveyIdFor(ticketId: string, resolvedAt: Instant): string {
  return resolutionKey(ticketId, resolvedAt);
}
