import {
  type DayRange,
  type ResponseStore,
  type StoredResponse,
  segmentWithAgentReplaced,
} from '../core/xloop-core.js';
import { columnOf, eachRow, firstRow, upsert, write } from '../glide-rows';
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

  eraseRequester(requesterId: string, replacementId: string): number {
    let changed = 0;
    eachRow(TABLE.response, { where: [['requester_id', '=', requesterId]] }, (row) => {
      const { comment: _comment, ...rest } = parse(row.getValue('body') ?? '');
      write(row, {
        requester_id: replacementId,
        has_comment: 0,
        body: JSON.stringify({ ...rest, requesterId: replacementId }),
      });
      row.update();
      changed++;
    });
    return changed;
  }

  /** Record by record; no column holds the agent, so every response is read and the core decides. */
  eraseAgent(agentId: string, pseudonym: string): number {
    let changed = 0;
    eachRow(TABLE.response, {}, (row) => {
      const response = segmentWithAgentReplaced(parse(row.getValue('body') ?? ''), agentId, pseudonym);
      if (!response) return;
      write(row, { body: JSON.stringify(response) });
      row.update();
      changed++;
    });
    return changed;
  }
}
