import {
  DEFAULT_SETTINGS,
  type Initiative,
  type InitiativeStore,
  type Instant,
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
import { batchesWithin } from './batches';

/** Comments read per request: 1,000 of at most 2,000 characters stay well inside a 4 MiB answer. */
export const COMMENT_PAGE = 1_000;

import type { SqlExecutor, SqlValue } from './sql-executor';

const parse = <T>(rows: readonly { body: string }[]): T[] => rows.map((row) => JSON.parse(row.body) as T);
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The string at `path` of a JSON `body`, compared byte for byte (a case-insensitive collation must not match `A` for `a`). */
const jsonIs = (path: string) =>
  `CAST(JSON_UNQUOTE(JSON_EXTRACT(body, '${path}')) AS BINARY) = CAST(? AS BINARY)`;

/**
 * A cheap first condition for a full scan: an id of the characters account ids are made of stands in every JSON body
 * as it is, so a substring search rules out the bodies that cannot name it before any is parsed. Other ids (which a
 * JSON writer may escape one way or another) are left to the exact condition alone.
 */
const mayName = (agentId: string): { readonly sql: string; readonly params: SqlValue[] } =>
  /^[A-Za-z0-9:._-]+$/.test(agentId)
    ? { sql: 'LOCATE(CAST(? AS BINARY), CAST(body AS BINARY)) > 0 AND ', params: [agentId] }
    : { sql: '', params: [] };

/** Inserts or replaces rows in batches that each fit one request (`batchesWithin`): `into` up to `VALUES`, then `onDuplicate`. */
async function upsertRows(db: SqlExecutor, into: string, onDuplicate: string, rows: readonly SqlValue[][]) {
  for (const batch of batchesWithin(rows)) {
    const values = batch.map((row) => `(${placeholders(row.length)})`).join(', ');
    await db.update(`${into} VALUES ${values} ${onDuplicate}`, batch.flat());
  }
}

/** The page after `after` of a read ordered by `key`, as SQL to append and its values. */
const pageOf = (key: string, page: Page) => ({
  sql: ` AND ${key} > ? ORDER BY ${key} LIMIT ?`,
  params: [page.after, page.limit] as SqlValue[],
});

const SURVEY_COLUMNS = 'id, ticket_id, requester_id, resolved_at, send_at, sent_at, due_at, state, body';
const SURVEY_UPDATE = `ticket_id = VALUES(ticket_id), requester_id = VALUES(requester_id),
  resolved_at = VALUES(resolved_at), send_at = VALUES(send_at), sent_at = VALUES(sent_at), state = VALUES(state),
  body = VALUES(body)`;
const surveyRow = (survey: Survey, dueAt: Instant | undefined): SqlValue[] => [
  survey.id,
  survey.ticketId,
  survey.requester.id,
  survey.resolvedAt,
  survey.sendAt,
  survey.sentAt ?? null,
  dueAt ?? null,
  survey.state,
  JSON.stringify(survey),
];

const RESPONSE_COLUMNS = 'survey_id, ticket_id, requester_id, day, answered_at, has_comment, pending, body';
const RESPONSE_UPDATE = `ticket_id = VALUES(ticket_id), requester_id = VALUES(requester_id), day = VALUES(day),
  answered_at = VALUES(answered_at), has_comment = VALUES(has_comment), pending = VALUES(pending), body = VALUES(body)`;
const responseRow = (response: StoredResponse): SqlValue[] => [
  response.surveyId,
  response.ticketId,
  response.requesterId,
  response.day,
  response.answeredAt,
  response.comment !== undefined ? 1 : 0,
  response.pending !== undefined ? 1 : 0,
  JSON.stringify(response),
];

export class SqlSurveyStore implements SurveyStore {
  constructor(private readonly db: SqlExecutor) {}

  async get(id: string) {
    return parse<Survey>(
      await this.db.query<{ body: string }>('SELECT body FROM xl_surveys WHERE id = ?', [id]),
    )[0];
  }
  async save(survey: Survey, dueAt: Instant | undefined) {
    await this.db.update(
      `INSERT INTO xl_surveys (${SURVEY_COLUMNS}) VALUES (${placeholders(9)})
       ON DUPLICATE KEY UPDATE ${SURVEY_UPDATE}, due_at = VALUES(due_at)`,
      surveyRow(survey, dueAt),
    );
  }
  async forTicket(ticketId: string) {
    return parse<Survey>(
      await this.db.query<{ body: string }>('SELECT body FROM xl_surveys WHERE ticket_id = ? ORDER BY id', [
        ticketId,
      ]),
    );
  }
  async forRequester(requesterId: string, since: Instant) {
    return parse<Survey>(
      await this.db.query<{ body: string }>(
        'SELECT body FROM xl_surveys WHERE requester_id = ? AND (resolved_at >= ? OR send_at >= ? OR sent_at >= ?) ORDER BY id',
        [requesterId, since, since, since],
      ),
    );
  }
  async due(now: Instant, limit: number) {
    return parse<Survey>(
      await this.db.query<{ body: string }>(
        'SELECT body FROM xl_surveys WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, id LIMIT ?',
        [now, limit],
      ),
    );
  }
  async suppress(suppression: Suppression) {
    await this.db.update(
      'INSERT IGNORE INTO xl_suppressions (resolution_key, ticket_id, requester_id, body) VALUES (?, ?, ?, ?)',
      [suppression.resolutionKey, suppression.ticketId, suppression.requesterId, JSON.stringify(suppression)],
    );
  }
  async suppressedFor(ticketId: string) {
    const rows = await this.db.query<{ resolution_key: string }>(
      'SELECT resolution_key FROM xl_suppressions WHERE ticket_id = ? ORDER BY resolution_key',
      [ticketId],
    );
    return rows.map((row) => row.resolution_key);
  }
  async recordReopening(ticketId: string, at: Instant) {
    await this.db.update('INSERT IGNORE INTO xl_reopenings (ticket_id, at) VALUES (?, ?)', [ticketId, at]);
  }
  async reopeningsFor(ticketId: string) {
    const rows = await this.db.query<{ at: number | string }>(
      'SELECT at FROM xl_reopenings WHERE ticket_id = ? ORDER BY at',
      [ticketId],
    );
    return rows.map((row) => Number(row.at));
  }
  async isOptedOut(requesterId: string) {
    return (
      (await this.db.query('SELECT 1 AS yes FROM xl_opt_outs WHERE requester_id = ?', [requesterId])).length >
      0
    );
  }
  async setOptOut(requesterId: string, optedOut: boolean) {
    if (optedOut)
      await this.db.update('INSERT IGNORE INTO xl_opt_outs (requester_id) VALUES (?)', [requesterId]);
    else await this.db.update('DELETE FROM xl_opt_outs WHERE requester_id = ?', [requesterId]);
  }
  async byRequester(requesterId: string, page: Page) {
    const paged = pageOf('id', page);
    return parse<Survey>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_surveys WHERE requester_id = ?${paged.sql}`,
        [requesterId, ...paged.params],
      ),
    );
  }
  /** No column holds the agent: a scan in key order, the bodies that cannot name it ruled out first. */
  async byAgent(agentId: string, page: Page) {
    const scan = mayName(agentId);
    const paged = pageOf('id', page);
    return parse<Survey>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_surveys WHERE ${scan.sql}(${jsonIs('$.agentId')} OR ${jsonIs('$.segment.agent')})${paged.sql}`,
        [...scan.params, agentId, agentId, ...paged.params],
      ),
    );
  }
  async suppressionsByRequester(requesterId: string, page: Page) {
    const paged = pageOf('resolution_key', page);
    return parse<Suppression>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_suppressions WHERE requester_id = ?${paged.sql}`,
        [requesterId, ...paged.params],
      ),
    );
  }
  async suppressionsByAgent(agentId: string, page: Page) {
    const scan = mayName(agentId);
    const paged = pageOf('resolution_key', page);
    return parse<Suppression>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_suppressions WHERE ${scan.sql}${jsonIs('$.segment.agent')}${paged.sql}`,
        [...scan.params, agentId, ...paged.params],
      ),
    );
  }
  /**
   * A few multi-row upserts, each one request; `due_at` is left as stored. Forge SQL has no transaction across
   * requests, so a dispatch run may send a survey between an erase's read and this write: a stored survey whose state
   * or sending is no longer what was read keeps its row (the next erase of that person picks it up), so an erase can
   * never turn a sent survey back into a scheduled one and have it sent twice. State and sending are never written
   * here, so the condition reads them as stored.
   */
  async saveAll(surveys: readonly Survey[]) {
    const asRead = 'state = VALUES(state) AND sent_at <=> VALUES(sent_at)';
    const kept = (column: string) => `${column} = IF(${asRead}, VALUES(${column}), ${column})`;
    await upsertRows(
      this.db,
      `INSERT INTO xl_surveys (${SURVEY_COLUMNS})`,
      `ON DUPLICATE KEY UPDATE ${['body', 'ticket_id', 'requester_id', 'resolved_at', 'send_at'].map(kept).join(', ')}`,
      surveys.map((survey) => surveyRow(survey, undefined)),
    );
  }
  async saveSuppressions(suppressions: readonly Suppression[]) {
    await upsertRows(
      this.db,
      'INSERT INTO xl_suppressions (resolution_key, ticket_id, requester_id, body)',
      `ON DUPLICATE KEY UPDATE ticket_id = VALUES(ticket_id), requester_id = VALUES(requester_id),
         body = VALUES(body)`,
      suppressions.map((s) => [s.resolutionKey, s.ticketId, s.requesterId, JSON.stringify(s)]),
    );
  }
}

