import { GlideDateTime, GlideRecord } from '@servicenow/glide';
import type { Instant } from './core/xloop-core.js';
import { eachRow, write } from './glide-rows';
import { columnInstant } from './instant-column';
import { TABLE } from './tables';

/**
 * The columns ServiceNow itself can use — reports, Performance Analytics, lists, dot-walking, related lists — next to
 * the ones the stores query: the ticket as a reference to `task`, the requester as a reference to `sys_user`, and
 * instants as date-times (UTC, as the platform stores them). The stores keep their own exact columns (milliseconds,
 * platform-qualified ids) for the core; these are written beside them and never read back by the stores.
 */

/** An instant as a `glide_date_time` value (`yyyy-MM-dd HH:mm:ss`, UTC); `''` for none. */
export function dateTimeValue(instant: Instant | undefined): string {
  if (instant === undefined) return '';
  const value = new GlideDateTime();
  value.setNumericValue(instant);
  return value.getValue();
}

/** The ticket behind a `servicenow:<number>` id, from `task`; `undefined` when there is none here. */
function ticketRecord(ticketId: string): GlideRecord | undefined {
  if (!ticketId.startsWith('servicenow:')) return undefined;
  const task = new GlideRecord('task');
  task.addQuery('number', ticketId.slice('servicenow:'.length));
  task.setLimit(1);
  task.query();
  return task.next() ? task : undefined;
}

/** The sys_id of the ticket behind a `servicenow:<number>` id; `''` when there is none here. */
export function ticketReference(ticketId: string): string {
  return ticketRecord(ticketId)?.getUniqueValue() ?? '';
}

/** The ticket's short description, for the e-mail; `undefined` when there is none. */
export function ticketTitle(ticketId: string): string | undefined {
  return ticketRecord(ticketId)?.getValue('short_description') ?? undefined;
}

/** The platform columns of a survey row; `knownTicket`, the reference already stored, saves the look-up. */
export function surveyPlatformColumns(
  survey: { ticketId: string; requesterId: string; resolvedAt?: Instant; sentAt?: Instant },
  knownTicket?: string | null,
): Record<string, string> {
  return {
    ticket: knownTicket || ticketReference(survey.ticketId),
    requester: survey.requesterId,
    resolved_on: dateTimeValue(survey.resolvedAt),
    sent_on: dateTimeValue(survey.sentAt),
  };
}

/**
 * A score's points toward happiness: +100 for 9–10, −100 for 0–6, 0 for 7–8, so that their mean over any set of
 * answers is the happiness score (DESIGN.md, "Scores") — what a report or an indicator can average.
 * @example happinessPoints(9) // 100
 */
export function happinessPoints(score: number): number {
  if (score >= 9) return 100;
  return score <= 6 ? -100 : 0;
}

/** The platform columns of a response row; `knownTicket`, the reference already stored, saves the look-up. */
export function responsePlatformColumns(
  response: {
    ticketId: string;
    requesterId: string;
    answeredAt: Instant;
    day: string;
    score?: number;
    lostTimeMinutes?: number;
  },
  knownTicket?: string | null,
): Record<string, string> {
  return {
    ticket: knownTicket || ticketReference(response.ticketId),
    requester: response.requesterId,
    answered_on: dateTimeValue(response.answeredAt),
    answered_day: response.day,
    happiness: response.score === undefined ? '' : String(happinessPoints(response.score)),
    lost_time_minutes: response.lostTimeMinutes === undefined ? '' : String(response.lostTimeMinutes),
  };
}

/**
 * The migration for rows written before these columns existed: fills them in from the row's own columns, up to
 * `limit` rows a call (the job calls it each run until none is left). Rows are kept as they are otherwise. A row is
 * filled once its date-time is set, which every row has a source for, so the migration ends. Returns how many.
 */
export function backfillPlatformColumns(limit: number): number {
  let filled = 0;
  eachRow(TABLE.survey, { encoded: 'resolved_onISEMPTY^resolved_atISNOTEMPTY', limit }, (row) => {
    write(
      row,
      surveyPlatformColumns({
        ticketId: row.getValue('ticket_id') ?? '',
        requesterId: row.getValue('requester_id') ?? '',
        resolvedAt: columnInstant(row.getValue('resolved_at')),
        sentAt: columnInstant(row.getValue('sent_at')),
      }),
    );
    row.update();
    filled++;
  });
  eachRow(
    TABLE.response,
    { encoded: 'answered_onISEMPTY^answered_atISNOTEMPTY', limit: Math.max(0, limit - filled) },
    (row) => {
      let lostTimeMinutes: number | undefined;
      try {
        lostTimeMinutes = (JSON.parse(row.getValue('body') ?? '{}') as { lostTimeMinutes?: number })
          .lostTimeMinutes;
      } catch {
        lostTimeMinutes = undefined;
      }
      const score = row.getValue('score');
      write(
        row,
        responsePlatformColumns({
          ticketId: row.getValue('ticket_id') ?? '',
          requesterId: row.getValue('requester_id') ?? '',
          answeredAt: columnInstant(row.getValue('answered_at')) ?? 0,
          day: row.getValue('day') ?? '',
          ...(score === null ? {} : { score: Number(score) }),
          ...(lostTimeMinutes === undefined ? {} : { lostTimeMinutes }),
        }),
      );
      row.update();
      filled++;
    },
  );
  return filled;
}
