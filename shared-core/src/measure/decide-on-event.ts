import type { Survey } from '../model/survey';
import type { Ticket, TicketEvent } from '../model/ticket';
import { DAY, type Instant, MINUTE } from '../model/time';
import { formatLocal, nextBusinessInstant, type SendingWindow } from './business-hours';
import { type Decision, reason } from './decision';
import { exclusionReasons } from './exclusions';
import { fatigueReasons } from './fatigue';
import type { PolicyContext, SurveyHistory } from './history';
import { isoInstant as iso } from './iso-instant';
import { keptText } from './kept-text';
import type { Policy } from './policy';
import { resolutionKey } from './resolution';

/**
 * The resolution an event reports, if any: the ticket is resolved or closed and says when. A `resolved` event
 * without a resolution time is resolved at the event. Closure alone never starts a survey.
 * @example resolutionOf(resolvedEvent) // Date.UTC(2026, 10, 24, 9)
 */
export function resolutionOf(event: TicketEvent): Instant | undefined {
  const { ticket } = event;
  if (ticket.status === 'open') return undefined;
  if (ticket.resolvedAt !== undefined) return ticket.resolvedAt;
  return event.type === 'resolved' ? event.at : undefined;
}

/**
 * When an event shows the ticket open again: any snapshot with an open status. Only openings after a resolution
 * matter, so a late-delivered `created` event changes nothing.
 * @example reopeningOf(reopenedEvent) // its `at`
 */
export function reopeningOf(event: TicketEvent): Instant | undefined {
  return event.ticket.status === 'open' ? event.at : undefined;
}

/**
 * The window invitations to this requester go out in: the policy's hours, in the requester's zone when it is known
 * and valid, else in the policy's zone.
 * @example sendingWindowFor(requester, policy, zoned).timeZone // 'Europe/Helsinki'
 */
export function sendingWindowFor(
  requester: Ticket['requester'],
  policy: Policy,
  zoned: PolicyContext['zoned'],
): SendingWindow {
  const own = requester.timeZone;
  const timeZone = own !== undefined && zoned.isValidTimeZone(own) ? own : policy.timeZone;
  return { businessHours: policy.businessHours, holidays: policy.holidays, timeZone };
}

/**
 * The timing policy's answer to one ticket event: the decisions it adds, or none when the event tells nothing
 * new. Idempotent and order-free under at-least-once delivery: a resolution already decided (surveyed or
 * suppressed) decides nothing again, a newer resolution supersedes an older one still waiting, and an opening
 * after a resolution cancels its waiting survey (the grace delay).
 * @example
 * decideOnEvent(resolvedEvent, EMPTY_HISTORY, { policy, zoned, now })
 * // [{ kind: 'schedule', survey: { sendAt: …, state: 'scheduled' }, reasons: [{ code: 'scheduled', … }] }]
 */
export function decideOnEvent(
  event: TicketEvent,
  history: SurveyHistory,
  context: PolicyContext,
): readonly Decision[] {
  const reopened = reopeningOf(event);
  if (reopened !== undefined)
    return cancelWaiting(
      history,
      reopened,
      context.now,
      'reopened',
      () => `ticket reopened at ${iso(reopened)}`,
    );
  const resolvedAt = resolutionOf(event);
  if (resolvedAt === undefined) return [];
  return decideResolution(event.ticket, resolvedAt, history, context);
}

/** Cancels this ticket's surveys still waiting from before `before`; the message is written only if there are any. */
function cancelWaiting(
  history: SurveyHistory,
  before: Instant,
  now: Instant,
  code: string,
  message: () => string,
): readonly Decision[] {
  const waiting = history.ticketSurveys.filter(
    (survey) => survey.state === 'scheduled' && survey.resolvedAt < before,
  );
  if (waiting.length === 0) return waiting as [];
  const why = `${message()}, before the invitation went out`;
  return waiting.map((survey) => ({
    kind: 'cancel' as const,
    surveyId: survey.id,
    at: now,
    reasons: [reason(code, why)],
  }));
}

