import { localDay } from '../measure/business-hours';
import type { Decision, DecisionKind } from '../measure/decision';
import type { Settings } from '../measure/settings';
import type { Reason } from '../model/survey';
import type { TicketEvent } from '../model/ticket';
import { DAY, type Instant } from '../model/time';
import type { Crypto, Ports, ZonedTime } from '../ports';
import { periodOf } from '../share/calendar';
import { andThen, type Step, settled } from '../step';
import { memoryPorts } from '../stores/memory-stores';
import { dispatchDue } from './dispatch-due';
import { onTicketEvent } from './on-ticket-event';

/** One decision of a replay, as an admin reads it: which ticket, what, when, for whom and why. */
export interface PolicyDecisionLine {
  readonly ticketId: string;
  readonly decision: DecisionKind;
  readonly at: Instant;
  /** When the invitation goes out: for `schedule` when it is due, for `send` when it went. */
  readonly sendAt?: Instant;
  readonly expiresAt?: Instant;
  readonly requester: string;
  readonly surveyId?: string;
  readonly reasons: readonly Reason[];
}

/** What a replay decided, counted. */
export interface PolicyPreviewSummary {
  readonly events: number;
  readonly tickets: number;
  /** Decisions by kind, in the order each kind first occurred. */
  readonly decisions: Readonly<Partial<Record<DecisionKind, number>>>;
  /** Invitations sent per ISO week (`2026-W45`) of the organisation's time zone, oldest first. */
  readonly surveysPerWeek: readonly { readonly week: string; readonly count: number }[];
  /**
   * Surveys withheld by the policy when they fell due (cancelled for fatigue or an opt-out, not for a reopening):
   * to an admin they are suppressions decided late, and count among them.
   */
  readonly withheld: number;
  /**
   * Suppressions, withheld surveys included, by reason code, most frequent first (ties in the order they first
   * occurred), each with the message of its first occurrence as an example an admin can read. A suppression with
   * several reasons counts under each.
   */
  readonly suppressionsByReason: readonly {
    readonly code: string;
    readonly message: string;
    readonly count: number;
  }[];
}

export interface PolicyReplay {
  readonly lines: readonly PolicyDecisionLine[];
  readonly summary: PolicyPreviewSummary;
}

