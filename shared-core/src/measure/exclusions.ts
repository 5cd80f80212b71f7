import type { Reason } from '../model/survey';
import type { Ticket } from '../model/ticket';
import { reason } from './decision';
import type { SurveyHistory } from './history';
import type { Policy } from './policy';
import { isSampled } from './sampling';

const normal = (value: string): string => value.trim().toLowerCase();
// A policy's lists are normalised once per list, not once per decision.
const normalisedLists = new WeakMap<readonly string[], ReadonlySet<string>>();
function listed(list: readonly string[], value: string | undefined): boolean {
  if (value === undefined || list.length === 0) return false;
  let normalised = normalisedLists.get(list);
  if (normalised === undefined) {
    normalised = new Set(list.map(normal));
    normalisedLists.set(list, normalised);
  }
  return normalised.has(normal(value));
}
const percent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

/**
 * Every rule that keeps a resolution of `ticket` from being surveyed, whatever the timing: ticket kind, resolution
 * code, request type, service accounts, opt-out, a requester who resolved their own ticket, and sampling. All
 * matching reasons are returned so an admin sees the whole story.
 * @example exclusionReasons({ …ticket, resolutionCode: 'Duplicate' }, history, policy) // [{ code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed' }]
 */
export function exclusionReasons(ticket: Ticket, history: SurveyHistory, policy: Policy): Reason[] {
  const reasons: Reason[] = [];
  if (policy.surveyKinds.indexOf(ticket.kind) < 0) {
    reasons.push(
      reason('excluded-kind', `${ticket.kind === 'incident' ? 'incidents' : 'requests'} are not surveyed`),
    );
  }
  if (listed(policy.excludedResolutionCodes, ticket.resolutionCode)) {
    reasons.push(reason('excluded-resolution', `resolution "${ticket.resolutionCode}" is not surveyed`));
  }
  if (listed(policy.excludedRequestTypes, ticket.requestType)) {
    reasons.push(reason('excluded-request-type', `request type "${ticket.requestType}" is not surveyed`));
  }
  const { requester } = ticket;
  if (
    requester.isServiceAccount === true ||
    listed(policy.serviceAccounts, requester.id) ||
    listed(policy.serviceAccounts, requester.email)
  ) {
    reasons.push(
      reason('service-account', `requester ${requester.email ?? requester.id} is a service account`),
    );
  }
  if (history.optedOut) reasons.push(reason('opted-out', 'requester opted out of surveys'));
  if (ticket.agentId !== undefined && ticket.agentId === requester.id) {
    reasons.push(reason('requester-is-agent', 'requester resolved their own ticket'));
  }
  if (!isSampled(ticket.id, policy.samplingRate)) {
    reasons.push(reason('not-sampled', `ticket is outside the ${percent(policy.samplingRate)} sample`));
  }
  return reasons;
}
