import { createHash } from 'node:crypto';
import type { Instant, TicketEvent, TicketEvents, TicketHistory } from '@xloop/shared-core';
import type Database from 'better-sqlite3';

/**
 * The ticket events the sandbox processed, kept so the policy preview can replay them. An event is keyed by its
 * ticket, time, type and a digest of its content: a redelivered event is stored once, two different updates of
 * the same instant both.
 */
export class SqliteTicketHistory implements TicketHistory {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      record: db.prepare(
        'INSERT OR IGNORE INTO ticket_events (ticket_id, at, type, digest, body) VALUES (?, ?, ?, ?, ?)',
      ),
      between: db.prepare<[number, number, number], { body: string }>(
        'SELECT body FROM ticket_events WHERE at >= ? AND at < ? ORDER BY at, ticket_id, type, digest LIMIT ?',
      ),
    };
  }

  /** Keeps one event; `false` when it was kept before. */
  record(event: TicketEvent): boolean {
    const body = JSON.stringify(event);
    const digest = createHash('sha256').update(body).digest('base64url');
    return this.statements.record.run(event.ticket.id, event.at, event.type, digest, body).changes === 1;
  }

  ticketEvents(since: Instant, until: Instant, limit: number): TicketEvents {
    // One row more than asked tells whether there was more.
    const rows = this.statements.between.all(since, until, limit + 1);
    return {
      events: rows.slice(0, limit).map((row) => JSON.parse(row.body) as TicketEvent),
      complete: rows.length <= limit,
    };
  }
}
