import { isWithinBusinessHours, nextBusinessInstant } from '../measure/business-hours';
import { decideDue, nextDueAt } from '../measure/decide-due';
import { sendingWindowFor } from '../measure/decide-on-event';
import { type Decision, reason } from '../measure/decision';
import { TICKET_SURVEY } from '../measure/instrument';
import { resolveLocale } from '../measure/locale';
import type { Policy } from '../measure/policy';
import { applyDecision } from '../measure/survey-lifecycle';
import { signToken } from '../measure/token';
import type { Score } from '../model/response';
import type { Survey } from '../model/survey';
import { DAY, HOUR, type Instant, MINUTE } from '../model/time';
import type { DeliveryResult, OutgoingSurvey, Ports, ZonedTime } from '../ports';
import { outcomeDelta, rollupDay } from '../share/rollup-day';
import { rollupKeysFor } from '../share/segment-key';
import { all, andThen, attempt, forEach, type Step } from '../step';
import { finishPending } from './submit-response';

/** What one dispatch run did. */
export interface DispatchResult {
  readonly processed: number;
  readonly decisions: readonly Decision[];
  /** Deliveries that will be tried again, and ones given up. */
  readonly retried: number;
  readonly undeliverable: number;
  /** The batch was full: call again (a serverless invocation can stop here and resume in the next). */
  readonly more: boolean;
}

/** Attempts before a message is given up; the back-off doubles from one minute up to an hour. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const backoff = (attempts: number): number => Math.min(HOUR, MINUTE * 2 ** Math.max(0, attempts - 1));

/**
 * Sends, reminds, expires, cancels or moves the surveys that are due, at most `limit` per call, in due order.
 * Each survey is finished (delivered, counted, saved) before the next, so stopping between calls loses nothing;
 * a delivery that fails is tried again with back-off, and given up after `MAX_DELIVERY_ATTEMPTS`.
 * @example const { more } = await dispatchDue(ports, { limit: 50 })
 */
export function dispatchDue(ports: Ports, options: { readonly limit?: number } = {}): Step<DispatchResult> {
  const limit = options.limit ?? 50;
  const now = ports.clock.now();
  // Answers interrupted between their two writes are finished first, so no count stays missing.
  const repaired = andThen(ports.responses.pending(limit), (pending) =>
    forEach(pending, (response) => finishPending(ports, response)),
  );
  return andThen(repaired, () =>
    andThen(
      all([
        () => ports.settings.settings(),
        () => ports.surveys.due(now, limit),
        () => ports.settings.keyring(),
      ] as const),
      ([settings, batch, keyring]) => {
        const { policy } = settings;
        const decisions: Decision[] = [];
        let retried = 0;
        let undeliverable = 0;
        return andThen(
          forEach(batch, (survey) =>
            andThen(
              all([
                () => ports.surveys.forRequester(survey.requester.id, now - 60 * DAY),
                () => ports.surveys.reopeningsFor(survey.ticketId),
                () => ports.surveys.isOptedOut(survey.requester.id),
              ] as const),
              ([requesterSurveys, reopenedAt, optedOut]) => {
                const history = {
                  requesterSurveys,
                  ticketSurveys: [],
                  suppressedResolutions: [],
                  reopenedAt,
                  optedOut,
                };
                const decision = decideDue(survey, history, { policy, zoned: ports.zoned, now });
                if (decision === null)
                  return ports.surveys.save(survey, waitUntil(survey, policy, ports.zoned, now));
                if (decision.kind !== 'send' && decision.kind !== 'remind') {
                  decisions.push(decision);
                  return finish(ports, survey, decision, policy);
                }
                const message = outgoing(ports, survey, decision, keyring);
                return andThen(
                  attempt(
                    () => ports.delivery.send(message),
                    (error): DeliveryResult => ({
                      status: 'retry',
                      reason: error instanceof Error ? error.message : String(error),
                    }),
                  ),
                  (result) => {
                    if (result.status === 'sent') {
                      decisions.push(decision);
                      return finish(ports, { ...survey, deliveryAttempts: 0 }, decision, policy);
                    }
                    const attempts = (survey.deliveryAttempts ?? 0) + 1;
                    if (result.status === 'retry' && attempts < MAX_DELIVERY_ATTEMPTS) {
                      retried++;
                      const retryAt = now + Math.max(result.retryAfterMs ?? 0, backoff(attempts));
                      return ports.surveys.save({ ...survey, deliveryAttempts: attempts }, retryAt);
                    }
                    undeliverable++;
                    const why = reason(
                      'undeliverable',
                      `could not be delivered after ${attempts} attempts: ${result.reason}`,
                    );
                    // An invitation that cannot be delivered is cancelled; a reminder is dropped and the survey stays open.
                    const giveUp: Decision =
                      decision.kind === 'send'
                        ? { kind: 'cancel', surveyId: survey.id, at: now, reasons: [why] }
                        : { kind: 'remind', surveyId: survey.id, at: now, reasons: [why] };
                    decisions.push(giveUp);
                    return finish(ports, { ...survey, deliveryAttempts: 0 }, giveUp, policy);
                  },
                );
              },
            ),
          ),
          () => ({
            processed: batch.length,
            decisions,
            retried,
            undeliverable,
            more: batch.length === limit,
          }),
        );
      },
    ),
  );
}

