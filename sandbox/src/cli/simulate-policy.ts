import {
  type DecisionKind,
  type Instant,
  type PolicyDecisionLine,
  replayPolicy,
  type Settings,
  type TicketEvent,
} from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { isoWithOffset } from '../formats/iso-offset';

/** One line of `xloop simulate` output: a survey decision, as an admin reads it. */
export interface DecisionLine {
  readonly ticketId: string;
  readonly decision: DecisionKind;
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

/**
 * The core's policy replay (`replayPolicy`) over historical events, as `xloop simulate` prints it: times in the
 * policy's zone with their offset, reasons and codes side by side, counts keyed by name.
 */
export function simulatePolicy(
  events: readonly TicketEvent[],
  settings: Settings,
  onProgress?: (done: number, total: number) => void,
): { readonly lines: readonly DecisionLine[]; readonly summary: PolicySummary } {
  const zone = settings.policy.timeZone;
  const iso = (instant: Instant) => isoWithOffset(instant, zone, dateFnsZonedTime);
  const replay = replayPolicy(
    events,
    settings,
    { zoned: dateFnsZonedTime, crypto: nodeCrypto },
    onProgress ? { onProgress } : {},
  );
  const lines = replay.lines.map(
    (line: PolicyDecisionLine): DecisionLine => ({
      ticketId: line.ticketId,
      decision: line.decision,
      at: iso(line.at),
      ...(line.sendAt !== undefined ? { sendAt: iso(line.sendAt) } : {}),
      ...(line.expiresAt !== undefined ? { expiresAt: iso(line.expiresAt) } : {}),
      requester: line.requester,
      ...(line.surveyId ? { surveyId: line.surveyId } : {}),
      reasons: line.reasons.map((r) => r.message),
      codes: line.reasons.map((r) => r.code),
    }),
  );
  const { summary } = replay;
  // The JSON summary keeps reasons in the order they first occurred, as it always has.
  const firstSeen = [...new Set(lines.filter((l) => l.decision === 'suppress').flatMap((l) => l.codes))];
  const counts = new Map(summary.suppressionsByReason.map((r) => [r.code, r.count]));
  return {
    lines,
    summary: {
      events: summary.events,
      decisions: summary.decisions,
      surveysPerWeek: Object.fromEntries(summary.surveysPerWeek.map((w) => [w.week, w.count])),
      suppressionsByReason: Object.fromEntries(firstSeen.map((code) => [code, counts.get(code) ?? 0])),
    },
  };
}
