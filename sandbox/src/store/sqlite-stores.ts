import { randomBytes } from 'node:crypto';
import {
  DEFAULT_SETTINGS,
  type Initiative,
  type InitiativeStore,
  type Instant,
  keyWithPartReplaced,
  type Page,
  type ResponseStore,
  ROLLUP_COLUMNS,
  type Rollup,
  type RollupEntry,
  type RollupStore,
  rollupColumnValues,
  rollupFromColumns,
  type Settings,
  type SettingsStore,
  type StoredResponse,
  type Suppression,
  type Survey,
  type SurveyStore,
  type TokenKeyring,
} from '@xloop/shared-core';
import Database from 'better-sqlite3';
import { migrate } from './migrations';

/** Opens (creating if needed) an XLoop database: WAL, foreign keys, a busy timeout, and the latest schema. */
export function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

const parse = <T>(row: { body: string } | undefined): T | undefined =>
  row ? (JSON.parse(row.body) as T) : undefined;

/** A survey's columns, as the statements bind them. */
const surveyRow = (survey: Survey, dueAt: Instant | undefined) => ({
  id: survey.id,
  ticketId: survey.ticketId,
  requesterId: survey.requester.id,
  resolvedAt: survey.resolvedAt,
  sendAt: survey.sendAt,
  sentAt: survey.sentAt ?? null,
  dueAt: dueAt ?? null,
  state: survey.state,
  body: JSON.stringify(survey),
});

