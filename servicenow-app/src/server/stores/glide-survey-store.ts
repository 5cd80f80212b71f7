import type { Instant, Page, Suppression, Survey, SurveyStore } from '../core/xloop-core.js';
import { after, bodiesKept, columnOf, firstRow, insert, upsert } from '../glide-rows';
import { columnInstant, instantColumn } from '../instant-column';
import { surveyPlatformColumns } from '../platform-columns';
import { TABLE } from '../tables';

const bodies = <T>(table: string, select: Parameters<typeof columnOf>[1]) =>
  columnOf(table, select, 'body').map((body) => JSON.parse(body) as T);

/** A suppression's record in `x_xloop_mark`. */
const suppressionRow = (suppression: Suppression) => ({
  mark_key: `suppression:${suppression.resolutionKey}`,
  kind: 'suppression',
  ticket_id: suppression.ticketId,
  requester_id: suppression.requesterId,
  at: instantColumn(suppression.at),
  body: JSON.stringify(suppression),
});

/**
 * Surveys in `x_xloop_survey` (the whole survey as JSON in `body`, the queried parts in columns) and the small
 * facts about tickets and requesters in `x_xloop_mark`, one record per fact under a unique key, so recording a fact
 * twice inserts nothing the second time.
 */
export class GlideSurveyStore implements SurveyStore {
  get(id: string): Survey | undefined {
    const row = firstRow(TABLE.survey, { where: [['survey_id', '=', id]] });
    return row ? (JSON.parse(row.getValue('body') ?? '') as Survey) : undefined;
  }

  save(survey: Survey, dueAt: Instant | undefined): void {
    const values = {
      survey_id: survey.id,
      ticket_id: survey.ticketId,
      requester_id: survey.requester.id,
      state: survey.state,
      resolved_at: instantColumn(survey.resolvedAt),
      send_at: instantColumn(survey.sendAt),
      sent_at: instantColumn(survey.sentAt),
      due_at: instantColumn(dueAt),
      body: JSON.stringify(survey),
    };
    const select = { where: [['survey_id', '=', survey.id]] as const };
    // The platform's own columns: the references are looked up once, when the survey is first stored.
    const stored = firstRow(TABLE.survey, select);
    const platform = surveyPlatformColumns(
      {
        ticketId: survey.ticketId,
        requesterId: survey.requester.id,
        resolvedAt: survey.resolvedAt,
        sentAt: survey.sentAt,
      },
      stored?.getValue('ticket'),
    );
    const row = { ...values, ...platform };
    // A refused insert means another transaction inserted it first: write over that one.
    if (!upsert(TABLE.survey, select, row)) upsert(TABLE.survey, select, row);
  }

  forTicket(ticketId: string): Survey[] {
    return bodies(TABLE.survey, { where: [['ticket_id', '=', ticketId]], encoded: 'ORDERBYsurvey_id' });
  }

  forRequester(requesterId: string, since: Instant): Survey[] {
    const at = instantColumn(since);
    return bodies(TABLE.survey, {
      where: [['requester_id', '=', requesterId]],
      encoded: `resolved_at>=${at}^ORsend_at>=${at}^ORsent_at>=${at}^ORDERBYsurvey_id`,
    });
  }

  due(now: Instant, limit: number): Survey[] {
    return bodies(TABLE.survey, {
      encoded: `due_atISNOTEMPTY^due_at<=${instantColumn(now)}^ORDERBYdue_at^ORDERBYsurvey_id`,
      limit,
    });
  }

  suppress(suppression: Suppression): void {
    insert(TABLE.mark, suppressionRow(suppression));
  }

  suppressedFor(ticketId: string): string[] {
    return bodies<Suppression>(TABLE.mark, {
      where: [
        ['kind', '=', 'suppression'],
        ['ticket_id', '=', ticketId],
      ],
      encoded: 'ORDERBYmark_key',
    }).map((s) => s.resolutionKey);
  }

  recordReopening(ticketId: string, at: Instant): void {
    insert(TABLE.mark, {
      mark_key: `reopening:${ticketId}@${at}`,
      kind: 'reopening',
      ticket_id: ticketId,
      at: instantColumn(at),
      body: JSON.stringify(at),
    });
  }

  reopeningsFor(ticketId: string): Instant[] {
    return bodies<Instant>(TABLE.mark, {
      where: [
        ['kind', '=', 'reopening'],
        ['ticket_id', '=', ticketId],
      ],
      encoded: 'ORDERBYat',
    });
  }

  isOptedOut(requesterId: string): boolean {
    return firstRow(TABLE.mark, { where: [['mark_key', '=', `opt-out:${requesterId}`]] }) !== undefined;
  }

  setOptOut(requesterId: string, optedOut: boolean): void {
    const key = `opt-out:${requesterId}`;
    if (optedOut)
      insert(TABLE.mark, { mark_key: key, kind: 'opt_out', requester_id: requesterId, body: 'true' });
    else firstRow(TABLE.mark, { where: [['mark_key', '=', key]] })?.deleteRecord();
  }

  byRequester(requesterId: string, page: Page): Survey[] {
    return bodies(TABLE.survey, {
      where: [['requester_id', '=', requesterId], ...after('survey_id', page.after)],
      encoded: 'ORDERBYsurvey_id',
      limit: page.limit,
    });
  }

  /** No column holds the agent: surveys are read in key order and parsed until the page is full. */
  byAgent(agentId: string, page: Page): Survey[] {
    return bodiesKept(
      TABLE.survey,
      { where: after('survey_id', page.after), encoded: 'ORDERBYsurvey_id' },
      page.limit,
      (s: Survey) => s.agentId === agentId || s.segment.agent === agentId,
    );
  }

  suppressionsByRequester(requesterId: string, page: Page): Suppression[] {
    return bodies(TABLE.mark, {
      where: [
        ['kind', '=', 'suppression'],
        ['requester_id', '=', requesterId],
        ['mark_key', '>', `suppression:${page.after}`],
      ],
      encoded: 'ORDERBYmark_key',
      limit: page.limit,
    });
  }

  suppressionsByAgent(agentId: string, page: Page): Suppression[] {
    return bodiesKept(
      TABLE.mark,
      {
        where: [
          ['kind', '=', 'suppression'],
          ['mark_key', '>', `suppression:${page.after}`],
        ],
        encoded: 'ORDERBYmark_key',
      },
      page.limit,
      (s: Suppression) => s.segment.agent === agentId,
    );
  }

  /** Record by record, each write complete in itself; a stored survey keeps its due time. */
  saveAll(surveys: readonly Survey[]): void {
    for (const survey of surveys) {
      const stored = firstRow(TABLE.survey, { where: [['survey_id', '=', survey.id]] });
      this.save(survey, columnInstant(stored?.getValue('due_at') ?? null));
    }
  }

  saveSuppressions(suppressions: readonly Suppression[]): void {
    for (const suppression of suppressions) {
      const row = suppressionRow(suppression);
      const select = { where: [['mark_key', '=', row.mark_key]] as const };
      if (!upsert(TABLE.mark, select, row)) upsert(TABLE.mark, select, row);
    }
  }
}