export interface ReplayOptions {
  /** Dispatch runs up to this instant (default: until nothing is left to do). */
  readonly until?: Instant;
  /** Hears how many events are decided so far, every 500 events and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

const ORDER: Record<TicketEvent['type'], number> = {
  created: 0,
  updated: 1,
  resolved: 2,
  reopened: 3,
  closed: 4,
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A stable order for events: by time, ticket and type, then by content, so shuffled or repeated input is read alike.
 * @example canonicalOrder([resolvedAt10, createdAt9]) // [createdAt9, resolvedAt10]
 */
export function canonicalOrder(events: readonly TicketEvent[]): TicketEvent[] {
  const keyed = events.map((event) => ({ event, key: JSON.stringify(event) }));
  keyed.sort(
    (a, b) =>
      a.event.at - b.event.at ||
      compareText(a.event.ticket.id, b.event.ticket.id) ||
      ORDER[a.event.type] - ORDER[b.event.type] ||
      compareText(a.key, b.key),
  );
  return keyed.map(({ event }) => event);
}

/**
 * Runs the timing policy over past ticket events on scratch in-memory stores, so nothing real changes: every event
 * decided at its own time, and dispatch run whenever a survey falls due (sending, reminding, expiring) up to
 * `until`. Nobody answers, so reminders and expiries show as they would for silent requesters; surveys from before
 * the first event are unknown, so fatigue can only count what the replay itself sent. Synchronous throughout.
 * @example replayPolicy(events, settings, { zoned, crypto }).summary.decisions.send // 42
 */
export function replayPolicy(
  events: readonly TicketEvent[],
  settings: Settings,
  platform: { readonly zoned: ZonedTime; readonly crypto: Crypto },
  options: ReplayOptions = {},
): PolicyReplay {
  const ordered = canonicalOrder(events);
  const ports = {
    ...memoryPorts({ now: ordered[0]?.at ?? 0, zoned: platform.zoned, crypto: platform.crypto, settings }),
    // Nobody reads a replay's rollups: counting each decision into every segment key would only cost time.
    rollups: { apply: () => true, read: () => [], replaceKeyPart: () => 0 },
  };
  const lines: PolicyDecisionLine[] = [];
  const requesterOf = new Map<string, string>();
  const record = (decision: Decision) => {
    const surveyId =
      decision.kind === 'schedule'
        ? decision.survey.id
        : decision.kind === 'suppress'
          ? undefined
          : decision.surveyId;
    const survey = surveyId ? ports.surveys.get(surveyId) : undefined;
    const ticketId =
      decision.kind === 'schedule'
        ? decision.survey.ticketId
        : decision.kind === 'suppress'
          ? decision.ticketId
          : (survey?.ticketId ?? '');
    lines.push({
      ticketId,
      decision: decision.kind,
      at: decision.kind === 'schedule' ? ports.clock.now() : decision.at,
      ...(decision.kind === 'schedule' ? { sendAt: decision.survey.sendAt } : {}),
      ...(decision.kind === 'send' ? { sendAt: decision.at, expiresAt: decision.expiresAt } : {}),
      requester:
        decision.kind === 'suppress'
          ? decision.requesterId
          : (survey?.requester.id ?? requesterOf.get(ticketId) ?? ''),
      ...(surveyId ? { surveyId } : {}),
      reasons: decision.reasons,
    });
  };
  // Replayed time only moves forward, from the first event on.
  let now = Number.NEGATIVE_INFINITY;
  const moveTo = (instant: Instant) => {
    now = Math.max(now, instant);
    ports.clock.current = now;
  };
  const dispatchUntil = (limit: Instant) => {
    for (
      let due = ports.surveys.nextDue();
      due !== undefined && due <= limit;
      due = ports.surveys.nextDue()
    ) {
      moveTo(due);
      const result = settled(dispatchDue(ports, { limit: 500 }));
      for (const decision of result.decisions) record(decision);
      // A due survey the policy only moved (a reminder waiting for the morning) is due later now.
      if (result.processed === 0) break;
    }
  };
  const until = options.until ?? Number.POSITIVE_INFINITY;
  for (let index = 0; index < ordered.length; index++) {
    const event = ordered[index] as TicketEvent;
    if (index % 500 === 0) options.onProgress?.(index, ordered.length);
    dispatchUntil(Math.min(event.at, until));
    moveTo(event.at);
    requesterOf.set(event.ticket.id, event.ticket.requester.id);
    for (const decision of settled(onTicketEvent(ports, event))) record(decision);
  }
  dispatchUntil(until);
  options.onProgress?.(ordered.length, ordered.length);
  return {
    lines,
    summary: summarizeReplay(lines, ordered, settings.policy.timeZone, platform.zoned),
  };
}

/**
 * Counts a replay's decisions for an admin: by kind, invitations per ISO week, suppressions by reason.
 * @example summarizeReplay(lines, events, 'Europe/Helsinki', zoned).suppressionsByReason[0].code // 'fatigue-min-days'
 */
export function summarizeReplay(
  lines: readonly PolicyDecisionLine[],
  events: readonly TicketEvent[],
  timeZone: string,
  zoned: ZonedTime,
): PolicyPreviewSummary {
  const decisions: Partial<Record<DecisionKind, number>> = {};
  const weeks = new Map<string, number>();
  const reasons = new Map<string, { code: string; message: string; count: number }>();
  let withheld = 0;
  for (const line of lines) {
    decisions[line.decision] = (decisions[line.decision] ?? 0) + 1;
    if (line.decision === 'send') {
      const week = periodOf(localDay(zoned.toLocal(line.at, timeZone)), 'isoWeek');
      weeks.set(week, (weeks.get(week) ?? 0) + 1);
    }
    const withheldNow = line.decision === 'cancel' && !line.reasons.some((r) => r.code === 'reopened');
    if (withheldNow) withheld++;
    if (line.decision === 'suppress' || withheldNow)
      for (const { code, message } of line.reasons) {
        const known = reasons.get(code);
        if (known) known.count++;
        else reasons.set(code, { code, message, count: 1 });
      }
  }
  const tickets = new Set<string>();
  for (const event of events) tickets.add(event.ticket.id);
  return {
    events: events.length,
    tickets: tickets.size,
    decisions,
    withheld,
    surveysPerWeek: [...weeks]
      .map(([week, count]) => ({ week, count }))
      .sort((a, b) => compareText(a.week, b.week)),
    // Array.prototype.sort is stable (ES2019), so equal counts keep their first-seen order.
    suppressionsByReason: [...reasons.values()].sort((a, b) => b.count - a.count),
  };
}

/** The most events one preview replays; a longer history is cut there and the preview says so. */
export const MAX_PREVIEW_EVENTS = 20_000;

/** What the admin settings page shows for candidate settings: what the policy would have done lately. */
export interface PolicyPreview {
  /** The period replayed, as ISO instants: `days` days up to now. */
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly tickets: number;
  readonly events: number;
  readonly sent: number;
  /** Resolutions never surveyed: suppressed when decided, or withheld when they fell due (fatigue, opt-out). */
  readonly suppressed: number;
  readonly reminded: number;
  readonly expired: number;
  /** Surveys cancelled because their ticket was reopened before they went out. */
  readonly cancelled: number;
  readonly suppressionsByReason: PolicyPreviewSummary['suppressionsByReason'];
  readonly surveysPerWeek: PolicyPreviewSummary['surveysPerWeek'];
  /**
   * The history was cut: more than `MAX_PREVIEW_EVENTS` events, or more than the platform reads for one preview.
   * Only the oldest events were replayed.
   */
  readonly truncated: boolean;
}

/**
 * The timing policy of `settings` replayed over the platform's ticket events of the last `days` days, up to now,
 * on scratch stores: the real stores are only read. `undefined` when the platform keeps no history.
 * @example await previewPolicy(ports, candidate, 30) // { sent: 212, suppressed: 40, … }
 */
export function previewPolicy(
  ports: Ports,
  settings: Settings,
  days: number,
): Step<PolicyPreview | undefined> {
  const { history } = ports;
  if (!history) return undefined;
  const to = ports.clock.now();
  const from = to - days * DAY;
  return andThen(history.ticketEvents(from, to, MAX_PREVIEW_EVENTS), (found) => {
    // A source may not have stopped at the limit itself.
    const events = found.events.slice(0, MAX_PREVIEW_EVENTS);
    const truncated = !found.complete || found.events.length > MAX_PREVIEW_EVENTS;
    const { summary } = replayPolicy(events, settings, ports, { until: to });
    const count = (kind: DecisionKind) => summary.decisions[kind] ?? 0;
    return {
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      days,
      tickets: summary.tickets,
      events: summary.events,
      sent: count('send'),
      suppressed: count('suppress') + summary.withheld,
      reminded: count('remind'),
      expired: count('expire'),
      cancelled: count('cancel') - summary.withheld,
      suppressionsByReason: summary.suppressionsByReason,
      surveysPerWeek: summary.surveysPerWeek,
      truncated,
    };
  });
}