export class SqliteSurveyStore implements SurveyStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], { body: string }>('SELECT body FROM surveys WHERE id = ?'),
      save: db.prepare(
        `INSERT INTO surveys (id, ticket_id, requester_id, resolved_at, send_at, sent_at, due_at, state, body)
         VALUES (@id, @ticketId, @requesterId, @resolvedAt, @sendAt, @sentAt, @dueAt, @state, @body)
         ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, requester_id = excluded.requester_id,
           resolved_at = excluded.resolved_at, send_at = excluded.send_at, sent_at = excluded.sent_at,
           due_at = excluded.due_at, state = excluded.state, body = excluded.body`,
      ),
      forTicket: db.prepare<[string], { body: string }>(
        'SELECT body FROM surveys WHERE ticket_id = ? ORDER BY id',
      ),
      forRequester: db.prepare<[string, number, number, number], { body: string }>(
        `SELECT body FROM surveys WHERE requester_id = ? AND (resolved_at >= ? OR send_at >= ? OR sent_at >= ?) ORDER BY id`,
      ),
      due: db.prepare<[number, number], { body: string }>(
        'SELECT body FROM surveys WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?',
      ),
      dueAt: db.prepare<[string], { due_at: number | null }>('SELECT due_at FROM surveys WHERE id = ?'),
      suppress: db.prepare(
        'INSERT OR IGNORE INTO suppressions (resolution_key, ticket_id, requester_id, body) VALUES (?, ?, ?, ?)',
      ),
      suppressedFor: db.prepare<[string], string>(
        'SELECT resolution_key FROM suppressions WHERE ticket_id = ? ORDER BY resolution_key',
      ),
      reopen: db.prepare('INSERT OR IGNORE INTO reopenings (ticket_id, at) VALUES (?, ?)'),
      reopenings: db.prepare<[string], number>('SELECT at FROM reopenings WHERE ticket_id = ? ORDER BY at'),
      optedOut: db.prepare<[string], number>('SELECT 1 FROM opt_outs WHERE requester_id = ?'),
      optOut: db.prepare('INSERT OR IGNORE INTO opt_outs (requester_id) VALUES (?)'),
      optIn: db.prepare('DELETE FROM opt_outs WHERE requester_id = ?'),
      byRequester: db.prepare<[string, string, number], { body: string }>(
        'SELECT body FROM surveys WHERE requester_id = ? AND id > ? ORDER BY id LIMIT ?',
      ),
      byAgent: db.prepare<[string, string, string, string, number], { body: string }>(
        `SELECT body FROM surveys WHERE instr(body, ?) > 0
           AND (json_extract(body, '$.agentId') = ? OR json_extract(body, '$.segment.agent') = ?)
           AND id > ? ORDER BY id LIMIT ?`,
      ),
      suppressionsByRequester: db.prepare<[string, string, number], { body: string }>(
        'SELECT body FROM suppressions WHERE requester_id = ? AND resolution_key > ? ORDER BY resolution_key LIMIT ?',
      ),
      suppressionsByAgent: db.prepare<[string, string, string, number], { body: string }>(
        `SELECT body FROM suppressions WHERE instr(body, ?) > 0 AND json_extract(body, '$.segment.agent') = ?
           AND resolution_key > ? ORDER BY resolution_key LIMIT ?`,
      ),
      saveKeepingDue: db.prepare(
        `INSERT INTO surveys (id, ticket_id, requester_id, resolved_at, send_at, sent_at, due_at, state, body)
         VALUES (@id, @ticketId, @requesterId, @resolvedAt, @sendAt, @sentAt, NULL, @state, @body)
         ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, requester_id = excluded.requester_id,
           resolved_at = excluded.resolved_at, send_at = excluded.send_at, sent_at = excluded.sent_at,
           state = excluded.state, body = excluded.body`,
      ),
      saveSuppression: db.prepare(
        `INSERT INTO suppressions (resolution_key, ticket_id, requester_id, body) VALUES (?, ?, ?, ?)
         ON CONFLICT (resolution_key) DO UPDATE SET ticket_id = excluded.ticket_id,
           requester_id = excluded.requester_id, body = excluded.body`,
      ),
    };
  }

  get(id: string) {
    return parse<Survey>(this.statements.get.get(id));
  }
  save(survey: Survey, dueAt: Instant | undefined) {
    this.statements.save.run(surveyRow(survey, dueAt));
  }
  forTicket(ticketId: string) {
    return this.statements.forTicket.all(ticketId).map((row) => JSON.parse(row.body) as Survey);
  }
  forRequester(requesterId: string, since: Instant) {
    return this.statements.forRequester
      .all(requesterId, since, since, since)
      .map((row) => JSON.parse(row.body) as Survey);
  }
  due(now: Instant, limit: number) {
    return this.statements.due.all(now, limit).map((row) => JSON.parse(row.body) as Survey);
  }
  /** The earliest time any survey is due, if one is. */
  nextDue(): Instant | undefined {
    return (
      (this.db.prepare('SELECT MIN(due_at) FROM surveys WHERE due_at IS NOT NULL').pluck().get() as
        | number
        | null) ?? undefined
    );
  }

  /** When dispatch will next look at a survey. */
  dueAt(id: string): Instant | undefined {
    return this.statements.dueAt.get(id)?.due_at ?? undefined;
  }
  suppress(suppression: Suppression) {
    this.statements.suppress.run(
      suppression.resolutionKey,
      suppression.ticketId,
      suppression.requesterId,
      JSON.stringify(suppression),
    );
  }
  suppressedFor(ticketId: string) {
    return this.statements.suppressedFor.pluck().all(ticketId) as unknown as string[];
  }
  recordReopening(ticketId: string, at: Instant) {
    this.statements.reopen.run(ticketId, at);
  }
  reopeningsFor(ticketId: string) {
    return this.statements.reopenings.pluck().all(ticketId) as unknown as number[];
  }
  isOptedOut(requesterId: string) {
    return this.statements.optedOut.pluck().get(requesterId) !== undefined;
  }
  setOptOut(requesterId: string, optedOut: boolean) {
    (optedOut ? this.statements.optOut : this.statements.optIn).run(requesterId);
  }
  byRequester(requesterId: string, page: Page) {
    return this.statements.byRequester
      .all(requesterId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as Survey);
  }
  byAgent(agentId: string, page: Page) {
    // The id as JSON finds the candidates cheaply; the JSON paths decide.
    return this.statements.byAgent
      .all(JSON.stringify(agentId), agentId, agentId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as Survey);
  }
  suppressionsByRequester(requesterId: string, page: Page) {
    return this.statements.suppressionsByRequester
      .all(requesterId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as Suppression);
  }
  suppressionsByAgent(agentId: string, page: Page) {
    return this.statements.suppressionsByAgent
      .all(JSON.stringify(agentId), agentId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as Suppression);
  }
  saveAll(surveys: readonly Survey[]) {
    this.db.transaction(() => {
      for (const survey of surveys) this.statements.saveKeepingDue.run(surveyRow(survey, undefined));
    })();
  }
  saveSuppressions(suppressions: readonly Suppression[]) {
    this.db.transaction(() => {
      for (const s of suppressions)
        this.statements.saveSuppression.run(s.resolutionKey, s.ticketId, s.requesterId, JSON.stringify(s));
    })();
  }
}

