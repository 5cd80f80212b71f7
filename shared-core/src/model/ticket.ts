import type { Segment } from './segment';
import type { Instant } from './time';

export type TicketKind = 'incident' | 'request';

/** The person who raised the ticket and would be invited to rate it. */
export interface Requester {
  readonly id: string;
  readonly email?: string;
  readonly displayName?: string;
  /** IANA zone, e.g. `Europe/Helsinki`; the policy's default applies when absent. */
  readonly timeZone?: string;
  /** BCP 47 tag as the platform reports it, e.g. `de-DE`; resolved to an instrument locale. */
  readonly locale?: string;
  /** Technical users (integrations, monitoring) are never surveyed. */
  readonly isServiceAccount?: boolean;
}

/** A normalised incident or request from either platform. */
export interface Ticket {
  /** Platform-qualified id: `jira:SD-123`, `servicenow:INC0012345`. */
  readonly id: string;
  readonly kind: TicketKind;
  readonly title?: string;
  readonly requester: Requester;
  /** Id of the agent who resolved or is assigned the ticket. */
  readonly agentId?: string;
  readonly status: 'open' | 'resolved' | 'closed';
  /** E.g. `fixed`, `duplicate`, `cancelled`, `spam`, as mapped by the adapter. */
  readonly resolutionCode?: string;
  readonly requestType?: string;
  /** The ticket's dimension values (service, channel, team, …). */
  readonly segment: Segment;
  readonly createdAt: Instant;
  /** Set while the ticket is resolved or closed: identifies the resolution. */
  readonly resolvedAt?: Instant;
}

export type TicketEventType = 'created' | 'updated' | 'resolved' | 'reopened' | 'closed';

/**
 * Something that happened to a ticket, with the ticket as it was then. Platforms deliver events at
 * least once and out of order, so everything that consumes them must be idempotent and order-free.
 */
export interface TicketEvent {
  readonly type: TicketEventType;
  readonly ticket: Ticket;
  /** When it happened on the platform (not when it was delivered). */
  readonly at: Instant;
}
