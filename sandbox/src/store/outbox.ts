import type { Delivery, DeliveryResult, OutgoingSurvey } from '@xloop/shared-core';
import type Database from 'better-sqlite3';

/** A delivered message as the sandbox keeps it: what a requester would have received. */
export interface OutboxMessage {
  readonly idempotencyKey: string;
  readonly surveyId: string;
  readonly kind: OutgoingSurvey['kind'];
  readonly recipient: string;
  readonly createdAt: number;
  readonly message: OutgoingSurvey;
}

/**
 * The sandbox's delivery channel: instead of mailing, it keeps each invitation and reminder in an outbox table,
 * once per idempotency key, where the CLI, the server and the simulated requesters read them.
 */
export class SqliteOutbox implements Delivery {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {}

  send(message: OutgoingSurvey): DeliveryResult {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO outbox (idempotency_key, survey_id, kind, recipient, created_at, body) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        message.idempotencyKey,
        message.survey.id,
        message.kind,
        message.survey.requester.id,
        this.now(),
        JSON.stringify(message),
      );
    return { status: 'sent' };
  }

  /** Messages stored after the cursor (a row number; 0 for all), oldest first, and the cursor to read on from. */
  after(cursor: number, limit = 1000): { readonly cursor: number; readonly messages: OutboxMessage[] } {
    const rows = this.db
      .prepare<
        [number, number],
        {
          rowid: number;
          idempotency_key: string;
          survey_id: string;
          kind: string;
          recipient: string;
          created_at: number;
          body: string;
        }
      >('SELECT rowid, * FROM outbox WHERE rowid > ? ORDER BY rowid LIMIT ?')
      .all(cursor, limit);
    return {
      cursor: rows.length > 0 ? (rows[rows.length - 1]?.rowid ?? cursor) : cursor,
      messages: rows.map((row) => ({
        idempotencyKey: row.idempotency_key,
        surveyId: row.survey_id,
        kind: row.kind as OutgoingSurvey['kind'],
        recipient: row.recipient,
        createdAt: row.created_at,
        message: JSON.parse(row.body) as OutgoingSurvey,
      })),
    };
  }

  /** The newest messages, newest first. */
  latest(limit: number): OutboxMessage[] {
    const total = this.count();
    return this.after(Math.max(0, total - limit), limit).messages.reverse();
  }

  count(): number {
    return this.db.prepare('SELECT COUNT(*) FROM outbox').pluck().get() as number;
  }
}
