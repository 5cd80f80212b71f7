import type { DayRange, Page, ResponseStore, StoredResponse } from '../core/xloop-core.js';
import { after, bodiesKept, columnOf, firstRow, upsert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { responsePlatformColumns } from '../platform-columns';
import { TABLE } from '../tables';

const parse = (body: string) => JSON.parse(body) as StoredResponse;

/**
 * Responses in `x_xloop_response`, one per survey: the whole response as JSON in `body`; the requester, score and
 * ticket in columns, for ACLs (a requester reads only their own) and for lists and reports.
 */
export class GlideResponseStore implements ResponseStore {
  get(surveyId: string): StoredResponse | undefined {
    const row = firstRow(TABLE.response, { where: [['survey_id', '=', surveyId]] });
    return row ? parse(row.getValue('body') ?? '') : undefined;
  }

  save(response: StoredResponse): void {
    const values = {
      survey_id: response.surveyId,
      ticket_id: response.ticketId,
      requester_id: response.requesterId,
      score: response.score,
      day: response.day,
      answered_at: instantColumn(response.answeredAt),
      has_comment: response.comment !== undefined ? 1 : 0,
      pending: response.pending !== undefined ? 1 : 0,
      body: JSON.stringify(response),
    };
    const select = { where: [['survey_id', '=', response.surveyId]] as const };
    const stored = firstRow(TABLE.response, select);
    const row = { ...values, ...responsePlatformColumns(response, stored?.getValue('ticket')) };
    if (!upsert(TABLE.response, select, row)) upsert(TABLE.response, select, row);
  }

  forTicket(ticketId: string): StoredResponse[] {
    return columnOf(
      TABLE.response,
      { where: [['ticket_id', '=', ticketId]], encoded: 'ORDERBYsurvey_id' },
      'body',
    ).map(parse);
  }

  withComments(range: DayRange, limit: number): StoredResponse[] {
    return columnOf(
      TABLE.response,
      {
        where: [
          ['has_comment', '=', '1'],
          ['day', '>=', range.from],
          ['day', '<=', range.to],
        ],
        encoded: 'ORDERBYDESCanswered_at^ORDERBYsurvey_id',
        limit,
      },
      'body',
    ).map(parse);
  }

  pending(limit: number): StoredResponse[] {
    return columnOf(TABLE.response, { encoded: 'pending=1^ORDERBYsurvey_id', limit }, 'body').map(parse);
  }

  byRequester(requesterId: string, page: Page): StoredResponse[] {
    return columnOf(
      TABLE.response,
      {
        where: [['requester_id', '=', requesterId], ...after('survey_id', page.after)],
        encoded: 'ORDERBYsurvey_id',
        limit: page.limit,
      },
      'body',
    ).map(parse);
  }

  /** No column holds the agent: responses are read in key order and parsed until the page is full. */
  byAgent(agentId: string, page: Page): StoredResponse[] {
    return bodiesKept(
      TABLE.response,
      { where: after('survey_id', page.after), encoded: 'ORDERBYsurvey_id' },
      page.limit,
      (response: StoredResponse) => response.segment.agent === agentId,
    );
  }

  /** Record by record, each write complete in itself. */
  saveAll(responses: readonly StoredResponse[]): void {
    for (const response of responses) this.save(response);
  }
}
