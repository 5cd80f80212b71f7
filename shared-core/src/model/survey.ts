import type { Segment } from './segment';
import type { Requester, TicketKind } from './ticket';
import type { Instant } from './time';

/** `scheduled → sent → (reminded) → answered | expired | cancelled`. */
export type SurveyState = 'scheduled' | 'sent' | 'reminded' | 'answered' | 'expired' | 'cancelled';

/** A human-readable reason with a stable code, so an admin can see why a decision was taken. */
export interface Reason {
  readonly code: string;
  readonly message: string;
}

/** The invitation to rate one resolution of one ticket. */
export interface Survey {
  /** Deterministic from the resolution, so replays address the same survey. */
  readonly id: string;
  readonly ticketId: string;
  /** `ticketId` + resolution time: one survey per resolution, however often the event arrives. */
  readonly resolutionKey: string;
  readonly kind: TicketKind;
  readonly requester: Requester;
  readonly agentId?: string;
  readonly segment: Segment;
  readonly state: SurveyState;
  readonly resolvedAt: Instant;
  /** When the invitation is (or was) due to go out. */
  readonly sendAt: Instant;
  readonly sentAt?: Instant;
  readonly remindedAt?: Instant;
  readonly answeredAt?: Instant;
  /** Set when sent: after this the survey expires unanswered. */
  readonly expiresAt?: Instant;
  /** When it reached `expired` or `cancelled`. */
  readonly closedAt?: Instant;
  /** Failed attempts at delivering the current message, for back-off; cleared when one gets through. */
  readonly deliveryAttempts?: number;
  /** Why it was scheduled, moved or cancelled, newest last. */
  readonly reasons: readonly Reason[];
}