export class SqliteResponseStore implements ResponseStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], { body: string }>('SELECT body FROM responses WHERE survey_id = ?'),
      save: db.prepare(
        `INSERT INTO responses (survey_id, ticket_id, requester_id, day, answered_at, has_comment, pending, body)
         VALUES (@surveyId, @ticketId, @requesterId, @day, @answeredAt, @hasComment, @pending, @body)
         ON CONFLICT (survey_id) DO UPDATE SET ticket_id = excluded.ticket_id, requester_id = excluded.requester_id,
           day = excluded.day, answered_at = excluded.answered_at, has_comment = excluded.has_comment,
           pending = excluded.pending, body = excluded.body`,
      ),
      forTicket: db.prepare<[string], { body: string }>(
        'SELECT body FROM responses WHERE ticket_id = ? ORDER BY survey_id',
      ),
      withComments: db.prepare<[string, string, number], { body: string }>(
        `SELECT body FROM responses WHERE has_comment = 1 AND day BETWEEN ? AND ?
         ORDER BY answered_at DESC, survey_id LIMIT ?`,
      ),
      byRequester: db.prepare<[string, string, number], { body: string }>(
        'SELECT body FROM responses WHERE requester_id = ? AND survey_id > ? ORDER BY survey_id LIMIT ?',
      ),
      byAgent: db.prepare<[string, string, string, number], { body: string }>(
        `SELECT body FROM responses WHERE instr(body, ?) > 0 AND json_extract(body, '$.segment.agent') = ?
           AND survey_id > ? ORDER BY survey_id LIMIT ?`,
      ),
      pending: db.prepare<[number], { body: string }>(
        'SELECT body FROM responses WHERE pending = 1 ORDER BY survey_id LIMIT ?',
      ),
    };
  }

  get(surveyId: string) {
    return parse<StoredResponse>(this.statements.get.get(surveyId));
  }
  save(response: StoredResponse) {
    this.statements.save.run({
      surveyId: response.surveyId,
      ticketId: response.ticketId,
      requesterId: response.requesterId,
      day: response.day,
      answeredAt: response.answeredAt,
      hasComment: response.comment !== undefined ? 1 : 0,
      pending: response.pending !== undefined ? 1 : 0,
      body: JSON.stringify(response),
    });
  }
  forTicket(ticketId: string) {
    return this.statements.forTicket.all(ticketId).map((row) => JSON.parse(row.body) as StoredResponse);
  }
  withComments(range: { from: string; to: string }, limit: number) {
    return this.statements.withComments
      .all(range.from, range.to, limit)
      .map((row) => JSON.parse(row.body) as StoredResponse);
  }
  pending(limit: number) {
    return this.statements.pending.all(limit).map((row) => JSON.parse(row.body) as StoredResponse);
  }
  byRequester(requesterId: string, page: Page) {
    return this.statements.byRequester
      .all(requesterId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as StoredResponse);
  }
  byAgent(agentId: string, page: Page) {
    return this.statements.byAgent
      .all(JSON.stringify(agentId), agentId, page.after, page.limit)
      .map((row) => JSON.parse(row.body) as StoredResponse);
  }
  saveAll(responses: readonly StoredResponse[]) {
    this.db.transaction(() => {
      for (const response of responses) this.save(response);
    })();
  }
}