/** Applies a decision to the survey, counts what rollups count, and saves it. */
function finish(ports: Ports, survey: Survey, decision: Decision, policy: Policy): Step<void> {
  const result = applyDecision(survey, decision);
  if (!result.ok) return ports.surveys.save(survey, undefined);
  const next = result.value;
  const outcome = decision.kind === 'send' ? 'sent' : decision.kind === 'expire' ? 'expired' : undefined;
  const counted =
    outcome === undefined
      ? undefined
      : ports.rollups.apply(
          `${outcome}:${survey.id}`,
          rollupDay(survey.resolvedAt, policy.timeZone, ports.zoned),
          rollupKeysFor(survey.segment),
          outcomeDelta(outcome),
        );
  return andThen(counted, () => ports.surveys.save(next, nextDueAt(next, policy)));
}

/** When a survey that is not due after all should be looked at again: a reminder waiting for business hours. */
function waitUntil(survey: Survey, policy: Policy, zoned: ZonedTime, now: Instant): Instant | undefined {
  const due = nextDueAt(survey, policy);
  if (due === undefined || due > now) return due;
  const window = sendingWindowFor(survey.requester, policy, zoned);
  const open = isWithinBusinessHours(now, window, zoned)
    ? now + MINUTE
    : nextBusinessInstant(now, window, zoned);
  const expiry = survey.expiresAt ?? Number.POSITIVE_INFINITY;
  return Math.min(open ?? expiry, expiry);
}

function outgoing(
  ports: Ports,
  survey: Survey,
  decision: Decision & { kind: 'send' | 'remind' },
  keyring: Parameters<typeof signToken>[1]['keyring'],
): OutgoingSurvey {
  const expiresAt =
    decision.kind === 'send' ? decision.expiresAt : (survey.expiresAt ?? decision.at + 14 * DAY);
  const kind = decision.kind === 'send' ? 'invitation' : 'reminder';
  // An invitation's links and a reminder's are signed apart, so neither stands for the other.
  const claims = {
    surveyId: survey.id,
    ticketId: survey.ticketId,
    recipient: survey.requester.id,
    expiresAt,
    purpose: kind,
  } as const;
  const sign = (score?: Score) =>
    signToken(score === undefined ? claims : { ...claims, score }, { crypto: ports.crypto, keyring });
  const scores: string[] = [];
  for (let score = 0; score <= 10; score++) scores.push(sign(score as Score));
  return {
    kind,
    survey,
    locale:
      resolveLocale(survey.requester.locale ?? '', Object.keys(TICKET_SURVEY.messages)) ??
      TICKET_SURVEY.defaultLocale,
    tokens: { open: sign(), scores },
    idempotencyKey: `${survey.id}/${kind}`,
  };
}
