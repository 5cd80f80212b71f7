import type { Requester } from '../model/ticket';
import type { Ports } from '../ports';
import { requesterErased, requesterRefreshed } from '../privacy/erasure';
import { andThen, type Step } from '../step';
import { changeInPages, type PersonalReads } from './erase-in-pages';

type RequesterPorts = Pick<Ports, 'surveys' | 'responses'>;

/** A requester's surveys, suppressions and (unless left out) responses, a page at a time. */
const requesterReads = (ports: RequesterPorts, requesterId: string, responses = true): PersonalReads => ({
  surveys: (page) => ports.surveys.byRequester(requesterId, page),
  suppressions: (page) => ports.surveys.suppressionsByRequester(requesterId, page),
  responses: (page) => (responses ? ports.responses.byRequester(requesterId, page) : []),
});

/**
 * Erases a requester (GDPR): their identity on surveys, suppressions and responses, their comments and their
 * opt-out record (the rule is the core's `requesterErased`). Scores, factors and lost time stay as anonymous counts,
 * so dashboards and baselines stay true. Safe to repeat.
 * @example await eraseRequester(ports, 'alice') // { surveys: 4, responses: 2 }
 */
export function eraseRequester(
  ports: RequesterPorts,
  requesterId: string,
): Step<{ readonly surveys: number; readonly responses: number }> {
  return andThen(
    changeInPages(ports, requesterReads(ports, requesterId), (records) =>
      requesterErased(records, requesterId),
    ),
    (changed) =>
      andThen(ports.surveys.setOptOut(requesterId, false), () => ({
        surveys: changed.surveys + changed.suppressions,
        responses: changed.responses,
      })),
  );
}

/**
 * Replaces a requester's stored details (name, e-mail, time zone, locale) with what the platform says now, on their
 * surveys and suppressions: what a platform's "this account changed" asks for (Atlassian's Personal Data Reporting
 * API answers `updated`). Answers and counts are untouched. Answers how many records it saved. Safe to repeat.
 * @example await refreshRequester(ports, { id: 'alice', displayName: 'Alice B.' }) // 4
 */
export function refreshRequester(ports: RequesterPorts, requester: Requester): Step<number> {
  return andThen(
    changeInPages(ports, requesterReads(ports, requester.id, false), (records) =>
      requesterRefreshed(records, requester),
    ),
    (changed) => changed.surveys + changed.suppressions,
  );
}
