import type { Segment } from '../model/segment';
import type { StoredResponse } from '../ports';

/**
 * The tickets that show an initiative's problem best: answered in its segment, the lowest scores first (newest
 * first among equals), each ticket once. A CSI manager reads these first, so the tracking issue links to them.
 * @example evidenceTickets(responses, { service: 'VPN' }, 10) // ['jira:HELP-7', 'jira:HELP-42', …]
 */
export function evidenceTickets(
  responses: readonly StoredResponse[],
  segment: Segment,
  limit: number,
): readonly string[] {
  const wanted = Object.entries(segment).filter(([, value]) => value !== undefined);
  const inSegment = responses.filter((response) =>
    wanted.every(([dimension, value]) => response.segment[dimension as keyof Segment] === value),
  );
  const ordered = [...inSegment].sort(
    // Ties by id in code-unit order: `localeCompare` depends on the engine's locale data (V8 and Rhino differ).
    (a, b) =>
      a.score - b.score ||
      b.answeredAt - a.answeredAt ||
      (a.ticketId < b.ticketId ? -1 : a.ticketId > b.ticketId ? 1 : 0),
  );
  const tickets: string[] = [];
  for (const response of ordered) {
    if (tickets.length >= limit) break;
    if (!tickets.includes(response.ticketId)) tickets.push(response.ticketId);
  }
  return tickets;
}
