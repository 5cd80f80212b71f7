// As it was before the policy's hot paths were tuned: kept verbatim as the baseline the bench compares with.

import type { SurveyHistory } from '../../../src/measure/history';
import type { Policy } from '../../../src/measure/policy';
import { isSampled } from '../../../src/measure/sampling';
import type { Reason } from '../../../src/model/survey';
import type { Ticket } from '../../../src/model/ticket';
import { reason } from './decision';

const normal = (value: string): string => value.trim().toLowerCase();
const listed = (list: readonly string[], value: string | undefined): boolean =>
  value !== undefined && list.some((item) => normal(item) === normal(value));
const percent = (rate: number): string => `${Math.round(rate * 1000) / 10}%`;

/**
 * Every rule that keeps a resolution of `ticket` from being surveyed, whatever the timing: ticket kind, resolution
 * code, request type, service accounts, opt-out, a requester who resolved their own ticket, and sampling. All
 * matching reasons are returned so an admin sees the whole story.
 * @example exclusionReasons({ …ticket, resolutionCode: 'Duplicate' }, history, policy) // [{ code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed' }]
 */
export function exclusionReasons(ticket: Ticket, history: SurveyHistory, policy: Policy): readonly Reason[] {
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
