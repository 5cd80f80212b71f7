import type { Reason, Survey } from '../model/survey';
import type { Instant } from '../model/time';
import { keptText } from './kept-text';

/**
 * What the timing policy decided, with the reasons an admin reads. `schedule` creates a survey or moves an
 * existing one; the others act on a survey by id, except `suppress`, which records that a resolution is not
 * surveyed (so a replay of the same event decides nothing new).
 */
export type Decision =
  | { readonly kind: 'schedule'; readonly survey: Survey; readonly reasons: readonly Reason[] }
  | {
      readonly kind: 'send';
      readonly surveyId: string;
      readonly at: Instant;
      readonly expiresAt: Instant;
      readonly reasons: readonly Reason[];
    }
  | {
      readonly kind: 'remind';
      readonly surveyId: string;
      readonly at: Instant;
      readonly reasons: readonly Reason[];
    }
  | {
      readonly kind: 'expire';
      readonly surveyId: string;
      readonly at: Instant;
      readonly reasons: readonly Reason[];
    }
  | {
      readonly kind: 'cancel';
      readonly surveyId: string;
      readonly at: Instant;
      readonly reasons: readonly Reason[];
    }
  | {
      readonly kind: 'suppress';
      readonly ticketId: string;
      readonly resolutionKey: string;
      readonly resolvedAt: Instant;
      readonly requesterId: string;
      readonly at: Instant;
      readonly reasons: readonly Reason[];
    };

export type DecisionKind = Decision['kind'];

/**
 * A reason with a stable code and a sentence.
 * @example reason('fatigue-min-days', 'requester surveyed 3 days ago, minimum is 7')
 */
export function reason(code: string, message: string): Reason {
  // Decisions are stored and listed: their sentences are kept.
  return { code, message: keptText(message) };
}

/**
 * The one-line summary an admin sees: `suppressed: requester surveyed 3 days ago, minimum is 7`.
 * @example describeDecision(decision) // 'scheduled: for Mon 2026-03-30 09:00 (Europe/Helsinki) …'
 */
export function describeDecision(decision: Decision): string {
  const verb = {
    schedule: 'scheduled',
    send: 'sent',
    remind: 'reminded',
    expire: 'expired',
    cancel: 'cancelled',
    suppress: 'suppressed',
  }[decision.kind];
  return `${verb}: ${decision.reasons.map((r) => r.message).join('; ')}`;
}
