import { reason } from '../measure/decision';
import { resolutionKey, surveyIdFor } from '../measure/resolution';
import type { Score } from '../model/response';
import type { Survey } from '../model/survey';
import type { Ticket } from '../model/ticket';
import type { Instant } from '../model/time';
import type { Ports, StoredResponse } from '../ports';
import { mergeAll, responseDelta } from '../share/rollup';
import { outcomeDelta, rollupDay, ticketSegment } from '../share/rollup-day';
import { rollupKeysFor } from '../share/segment-key';
import { all, andThen, type Step } from '../step';

/** A rating the platform collected before XLoop: JSM's 1–5 CSAT, a ServiceNow survey result. */
export interface HistoricalRating {
  readonly value: number;
  /** The scale it was given on; 1–5 for JSM CSAT. */
  readonly scale: { readonly min: number; readonly max: number };
  readonly answeredAt: Instant;
  readonly comment?: string;
}

/**
 * A rating on the 0–10 scale: the rating's position on its scale, stretched and rounded. On 1–5 that is 1 → 0,
 * 2 → 3, 3 → 5, 4 → 8, 5 → 10, so 4 counts as passive, 5 as a promoter and 1–3 as detractors.
 * @example toScore({ value: 4, scale: { min: 1, max: 5 }, answeredAt }) // 8
 */
export function toScore(rating: Pick<HistoricalRating, 'value' | 'scale'>): Score | undefined {
  const { min, max } = rating.scale;
  if (!(max > min) || !(rating.value >= min && rating.value <= max)) return undefined;
  return Math.round(((rating.value - min) / (max - min)) * 10) as Score;
}

export type ImportOutcome = 'imported' | 'already-known' | 'invalid-rating';

/**
 * Backfills one resolved ticket from a platform's history, so baselines exist before XLoop goes live: the
 * resolution counts in the ticket volume and, with a rating, as a sent and answered survey with its score. Nothing
 * is sent for it, and a later live event for the same resolution decides nothing new. Importing the same ticket
 * again changes nothing.
 * @example await importHistory(ports, ticket, resolvedAt, { value: 5, scale: { min: 1, max: 5 }, answeredAt })
 */
export function importHistory(
  ports: Ports,
  ticket: Ticket,
  resolvedAt: Instant,
  rating?: HistoricalRating,
): Step<ImportOutcome> {
  const key = resolutionKey(ticket.id, resolvedAt);
  const score = rating ? toScore(rating) : undefined;
  if (rating && score === undefined) return 'invalid-rating';
  return andThen(
    all([
      () => ports.settings.settings(),
      () => ports.surveys.get(surveyIdFor(ticket.id, resolvedAt)),
      () => ports.surveys.suppressedFor(ticket.id),
    ] as const),
    ([settings, existing, suppressed]) => {
      if (existing || suppressed.indexOf(key) >= 0) return 'already-known' as const;
      const segment = ticketSegment(ticket);
      const day = rollupDay(resolvedAt, settings.policy.timeZone, ports.zoned);
      const keys = rollupKeysFor(segment);
      const imported = reason('imported', 'imported from the platform’s history; no survey sent');
      if (!rating || score === undefined) {
        return andThen(ports.rollups.apply(`resolved:${key}`, day, keys, outcomeDelta('resolved')), () =>
          andThen(
            ports.surveys.suppress({
              resolutionKey: key,
              ticketId: ticket.id,
              resolvedAt,
              requesterId: ticket.requester.id,
              at: ports.clock.now(),
              reasons: [imported],
              segment,
            }),
            () => 'imported' as const,
          ),
        );
      }
      const survey: Survey = {
        id: surveyIdFor(ticket.id, resolvedAt),
        ticketId: ticket.id,
        resolutionKey: key,
        kind: ticket.kind,
        requester: ticket.requester,
        ...(ticket.agentId !== undefined ? { agentId: ticket.agentId } : {}),
        segment,
        state: 'answered',
        resolvedAt,
        sendAt: resolvedAt,
        sentAt: resolvedAt,
        answeredAt: rating.answeredAt,
        reasons: [imported],
      };
      const comment = rating.comment?.trim();
      const response: StoredResponse = {
        surveyId: survey.id,
        ticketId: ticket.id,
        score,
        factors: [],
        ...(comment ? { comment: Array.from(comment).slice(0, 2000).join('') } : {}),
        locale: 'en',
        channel: 'imported',
        answeredAt: rating.answeredAt,
        requesterId: ticket.requester.id,
        segment,
        day,
        version: 1,
      };
      // One change carries every count, so a crash part-way either counted all of it or none.
      const delta = mergeAll([
        outcomeDelta('resolved'),
        outcomeDelta('sent'),
        outcomeDelta('answered'),
        responseDelta(undefined, response),
      ]);
      return andThen(ports.rollups.apply(`imported:${key}`, day, keys, delta), () =>
        andThen(ports.responses.save(response), () =>
          andThen(ports.surveys.save(survey, undefined), () => 'imported' as const),
        ),
      );
    },
  );
}