interface RollupRow {
  day: string;
  segment_key: string;
  [column: string]: string | number;
}

export class SqliteRollupStore implements RollupStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    const columns = ROLLUP_COLUMNS;
    this.statements = {
      claim: db.prepare('INSERT OR IGNORE INTO rollup_changes (change_id, applied_at) VALUES (?, ?)'),
      add: db.prepare(
        `INSERT INTO rollups (day, segment_key, ${columns.join(', ')})
         VALUES (@day, @key, ${columns.map((c) => `@${c}`).join(', ')})
         ON CONFLICT (day, segment_key) DO UPDATE SET ${columns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
      ),
      addFactor: db.prepare(
        `INSERT INTO rollup_factors (day, segment_key, factor, count) VALUES (?, ?, ?, ?)
         ON CONFLICT (day, segment_key, factor) DO UPDATE SET count = count + excluded.count`,
      ),
      dropZeroFactor: db.prepare(
        'DELETE FROM rollup_factors WHERE day = ? AND segment_key = ? AND factor = ? AND count = 0',
      ),
    };
  }

  apply(changeId: string, day: string, keys: readonly string[], delta: Rollup) {
    const counts = rollupColumnValues(delta);
    const values: Record<string, number | string> = { day };
    ROLLUP_COLUMNS.forEach((column, index) => {
      values[column] = counts[index] as number;
    });
    const factors = Object.entries(delta.factors);
    return this.db.transaction(() => {
      // The change id is claimed in the same transaction as the counts: both happen, or neither.
      if (this.statements.claim.run(changeId, Date.now()).changes === 0) return false;
      for (const key of keys) {
        this.statements.add.run({ ...values, key });
        for (const [factor, count] of factors) {
          this.statements.addFactor.run(day, key, factor, count);
          if (count < 0) this.statements.dropZeroFactor.run(day, key, factor);
        }
      }
      return true;
    })();
  }

  /**
   * Each matching key's rows are added into the new key's (there are none unless a pseudonym repeats) and deleted, in
   * one transaction. `rollup_changes` keeps change ids only, so a repeated change finds its id and adds nothing.
   */
  replaceKeyPart(part: string, replacement: string) {
    const columns = ROLLUP_COLUMNS;
    return this.db.transaction(() => {
      let changed = 0;
      const keys = this.db
        .prepare<[string], string>(
          "SELECT DISTINCT segment_key FROM rollups WHERE instr('|' || segment_key || '|', ?) > 0",
        )
        .pluck()
        .all(`|${part}|`);
      for (const key of keys) {
        const renamed = keyWithPartReplaced(key, part, replacement);
        if (renamed === undefined) continue;
        this.db
          .prepare(
            `INSERT INTO rollups (day, segment_key, ${columns.join(', ')})
             SELECT day, ?, ${columns.join(', ')} FROM rollups WHERE segment_key = ? AND true
             ON CONFLICT (day, segment_key) DO UPDATE SET ${columns.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
          )
          .run(renamed, key);
        changed += this.db.prepare('DELETE FROM rollups WHERE segment_key = ?').run(key).changes;
        this.db
          .prepare(
            `INSERT INTO rollup_factors (day, segment_key, factor, count)
             SELECT day, ?, factor, count FROM rollup_factors WHERE segment_key = ? AND true
             ON CONFLICT (day, segment_key, factor) DO UPDATE SET count = count + excluded.count`,
          )
          .run(renamed, key);
        this.db.prepare('DELETE FROM rollup_factors WHERE segment_key = ?').run(key);
      }
      return changed;
    })();
  }

  read(range: { from: string; to: string }, keys?: readonly string[]): RollupEntry[] {
    const filter = keys ? ` AND segment_key IN (${keys.map(() => '?').join(', ')})` : '';
    const params = [range.from, range.to, ...(keys ?? [])];
    const rows = this.db
      .prepare(`SELECT * FROM rollups WHERE day BETWEEN ? AND ?${filter} ORDER BY day, segment_key`)
      .all(...params) as RollupRow[];
    const factorRows = this.db
      .prepare(
        `SELECT day, segment_key, factor, count FROM rollup_factors WHERE day BETWEEN ? AND ?${filter}`,
      )
      .all(...params) as { day: string; segment_key: string; factor: string; count: number }[];
    const factors = new Map<string, Record<string, number>>();
    for (const row of factorRows) {
      const slot = `${row.day}\u0000${row.segment_key}`;
      const record = factors.get(slot) ?? {};
      record[row.factor] = row.count;
      factors.set(slot, record);
    }
    return rows.map((row) => ({
      day: row.day,
      segmentKey: row.segment_key,
      rollup: rollupFromColumns(row, factors.get(`${row.day}\u0000${row.segment_key}`)),
    }));
  }
}

