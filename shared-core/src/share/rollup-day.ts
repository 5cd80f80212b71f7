import { localDay } from '../measure/business-hours';
import type { Rollup } from '../model/rollup';
import type { Segment } from '../model/segment';
import type { Ticket } from '../model/ticket';
import type { Day, Instant } from '../model/time';
import type { ZonedTime } from '../ports';
import { addInvitationOutcome, emptyRollup, type InvitationOutcome } from './rollup';

/**
 * A ticket's dimensions as rollups count them: the adapter's segment plus its kind and its agent.
 * @example ticketSegment(ticket) // { service: 'VPN', channel: 'portal', kind: 'incident', agent: 'bob' }
 */
export function ticketSegment(ticket: Pick<Ticket, 'segment' | 'kind' | 'agentId'>): Segment {
  return {
    ...ticket.segment,
    kind: ticket.kind,
    ...(ticket.agentId !== undefined ? { agent: ticket.agentId } : {}),
  };
}

/**
 * The day a resolution counts on, in the organisation's time zone, so every count of one ticket lands together.
 * @example rollupDay(Date.UTC(2026, 10, 24, 23), 'Europe/Helsinki', zoned) // '2026-11-25'
 */
export function rollupDay(resolvedAt: Instant, timeZone: string, zoned: ZonedTime): Day {
  return localDay(zoned.toLocal(resolvedAt, timeZone));
}

/**
 * A rollup change of one outcome, optionally negated (a bounce takes a sent invitation back).
 * @example outcomeDelta('sent').sent // 1
 */
export function outcomeDelta(outcome: InvitationOutcome, sign: 1 | -1 = 1): Rollup {
  const one = addInvitationOutcome(emptyRollup(), outcome);
  return sign === 1 ? one : { ...one, [outcome]: -1 };
}
