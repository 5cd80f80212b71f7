import type { Requester } from '../model/ticket';
import type { Ports } from '../ports';
import { all, andThen, type Step } from './step';

/** The identity that replaces an erased requester everywhere. */
export const ERASED_REQUESTER = { id: 'erased' } as const;

/**
 * Erases a requester (GDPR): their identity on surveys, suppressions and responses, their comments and their
 * opt-out record. Scores, factors and lost time stay as anonymous counts, so dashboards and baselines stay true.
 * Safe to repeat.
 * @example await eraseRequester(ports, 'alice') // { surveys: 4, responses: 2 }
 */
export function eraseRequester(
  ports: Ports,
  requesterId: string,
): Step<{ readonly surveys: number; readonly responses: number }> {
  return andThen(
    all([
      () => ports.surveys.eraseRequester(requesterId, ERASED_REQUESTER),
      () => ports.responses.eraseRequester(requesterId, ERASED_REQUESTER.id),
      () => ports.surveys.setOptOut(requesterId, false),
    ] as const),
    ([surveys, responses]) => ({ surveys, responses }),
  );
}

/**
 * Replaces a requester's stored details (name, e-mail, time zone, locale) with what the platform says now, on their
 * surveys and suppressions: what a platform's "this account changed" asks for (Atlassian's Personal Data Reporting
 * API answers `updated`). Answers and counts are untouched. Safe to repeat.
 * @example await refreshRequester(ports, { id: 'alice', displayName: 'Alice B.' }) // 4
 */
export function refreshRequester(ports: Ports, requester: Requester): Step<number> {
  return ports.surveys.eraseRequester(requester.id, requester);
}
