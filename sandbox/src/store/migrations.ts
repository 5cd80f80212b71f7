import type Database from 'better-sqlite3';

/** Schema versions, applied in order, each once, each in its own transaction. Never edit one that has shipped. */
export const MIGRATIONS: readonly {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}[] = [
  {
    version: 1,
    name: 'surveys, responses, rollups, initiatives and settings',
    sql: `
      CREATE TABLE surveys (
        id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        requester_id TEXT NOT NULL,
        resolved_at INTEGER NOT NULL,
        send_at INTEGER NOT NULL,
        sent_at INTEGER,
        due_at INTEGER,
        state TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX surveys_by_ticket ON surveys (ticket_id);
      CREATE INDEX surveys_by_requester ON surveys (requester_id);
      CREATE INDEX surveys_due ON surveys (due_at, id) WHERE due_at IS NOT NULL;

      CREATE TABLE suppressions (
        resolution_key TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        requester_id TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX suppressions_by_ticket ON suppressions (ticket_id);
      CREATE INDEX suppressions_by_requester ON suppressions (requester_id);

      CREATE TABLE reopenings (
        ticket_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (ticket_id, at)
      ) WITHOUT ROWID;

      CREATE TABLE opt_outs (requester_id TEXT PRIMARY KEY) WITHOUT ROWID;

      CREATE TABLE responses (
        survey_id TEXT PRIMARY KEY,
        ticket_id TEXT NOT NULL,
        requester_id TEXT NOT NULL,
        day TEXT NOT NULL,
        answered_at INTEGER NOT NULL,
        has_comment INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX responses_by_ticket ON responses (ticket_id);
      CREATE INDEX responses_by_requester ON responses (requester_id);
      CREATE INDEX responses_with_comments ON responses (day, answered_at) WHERE has_comment = 1;

      CREATE TABLE rollups (
        day TEXT NOT NULL,
        segment_key TEXT NOT NULL,
        s0 INTEGER NOT NULL DEFAULT 0, s1 INTEGER NOT NULL DEFAULT 0, s2 INTEGER NOT NULL DEFAULT 0,
        s3 INTEGER NOT NULL DEFAULT 0, s4 INTEGER NOT NULL DEFAULT 0, s5 INTEGER NOT NULL DEFAULT 0,
        s6 INTEGER NOT NULL DEFAULT 0, s7 INTEGER NOT NULL DEFAULT 0, s8 INTEGER NOT NULL DEFAULT 0,
        s9 INTEGER NOT NULL DEFAULT 0, s10 INTEGER NOT NULL DEFAULT 0,
        lost_time_answers INTEGER NOT NULL DEFAULT 0,
        lost_time_minutes REAL NOT NULL DEFAULT 0,
        lost_time_minutes_squared REAL NOT NULL DEFAULT 0,
        resolved INTEGER NOT NULL DEFAULT 0,
        sent INTEGER NOT NULL DEFAULT 0,
        answered INTEGER NOT NULL DEFAULT 0,
        expired INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, segment_key)
      ) WITHOUT ROWID;
      CREATE INDEX rollups_by_key ON rollups (segment_key, day);

      CREATE TABLE rollup_factors (
        day TEXT NOT NULL,
        segment_key TEXT NOT NULL,
        factor TEXT NOT NULL,
        count INTEGER NOT NULL,
        PRIMARY KEY (day, segment_key, factor)
      ) WITHOUT ROWID;

      CREATE TABLE rollup_changes (change_id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) WITHOUT ROWID;

      CREATE TABLE initiatives (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        status TEXT NOT NULL,
        body TEXT NOT NULL
      );

      CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'the local outbox of invitations and reminders',
    sql: `
      CREATE TABLE outbox (
        idempotency_key TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        recipient TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX outbox_by_time ON outbox (created_at);
    `,
  },
  {
    version: 3,
    name: 'responses waiting for their rollup change',
    sql: `
      ALTER TABLE responses ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX responses_pending ON responses (survey_id) WHERE pending = 1;
    `,
  },
  {
    version: 4,
    name: 'the ticket events processed, for the policy preview',
    sql: `
      CREATE TABLE ticket_events (
        ticket_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        digest TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (ticket_id, at, type, digest)
      ) WITHOUT ROWID;
      CREATE INDEX ticket_events_by_time ON ticket_events (at, ticket_id);
    `,
  },
  {
    version: 5,
    name: 'the stored ranking of opportunities',
    sql: `
      CREATE TABLE opportunity_ranking (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        computed_at INTEGER NOT NULL,
        body TEXT NOT NULL
      );
    `,
  },
];

/**
 * Brings a database to the latest schema: each missing migration in its own transaction, recorded with the time
 * it ran, so an interrupted upgrade resumes where it stopped. Returns the versions it applied.
 */
export function migrate(db: Database.Database, now: () => number = Date.now): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (newest > latest) {
    throw new Error(
      `The database has schema version ${newest}, newer than this XLoop knows (${latest}); upgrade XLoop.`,
    );
  }
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        now(),
      );
    })();
    ran.push(migration.version);
  }
  return ran;
}
