// As it was before the policy's hot paths were tuned: kept verbatim as the baseline the bench compares with.

import type { PolicyContext, SurveyHistory } from '../../../src/measure/history';
import { compareNatural } from '../../../src/measure/natural-order';
import type { Policy } from '../../../src/measure/policy';
import type { Survey } from '../../../src/model/survey';
import { DAY, HOUR, type Instant } from '../../../src/model/time';
import { formatLocal, isWithinBusinessHours, nextBusinessInstant } from './business-hours';
import { sendingWindowFor } from './decide-on-event';
import { type Decision, reason } from './decision';
import { fatigueReasons } from './fatigue';

/**
 * When a survey next needs the dispatcher: its send time, its reminder or its expiry; `undefined` once it is
 * closed. Stores index this so dispatch reads only what is due.
 * @example nextDueAt({ state: 'sent', sentAt, expiresAt, … }, policy) // sentAt + 48 h
 */
export function nextDueAt(survey: Survey, policy: Pick<Policy, 'reminderAfterHours'>): Instant | undefined {
  switch (survey.state) {
    case 'scheduled':
      return survey.sendAt;
    case 'sent': {
      const expiry = survey.expiresAt ?? Number.POSITIVE_INFINITY;
      const reminder =
        policy.reminderAfterHours === null || survey.sentAt === undefined
          ? Number.POSITIVE_INFINITY
          : survey.sentAt + policy.reminderAfterHours * HOUR;
      const due = Math.min(expiry, reminder);
      return Number.isFinite(due) ? due : undefined;
    }
    case 'reminded':
      return survey.expiresAt;
    default:
      return undefined;
  }
}

/**
 * The timing policy's answer to a survey that may be due at `now`: send it, remind, expire, cancel it (reopened,
 * opted out, or fatigue broken by a survey that went out meanwhile), move it into the next business hours, or
 * `null` when nothing is due yet. Fatigue is checked here against what was actually sent, and against the
 * requester's surveys due now for earlier resolutions, which go first.
 * @example decideDue(scheduledSurvey, history, { policy, zoned, now: scheduledSurvey.sendAt }) // { kind: 'send', … }
 */
export function decideDue(survey: Survey, history: SurveyHistory, context: PolicyContext): Decision | null {
  const { policy, zoned, now } = context;
  const window = sendingWindowFor(survey.requester, policy, zoned);
  const cancel = (code: string, message: string): Decision => ({
    kind: 'cancel',
    surveyId: survey.id,
    at: now,
    reasons: [reason(code, message)],
  });

  if (survey.state === 'scheduled') {
    if (now < survey.sendAt) return null;
    const reopened = history.reopenedAt.find((at) => at > survey.resolvedAt);
    if (reopened !== undefined)
      return cancel('reopened', `ticket reopened at ${new Date(reopened).toISOString()}`);
    if (history.optedOut) return cancel('opted-out', 'requester opted out of surveys');
    // A survey of the requester going out now for an earlier resolution comes first, whichever of the two the
    // dispatcher reaches first: which one is sent never depends on the order the events or batches came in.
    const others = history.requesterSurveys
      .filter((other) => other.id !== survey.id)
      .map((other) =>
        other.state === 'scheduled' && other.sendAt <= now && goesFirst(other, survey)
          ? { ...other, sentAt: now }
          : other,
      );
    const fatigue = fatigueReasons(policy, others, now, false);
    if (fatigue.length > 0) return { kind: 'cancel', surveyId: survey.id, at: now, reasons: fatigue };
    if (!isWithinBusinessHours(now, window, zoned)) {
      const next = nextBusinessInstant(now, window, zoned);
      if (next === undefined)
        return cancel('no-business-hours', `no business hours in ${window.timeZone} within a year`);
      const moved = reason(
        'outside-business-hours',
        `moved to ${formatLocal(next, window.timeZone, zoned)}, outside business hours`,
      );
      return {
        kind: 'schedule',
        survey: { ...survey, sendAt: next, reasons: [...survey.reasons, moved] },
        reasons: [moved],
      };
    }
    const expiresAt = now + policy.expireAfterDays * DAY;
    return {
      kind: 'send',
      surveyId: survey.id,
      at: now,
      expiresAt,
      reasons: [
        reason(
          'due',
          `due since ${formatLocal(survey.sendAt, window.timeZone, zoned)}; expires after ${policy.expireAfterDays} days`,
        ),
      ],
    };
  }

  if (survey.state !== 'sent' && survey.state !== 'reminded') return null;
  if (survey.expiresAt !== undefined && now >= survey.expiresAt) {
    return {
      kind: 'expire',
      surveyId: survey.id,
      at: now,
      reasons: [reason('expired', `unanswered ${policy.expireAfterDays} days after it was sent`)],
    };
  }
  if (
    survey.state === 'sent' &&
    policy.reminderAfterHours !== null &&
    survey.sentAt !== undefined &&
    now >= survey.sentAt + policy.reminderAfterHours * HOUR &&
    isWithinBusinessHours(now, window, zoned)
  ) {
    return {
      kind: 'remind',
      surveyId: survey.id,
      at: now,
      reasons: [
        reason('reminder', `unanswered ${policy.reminderAfterHours} h after it was sent; the only reminder`),
      ],
    };
  }
  return null;
}

/** Of two surveys of one requester due together, the earlier resolution goes first; the same instant, the lower id. */
const goesFirst = (a: Survey, b: Survey): boolean =>
  a.resolvedAt < b.resolvedAt || (a.resolvedAt === b.resolvedAt && compareNatural(a.id, b.id) < 0);
