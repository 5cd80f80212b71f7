import type { SqlExecutor } from './sql-executor';

/**
 * The schema as named migrations, one statement each (Forge SQL runs one statement per request; its
 * `migrationRunner` applies each name once). Keys are VARCHAR, not TEXT, because MySQL and TiDB index only
 * bounded columns; no foreign keys, which Forge SQL does not support; no partial indexes, which TiDB lacks.
 */
export const MIGRATIONS: readonly (readonly [name: string, statement: string])[] = [
  [
    'v001-surveys',
    `CREATE TABLE IF NOT EXISTS xl_surveys (
      id VARCHAR(512) NOT NULL PRIMARY KEY,
      ticket_id VARCHAR(255) NOT NULL,
      requester_id VARCHAR(255) NOT NULL,
      resolved_at BIGINT NOT NULL,
      send_at BIGINT NOT NULL,
      sent_at BIGINT NULL,
      due_at BIGINT NULL,
      state VARCHAR(16) NOT NULL,
      body MEDIUMTEXT NOT NULL,
      INDEX xl_surveys_ticket (ticket_id),
      INDEX xl_surveys_requester (requester_id),
      INDEX xl_surveys_due (due_at, id)
    )`,
  ],
  [
    'v001-suppressions',
    `CREATE TABLE IF NOT EXISTS xl_suppressions (
      resolution_key VARCHAR(512) NOT NULL PRIMARY KEY,
      ticket_id VARCHAR(255) NOT NULL,
      requester_id VARCHAR(255) NOT NULL,
      body MEDIUMTEXT NOT NULL,
      INDEX xl_suppressions_ticket (ticket_id),
      INDEX xl_suppressions_requester (requester_id)
    )`,
  ],
  [
    'v001-reopenings',
    `CREATE TABLE IF NOT EXISTS xl_reopenings (
      ticket_id VARCHAR(255) NOT NULL,
      at BIGINT NOT NULL,
      PRIMARY KEY (ticket_id, at)
    )`,
  ],
  [
    'v001-opt-outs',
    'CREATE TABLE IF NOT EXISTS xl_opt_outs (requester_id VARCHAR(255) NOT NULL PRIMARY KEY)',
  ],
  [
    'v001-responses',
    `CREATE TABLE IF NOT EXISTS xl_responses (
      survey_id VARCHAR(512) NOT NULL PRIMARY KEY,
      ticket_id VARCHAR(255) NOT NULL,
      requester_id VARCHAR(255) NOT NULL,
      day CHAR(10) NOT NULL,
      answered_at BIGINT NOT NULL,
      has_comment TINYINT NOT NULL,
      pending TINYINT NOT NULL DEFAULT 0,
      body MEDIUMTEXT NOT NULL,
      INDEX xl_responses_ticket (ticket_id),
      INDEX xl_responses_requester (requester_id),
      INDEX xl_responses_comments (has_comment, day, answered_at),
      INDEX xl_responses_pending (pending)
    )`,
  ],
  [
    'v001-rollups',
    `CREATE TABLE IF NOT EXISTS xl_rollups (
      day CHAR(10) NOT NULL,
      segment_key VARCHAR(640) NOT NULL,
      s0 BIGINT NOT NULL DEFAULT 0, s1 BIGINT NOT NULL DEFAULT 0, s2 BIGINT NOT NULL DEFAULT 0,
      s3 BIGINT NOT NULL DEFAULT 0, s4 BIGINT NOT NULL DEFAULT 0, s5 BIGINT NOT NULL DEFAULT 0,
      s6 BIGINT NOT NULL DEFAULT 0, s7 BIGINT NOT NULL DEFAULT 0, s8 BIGINT NOT NULL DEFAULT 0,
      s9 BIGINT NOT NULL DEFAULT 0, s10 BIGINT NOT NULL DEFAULT 0,
      lost_time_answers BIGINT NOT NULL DEFAULT 0,
      lost_time_minutes DOUBLE NOT NULL DEFAULT 0,
      lost_time_minutes_squared DOUBLE NOT NULL DEFAULT 0,
      resolved BIGINT NOT NULL DEFAULT 0,
      sent BIGINT NOT NULL DEFAULT 0,
      answered BIGINT NOT NULL DEFAULT 0,
      expired BIGINT NOT NULL DEFAULT 0,
      applied MEDIUMTEXT NOT NULL,
      PRIMARY KEY (day, segment_key),
      INDEX xl_rollups_key (segment_key, day)
    )`,
  ],
  [
    'v001-rollup-factors',
    `CREATE TABLE IF NOT EXISTS xl_rollup_factors (
      day CHAR(10) NOT NULL,
      segment_key VARCHAR(640) NOT NULL,
      factor VARCHAR(100) NOT NULL,
      count BIGINT NOT NULL,
      applied MEDIUMTEXT NOT NULL,
      PRIMARY KEY (day, segment_key, factor)
    )`,
  ],
  [
    'v001-rollup-changes',
    `CREATE TABLE IF NOT EXISTS xl_rollup_changes (
      seq BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
      change_id VARCHAR(512) NOT NULL,
      day CHAR(10) NOT NULL,
      keys_json MEDIUMTEXT NOT NULL,
      delta_json MEDIUMTEXT NOT NULL,
      done TINYINT NOT NULL DEFAULT 0,
      created_at BIGINT NOT NULL,
      UNIQUE INDEX xl_rollup_changes_id (change_id),
      INDEX xl_rollup_changes_done (done, seq)
    )`,
  ],
  [
    'v001-initiatives',
    `CREATE TABLE IF NOT EXISTS xl_initiatives (
      id VARCHAR(255) NOT NULL PRIMARY KEY,
      version INT NOT NULL,
      status VARCHAR(32) NOT NULL,
      body MEDIUMTEXT NOT NULL
    )`,
  ],
  [
    'v001-settings',
    'CREATE TABLE IF NOT EXISTS xl_settings (name VARCHAR(100) NOT NULL PRIMARY KEY, value MEDIUMTEXT NOT NULL)',
  ],
];

/**
 * Applies the migrations through an executor, each name once, recording them in `xl_migrations`: the stand-in for
 * Forge's `migrationRunner` where that is not available (tests against MariaDB).
 */
export async function migrate(executor: SqlExecutor): Promise<string[]> {
  await executor.ddl(
    'CREATE TABLE IF NOT EXISTS xl_migrations (name VARCHAR(100) NOT NULL PRIMARY KEY, migrated_at BIGINT NOT NULL)',
  );
  const done = new Set(
    (await executor.query<{ name: string }>('SELECT name FROM xl_migrations')).map((row) => row.name),
  );
  const ran: string[] = [];
  for (const [name, statement] of MIGRATIONS) {
    if (done.has(name)) continue;
    await executor.ddl(statement);
    await executor.update('INSERT IGNORE INTO xl_migrations (name, migrated_at) VALUES (?, ?)', [
      name,
      Date.now(),
    ]);
    ran.push(name);
  }
  return ran;
}