export class SqliteInitiativeStore implements InitiativeStore {
  constructor(private readonly db: Database.Database) {}

  get(id: string) {
    return parse<Initiative>(
      this.db.prepare<[string], { body: string }>('SELECT body FROM initiatives WHERE id = ?').get(id),
    );
  }
  save(initiative: Initiative, expectedVersion: number) {
    const body = JSON.stringify(initiative);
    const result =
      expectedVersion === 0
        ? this.db
            .prepare('INSERT OR IGNORE INTO initiatives (id, version, status, body) VALUES (?, ?, ?, ?)')
            .run(initiative.id, initiative.version, initiative.status, body)
        : this.db
            .prepare('UPDATE initiatives SET version = ?, status = ?, body = ? WHERE id = ? AND version = ?')
            .run(initiative.version, initiative.status, body, initiative.id, expectedVersion);
    return result.changes === 1;
  }
  list() {
    return this.db
      .prepare<[], { body: string }>('SELECT body FROM initiatives ORDER BY id')
      .all()
      .map((row) => JSON.parse(row.body) as Initiative);
  }
}

/**
 * Settings and the token keyring. The keyring is made on first use from 32 random bytes and kept in the database:
 * the sandbox's secret store is the local machine.
 */
export class SqliteSettingsStore implements SettingsStore {
  constructor(
    private readonly db: Database.Database,
    private readonly defaults: Settings = DEFAULT_SETTINGS,
  ) {}

  private value<T>(name: string): T | undefined {
    const row = this.db
      .prepare<[string], { value: string }>('SELECT value FROM settings WHERE name = ?')
      .get(name);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }
  private put(name: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      )
      .run(name, JSON.stringify(value));
  }

  settings() {
    return this.value<Settings>('settings') ?? this.defaults;
  }
  saveSettings(settings: Settings) {
    this.put('settings', settings);
  }
  keyring() {
    const existing = this.value<TokenKeyring>('keyring');
    if (existing) return existing;
    const keyring: TokenKeyring = { currentKeyId: 'k1', keys: { k1: randomBytes(32).toString('base64url') } };
    // Another process may have made one meanwhile: keep whichever was stored first.
    this.db
      .prepare('INSERT OR IGNORE INTO settings (name, value) VALUES (?, ?)')
      .run('keyring', JSON.stringify(keyring));
    return this.value<TokenKeyring>('keyring') ?? keyring;
  }
}

export interface SqliteStores {
  readonly db: Database.Database;
  readonly surveys: SqliteSurveyStore;
  readonly responses: SqliteResponseStore;
  readonly rollups: SqliteRollupStore;
  readonly initiatives: SqliteInitiativeStore;
  readonly settings: SqliteSettingsStore;
}

/** Every store on one SQLite database (default `./.xloop/xloop.db`; `:memory:` for tests). */
export function sqliteStores(file: string, defaults?: Settings): SqliteStores {
  const db = openDatabase(file);
  return {
    db,
    surveys: new SqliteSurveyStore(db),
    responses: new SqliteResponseStore(db),
    rollups: new SqliteRollupStore(db),
    initiatives: new SqliteInitiativeStore(db),
    settings: new SqliteSettingsStore(db, defaults),
  };
}