export class SqlResponseStore implements ResponseStore {
  constructor(
    private readonly db: SqlExecutor,
    private readonly commentPage: number = COMMENT_PAGE,
  ) {}

  async get(surveyId: string) {
    return parse<StoredResponse>(
      await this.db.query<{ body: string }>('SELECT body FROM xl_responses WHERE survey_id = ?', [surveyId]),
    )[0];
  }
  async save(response: StoredResponse) {
    await this.saveAll([response]);
  }
  async forTicket(ticketId: string) {
    return parse<StoredResponse>(
      await this.db.query<{ body: string }>(
        'SELECT body FROM xl_responses WHERE ticket_id = ? ORDER BY survey_id',
        [ticketId],
      ),
    );
  }
  /**
   * Read in pages (`COMMENT_PAGE` by default), newest first, each after the last one read: a comment may be 2,000 characters,
   * so 5,000 of them in one answer could pass Forge SQL's 4 MiB response limit.
   */
  async withComments(range: { from: string; to: string }, limit: number) {
    const found: StoredResponse[] = [];
    let after: { answered_at: number; survey_id: string } | undefined;
    while (found.length < limit) {
      const want = Math.min(this.commentPage, limit - found.length);
      const rows = await this.db.query<{ body: string; answered_at: number; survey_id: string }>(
        `SELECT body, answered_at, survey_id FROM xl_responses WHERE has_comment = 1 AND day BETWEEN ? AND ?${
          after ? ' AND (answered_at < ? OR (answered_at = ? AND survey_id > ?))' : ''
        } ORDER BY answered_at DESC, survey_id LIMIT ?`,
        [
          range.from,
          range.to,
          ...(after ? [after.answered_at, after.answered_at, after.survey_id] : []),
          want,
        ],
      );
      found.push(...parse<StoredResponse>(rows));
      const last = rows[rows.length - 1];
      if (!last || rows.length < want) break;
      after = { answered_at: Number(last.answered_at), survey_id: last.survey_id };
    }
    return found;
  }
  async pending(limit: number) {
    return parse<StoredResponse>(
      await this.db.query<{ body: string }>(
        'SELECT body FROM xl_responses WHERE pending = 1 ORDER BY survey_id LIMIT ?',
        [limit],
      ),
    );
  }
  async byRequester(requesterId: string, page: Page) {
    const paged = pageOf('survey_id', page);
    return parse<StoredResponse>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_responses WHERE requester_id = ?${paged.sql}`,
        [requesterId, ...paged.params],
      ),
    );
  }
  async byAgent(agentId: string, page: Page) {
    const scan = mayName(agentId);
    const paged = pageOf('survey_id', page);
    return parse<StoredResponse>(
      await this.db.query<{ body: string }>(
        `SELECT body FROM xl_responses WHERE ${scan.sql}${jsonIs('$.segment.agent')}${paged.sql}`,
        [...scan.params, agentId, ...paged.params],
      ),
    );
  }
  /** A few multi-row upserts, each one request. */
  async saveAll(responses: readonly StoredResponse[]) {
    await upsertRows(
      this.db,
      `INSERT INTO xl_responses (${RESPONSE_COLUMNS})`,
      `ON DUPLICATE KEY UPDATE ${RESPONSE_UPDATE}`,
      responses.map(responseRow),
    );
  }
}

const COLUMNS = ROLLUP_COLUMNS;

/**
 * Rollups without transactions. Forge SQL runs one statement per request and no transaction spans requests, so a
 * change cannot be claimed and counted atomically. Instead: (1) the change is logged with its whole delta
 * (`INSERT IGNORE` on its id — atomic); (2) each rollup row is updated by one upsert that adds the delta only if the
 * row's `applied` list lacks the change's sequence number, and adds it there in the same statement; (3) the change is
 * marked done. A crash anywhere is finished by the next call with the same id (or `finishChanges`), each row counted
 * exactly once. Sequence numbers identify, they need not be ordered (TiDB's auto-increment is not).
 */
export class SqlRollupStore implements RollupStore {
  constructor(
    private readonly db: SqlExecutor,
    private readonly now: () => number = Date.now,
  ) {}

  async apply(changeId: string, day: string, keys: readonly string[], delta: Rollup) {
    const claimed = await this.db.update(
      'INSERT IGNORE INTO xl_rollup_changes (change_id, day, keys_json, delta_json, done, created_at) VALUES (?, ?, ?, ?, 0, ?)',
      [changeId, day, JSON.stringify(keys), JSON.stringify(delta), this.now()],
    );
    const [change] = await this.db.query<{
      seq: number | string;
      day: string;
      keys_json: string;
      delta_json: string;
      done: number;
    }>('SELECT seq, day, keys_json, delta_json, done FROM xl_rollup_changes WHERE change_id = ?', [changeId]);
    if (!change) throw new Error(`rollup change ${changeId} was neither claimed nor found`);
    if (Number(change.done) === 1) return false;
    // The logged delta, not the arguments: a retry finishes exactly what was first claimed.
    await this.applyRows(
      Number(change.seq),
      change.day,
      JSON.parse(change.keys_json) as string[],
      JSON.parse(change.delta_json) as Rollup,
    );
    await this.db.update('UPDATE xl_rollup_changes SET done = 1 WHERE seq = ?', [Number(change.seq)]);
    return claimed.affectedRows === 1;
  }

  /** Finishes changes a crash left half-applied; returns how many. */
  async finishChanges(limit = 100): Promise<number> {
    const open = await this.db.query<{
      change_id: string;
      day: string;
      keys_json: string;
      delta_json: string;
    }>(
      'SELECT change_id, day, keys_json, delta_json FROM xl_rollup_changes WHERE done = 0 ORDER BY seq LIMIT ?',
      [limit],
    );
    for (const change of open) {
      await this.apply(
        change.change_id,
        change.day,
        JSON.parse(change.keys_json) as string[],
        JSON.parse(change.delta_json) as Rollup,
      );
    }
    return open.length;
  }

  private async applyRows(seq: number, day: string, keys: readonly string[], delta: Rollup): Promise<void> {
    const mark = `,${seq},`;
    const values = rollupColumnValues(delta);
    for (const key of keys) {
      // `applied` is assigned last: MySQL and TiDB evaluate assignments in order, so the tests above it see the old list.
      await this.db.update(
        `INSERT INTO xl_rollups (day, segment_key, ${COLUMNS.join(', ')}, applied)
         VALUES (?, ?, ${placeholders(COLUMNS.length)}, ?)
         ON DUPLICATE KEY UPDATE ${COLUMNS.map((c) => `${c} = IF(LOCATE(?, applied) > 0, ${c}, ${c} + VALUES(${c}))`).join(', ')},
           applied = IF(LOCATE(?, applied) > 0, applied, CONCAT(applied, ?))`,
        [day, key, ...values, mark, ...COLUMNS.map(() => mark), mark, `${seq},`],
      );
      for (const [factor, count] of Object.entries(delta.factors)) {
        await this.db.update(
          `INSERT INTO xl_rollup_factors (day, segment_key, factor, count, applied) VALUES (?, ?, ?, ?, ?)
           ON DUPLICATE KEY UPDATE count = IF(LOCATE(?, applied) > 0, count, count + VALUES(count)),
             applied = IF(LOCATE(?, applied) > 0, applied, CONCAT(applied, ?))`,
          [day, key, factor, count, mark, mark, mark, `${seq},`],
        );
      }
    }
  }

  /**
   * Three set-based UPDATEs, one per table, each one request and atomic on its own: the rows of `xl_rollups` and
   * `xl_rollup_factors` move to the new key (their `applied` lists with them, so a change finished later still
   * counts each row once), and the keys logged in `xl_rollup_changes` are rewritten, so that a change repeated or
   * finished after this (`apply` and `finishChanges` count the logged keys) never brings the old key back. Parts are
   * matched whole, between `|` or the ends of the key (in the log, a key's JSON quotes), byte for byte. A new key
   * that exists already (a pseudonym used twice) makes the statement fail and change nothing.
   */
  async replaceKeyPart(part: string, replacement: string): Promise<number> {
    let changed = 0;
    for (const table of ['xl_rollups', 'xl_rollup_factors']) {
      const result = await this.db.update(
        `UPDATE ${table} SET segment_key = SUBSTRING(REPLACE(CONCAT('|', segment_key, '|'), ?, ?), 2,
           CHAR_LENGTH(REPLACE(CONCAT('|', segment_key, '|'), ?, ?)) - 2)
         WHERE LOCATE(CAST(? AS BINARY), CAST(CONCAT('|', segment_key, '|') AS BINARY)) > 0`,
        [`|${part}|`, `|${replacement}|`, `|${part}|`, `|${replacement}|`, `|${part}|`],
      );
      if (table === 'xl_rollups') changed += result.affectedRows;
    }
    // In the log a key is a JSON string: the part is bounded by its quotes or by `|`, and JSON-escaped like it.
    const json = (text: string) => JSON.stringify(text).slice(1, -1);
    const [from, to] = [json(part), json(replacement)];
    const bounds = [
      ['"', '"'],
      ['"', '|'],
      ['|', '"'],
      ['|', '|'],
    ];
    const found = bounds.map(([before, after]) => `${before}${from}${after}`);
    // Only rows that hold the part are matched: the rows counted are the rows changed, however a driver counts.
    const logged = await this.db.update(
      `UPDATE xl_rollup_changes SET keys_json = ${bounds.reduce((text) => `REPLACE(${text}, ?, ?)`, 'keys_json')}
       WHERE ${found.map(() => 'LOCATE(CAST(? AS BINARY), CAST(keys_json AS BINARY)) > 0').join(' OR ')}`,
      [
        ...bounds.flatMap(([before, after]) => [`${before}${from}${after}`, `${before}${to}${after}`]),
        ...found,
      ],
    );
    return changed + logged.affectedRows;
  }

  async read(range: { from: string; to: string }, keys?: readonly string[]): Promise<RollupEntry[]> {
    const filter = keys ? ` AND segment_key IN (${placeholders(keys.length)})` : '';
    const params: SqlValue[] = [range.from, range.to, ...(keys ?? [])];
    if (keys && keys.length === 0) return [];
    const rows = await this.db.query<Record<string, string | number>>(
      `SELECT day, segment_key, ${COLUMNS.join(', ')} FROM xl_rollups WHERE day BETWEEN ? AND ?${filter} ORDER BY day, segment_key`,
      params,
    );
    const factorRows = await this.db.query<{
      day: string;
      segment_key: string;
      factor: string;
      count: number | string;
    }>(
      `SELECT day, segment_key, factor, count FROM xl_rollup_factors WHERE day BETWEEN ? AND ? AND count <> 0${filter}`,
      params,
    );
    const factors = new Map<string, Record<string, number>>();
    for (const row of factorRows) {
      const slot = `${row.day}\u0000${row.segment_key}`;
      const record = factors.get(slot) ?? {};
      record[row.factor] = Number(row.count);
      factors.set(slot, record);
    }
    return rows.map((row) => ({
      day: String(row.day),
      segmentKey: String(row.segment_key),
      rollup: rollupFromColumns(row, factors.get(`${row.day}\u0000${row.segment_key}`)),
    }));
  }
}

export class SqlInitiativeStore implements InitiativeStore {
  constructor(private readonly db: SqlExecutor) {}

  async get(id: string) {
    return parse<Initiative>(
      await this.db.query<{ body: string }>('SELECT body FROM xl_initiatives WHERE id = ?', [id]),
    )[0];
  }
  async save(initiative: Initiative, expectedVersion: number) {
    const body = JSON.stringify(initiative);
    const result =
      expectedVersion === 0
        ? await this.db.update(
            'INSERT IGNORE INTO xl_initiatives (id, version, status, body) VALUES (?, ?, ?, ?)',
            [initiative.id, initiative.version, initiative.status, body],
          )
        : await this.db.update(
            'UPDATE xl_initiatives SET version = ?, status = ?, body = ? WHERE id = ? AND version = ?',
            [initiative.version, initiative.status, body, initiative.id, expectedVersion],
          );
    return result.affectedRows === 1;
  }
  async list() {
    return parse<Initiative>(
      await this.db.query<{ body: string }>('SELECT body FROM xl_initiatives ORDER BY id'),
    );
  }
}

/** Where the token keys live: the platform's secret store (Forge KVS secrets), never the database. */
export interface SecretStore {
  get(name: string): Promise<string | undefined>;
  /** Stores unless a value is there already; returns the value in force. */
  setIfAbsent(name: string, value: string): Promise<string>;
}

export class SqlSettingsStore implements SettingsStore {
  constructor(
    private readonly db: SqlExecutor,
    private readonly secrets: SecretStore,
    private readonly newKey: () => string,
    private readonly defaults: Settings = DEFAULT_SETTINGS,
  ) {}

  async settings() {
    const [row] = await this.db.query<{ value: string }>(
      "SELECT value FROM xl_settings WHERE name = 'settings'",
    );
    return row ? (JSON.parse(row.value) as Settings) : this.defaults;
  }
  async saveSettings(settings: Settings) {
    await this.db.update(
      "INSERT INTO xl_settings (name, value) VALUES ('settings', ?) ON DUPLICATE KEY UPDATE value = VALUES(value)",
      [JSON.stringify(settings)],
    );
  }
  async keyring(): Promise<TokenKeyring> {
    const stored = await this.secrets.get('xloop-token-keyring');
    if (stored) return JSON.parse(stored) as TokenKeyring;
    const made: TokenKeyring = { currentKeyId: 'k1', keys: { k1: this.newKey() } };
    return JSON.parse(
      await this.secrets.setIfAbsent('xloop-token-keyring', JSON.stringify(made)),
    ) as TokenKeyring;
  }
}