function decideResolution(
  ticket: Ticket,
  resolvedAt: Instant,
  history: SurveyHistory,
  { policy, zoned, now }: PolicyContext,
): readonly Decision[] {
  const key = resolutionKey(ticket.id, resolvedAt);
  if (history.suppressedResolutions.indexOf(key) >= 0) return [];
  if (history.ticketSurveys.some((survey) => survey.resolutionKey === key)) return [];

  const superseded = cancelWaiting(
    history,
    resolvedAt,
    now,
    'superseded',
    () => `ticket resolved again at ${iso(resolvedAt)}`,
  );
  // A fresh list on every call, so it is added to in place; the checks below allocate only when they find something.
  const reasons = exclusionReasons(ticket, history, policy);
  let reopenedAfter: Instant | undefined;
  for (const at of history.reopenedAt)
    if (at > resolvedAt && (reopenedAfter === undefined || at < reopenedAfter)) reopenedAfter = at;
  if (reopenedAfter !== undefined) {
    reasons.push(reason('reopened', `ticket reopened at ${iso(reopenedAfter)}, after this resolution`));
  }
  if (history.ticketSurveys.some((survey) => survey.resolvedAt > resolvedAt && survey.state !== 'cancelled'))
    reasons.push(reason('superseded', 'a later resolution of this ticket is surveyed instead'));
  if (now - resolvedAt > policy.expireAfterDays * DAY) {
    reasons.push(
      reason(
        'too-late',
        `resolved ${Math.floor((now - resolvedAt) / DAY)} days ago, surveys expire after ${policy.expireAfterDays}`,
      ),
    );
  }

  const window = sendingWindowFor(ticket.requester, policy, zoned);
  const earliest = resolvedAt + policy.graceMinutes * MINUTE;
  const sendAt = nextBusinessInstant(earliest, window, zoned);
  if (sendAt === undefined) {
    reasons.push(reason('no-business-hours', `no business hours in ${window.timeZone} within a year`));
  } else {
    // Only invitations that went out count here. Two resolutions still waiting are both scheduled, and the one
    // due first (by time, then id) is sent while the other is cancelled at its turn: which one is surveyed then
    // does not depend on the order their events arrived in.
    for (const tired of fatigueReasons(policy, history.requesterSurveys, sendAt, false)) reasons.push(tired);
  }

  if (reasons.length > 0 || sendAt === undefined) {
    const suppress: Decision = {
      kind: 'suppress',
      ticketId: ticket.id,
      resolutionKey: key,
      resolvedAt,
      requesterId: ticket.requester.id,
      at: now,
      reasons,
    };
    return superseded.length === 0 ? [suppress] : [...superseded, suppress];
  }
  const when = formatLocal(sendAt, window.timeZone, zoned);
  const scheduled = reason('scheduled', scheduledSentence(when, policy.graceMinutes, sendAt === earliest));
  // Every scheduled resolution is kept as a survey, so it is built without spreads or copies: one id string (the
  // resolution key is the survey id), one reasons list shared by the survey and its decision.
  const why = [scheduled];
  const { agentId } = ticket;
  const survey: Survey =
    agentId !== undefined
      ? {
          id: key,
          ticketId: ticket.id,
          resolutionKey: key,
          kind: ticket.kind,
          requester: ticket.requester,
          agentId,
          segment: ticket.segment,
          state: 'scheduled',
          resolvedAt,
          sendAt,
          reasons: why,
        }
      : {
          id: key,
          ticketId: ticket.id,
          resolutionKey: key,
          kind: ticket.kind,
          requester: ticket.requester,
          segment: ticket.segment,
          state: 'scheduled',
          resolvedAt,
          sendAt,
          reasons: why,
        };
  const schedule: Decision = { kind: 'schedule', survey, reasons: why };
  return superseded.length === 0 ? [schedule] : [...superseded, schedule];
}

// Surveys due at the same opening share one sentence rather than each keeping a copy: most go out at a day's
// opening, and every survey is kept.
const sentences = [new Map<number, Map<string, string>>(), new Map<number, Map<string, string>>()];
const SENTENCES_PER_GRACE = 20_000;

function scheduledSentence(when: string, graceMinutes: number, afterGrace: boolean): string {
  const byGrace = sentences[afterGrace ? 1 : 0] as Map<number, Map<string, string>>;
  let byWhen = byGrace.get(graceMinutes);
  if (byWhen === undefined) {
    byWhen = new Map();
    byGrace.set(graceMinutes, byWhen);
  }
  let sentence = byWhen.get(when);
  if (sentence === undefined) {
    sentence = afterGrace
      ? `for ${when}, ${graceMinutes} min after resolution`
      : `for ${when}, the requester's next business hours after the ${graceMinutes}-min grace period`;
    if (byWhen.size >= SENTENCES_PER_GRACE) byWhen.clear();
    byWhen.set(when, keptText(sentence));
  }
  return sentence;
}
