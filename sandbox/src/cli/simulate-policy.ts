import {
  type Decision,
  dispatchDue,
  type Instant,
  onTicketEvent,
  periodOf,
  type Settings,
  settled,
  type TicketEvent,
} from '@xloop/shared-core';
import { isoWithOffset } from '../formats/iso-offset';
import { openSandbox } from '../sandbox-ports';

/** One line of `xloop simulate` output: a survey decision, as an admin reads it. */
export interface DecisionLine {
  readonly ticketId: string;
  readonly decision: Decision['kind'];
  readonly at: string;
  readonly sendAt?: string;
  readonly expiresAt?: string;
  readonly requester: string;
  readonly surveyId?: string;
  readonly reasons: readonly string[];
  readonly codes: readonly string[];
}

export interface PolicySummary {
  readonly events: number;
  readonly decisions: Readonly<Record<string, number>>;
  readonly surveysPerWeek: Readonly<Record<string, number>>;
  readonly suppressionsByReason: Readonly<Record<string, number>>;
}

const ORDER: Record<TicketEvent['type'], number> = {
  created: 0,
  updated: 1,
  resolved: 2,
  reopened: 3,
  closed: 4,
};

/** A stable order for events: by time, ticket and type, so shuffled or repeated input is read alike. */
export function canonicalOrder(events: readonly TicketEvent[]): TicketEvent[] {
  const keyed = events.map((event) => ({ event, key: JSON.stringify(event) }));
  keyed.sort(
    (a, b) =>
      a.event.at - b.event.at ||
      (a.event.ticket.id < b.event.ticket.id ? -1 : a.event.ticket.id > b.event.ticket.id ? 1 : 0) ||
      ORDER[a.event.type] - ORDER[b.event.type] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return keyed.map(({ event }) => event);
}

/**
 * Runs the timing policy over historical events on a scratch database: every event decided at its own time, and
 * dispatch run whenever a survey falls due (sending, reminding, expiring), until nothing is left to do. Nobody
 * answers, so reminders and expiries show as they would for silent requesters.
 */
export function simulatePolicy(
  events: readonly TicketEvent[],
  settings: Settings,
  onProgress?: (done: number, total: number) => void,
): { readonly lines: readonly DecisionLine[]; readonly summary: PolicySummary } {
  const ports = openSandbox(':memory:', settings);
  const zone = settings.policy.timeZone;
  const iso = (instant: Instant) => isoWithOffset(instant, zone, ports.zoned);
  const lines: DecisionLine[] = [];
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
    const requester =
      decision.kind === 'suppress'
        ? decision.requesterId
        : (survey?.requester.id ?? requesterOf.get(ticketId) ?? '');
    const at = decision.kind === 'schedule' ? ports.clock.now() : decision.at;
    lines.push({
      ticketId,
      decision: decision.kind,
      at: iso(at),
      ...(decision.kind === 'schedule' ? { sendAt: iso(decision.survey.sendAt) } : {}),
      ...(decision.kind === 'send' ? { sendAt: iso(decision.at), expiresAt: iso(decision.expiresAt) } : {}),
      requester,
      ...(surveyId ? { surveyId } : {}),
      reasons: decision.reasons.map((r) => r.message),
      codes: decision.reasons.map((r) => r.code),
    });
  };
  // Simulated time only moves forward, from the first event on.
  let now = Number.NEGATIVE_INFINITY;
  const moveTo = (instant: Instant) => {
    now = Math.max(now, instant);
    ports.clock.set(now);
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
  const ordered = canonicalOrder(events);
  for (const [index, event] of ordered.entries()) {
    if (index % 500 === 0) onProgress?.(index, ordered.length);
    dispatchUntil(event.at);
    moveTo(event.at);
    requesterOf.set(event.ticket.id, event.ticket.requester.id);
    for (const decision of settled(onTicketEvent(ports, event))) record(decision);
  }
  dispatchUntil(Number.POSITIVE_INFINITY);
  onProgress?.(ordered.length, ordered.length);
  ports.close();

  const decisions: Record<string, number> = {};
  const surveysPerWeek: Record<string, number> = {};
  const suppressionsByReason: Record<string, number> = {};
  for (const line of lines) {
    decisions[line.decision] = (decisions[line.decision] ?? 0) + 1;
    if (line.decision === 'send') {
      const week = periodOf(line.at.slice(0, 10), 'isoWeek');
      surveysPerWeek[week] = (surveysPerWeek[week] ?? 0) + 1;
    }
    if (line.decision === 'suppress')
      for (const code of line.codes) suppressionsByReason[code] = (suppressionsByReason[code] ?? 0) + 1;
  }
  return { lines, summary: { events: ordered.length, decisions, surveysPerWeek, suppressionsByReason } };
}
