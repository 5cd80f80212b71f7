import { createRequire } from 'node:module';
import type mysql from 'mysql2/promise';
import { currentInvocation } from './invocation';

// `@forge/sql` replaced at the module edge: `sql` is the package's own `SqlClient` and `migrationRunner` its own
// `MigrationRunner`, with the one transport method (`sendRequest`, Forge SQL's `/api/v1/execute` and
// `/api/v1/execute/ddl`) answered by a real MariaDB database (the stand-in of `../mariadb.ts`), so statements,
// parameters, result shapes and `ForgeSQLAPIError`s come from the package itself. The fake service enforces
// Forge SQL's documented per-request limits (https://developer.atlassian.com/platform/forge/limits-sql):
// - "Each SQL statement can only contain a single query": a second statement is refused;
// - request size 1 MiB and response size 4 MiB;
// - per-connection timeout 5 s for SELECT and 10 s for INSERT, UPDATE and DELETE (MariaDB's `max_statement_time`),
//   answered with the documented `QUERY_TIMED_OUT` code (storage-reference/sql-handling-errors);
// - statement errors answered with the documented `SQL_EXECUTION_ERROR` code.
// Forge documents the limits but not the status it answers an over-size request with; the fake answers 413.

const require = createRequire(import.meta.url);
const real = require('@forge/sql') as typeof import('@forge/sql');
const { SqlClient } = require('@forge/sql/out/sql') as { SqlClient: new () => typeof real.sql };
const { MigrationRunner } = require('@forge/sql/out/migration') as {
  MigrationRunner: new (client: typeof real.sql) => typeof real.migrationRunner;
};

export const REQUEST_MAX_BYTES = 1024 * 1024;
export const RESPONSE_MAX_BYTES = 4 * 1024 * 1024;
export const SELECT_TIMEOUT_S = 5;
export const WRITE_TIMEOUT_S = 10;

export interface SqlCallSeen {
  readonly invocation: number;
  readonly endpoint: '/api/v1/execute' | '/api/v1/execute/ddl';
  readonly query: string;
  readonly params: readonly unknown[];
  readonly status: number;
  readonly code?: string;
}

let database: mysql.Pool | undefined;

export const forgeSql = {
  calls: [] as SqlCallSeen[],
  /** The MariaDB database that answers, one per installation. */
  use(pool: mysql.Pool) {
    database = pool;
  },
  reset() {
    forgeSql.calls.length = 0;
  },
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function sqlService(path: string, init: { body: string }): Promise<Response> {
  const endpoint = path as SqlCallSeen['endpoint'];
  const { query, params = [] } = JSON.parse(init.body) as { query: string; params?: unknown[] };
  const record = (response: Response, code?: string) => {
    forgeSql.calls.push({
      invocation: currentInvocation().id,
      endpoint,
      query,
      params,
      status: response.status,
      ...(code ? { code } : {}),
    });
    return response;
  };
  const refuse = (status: number, code: string, message: string) =>
    record(json(status, { code, message }), code);
  if (!database) throw new Error('forgeSql.use(pool) first: the fake Forge SQL has no database.');
  if (Buffer.byteLength(init.body) > REQUEST_MAX_BYTES)
    return refuse(413, 'SQL_EXECUTION_ERROR', 'Request size exceeds the 1 MiB limit.');
  if (/;\s*\S/.test(query))
    return refuse(400, 'SQL_EXECUTION_ERROR', 'Each SQL statement can only contain a single query.');
  const verb = /^\s*(\w+)/.exec(query)?.[1]?.toUpperCase() ?? '';
  const timeout =
    endpoint === '/api/v1/execute'
      ? verb === 'SELECT'
        ? SELECT_TIMEOUT_S
        : ['INSERT', 'UPDATE', 'DELETE', 'REPLACE'].includes(verb)
          ? WRITE_TIMEOUT_S
          : undefined
      : undefined;
  const statement = timeout ? `SET STATEMENT max_statement_time=${timeout} FOR ${query}` : query;
  let result: unknown;
  try {
    [result] = await database.query(statement, params as never[]);
  } catch (error) {
    const failure = error as { errno?: number; message?: string };
    // ER_STATEMENT_TIMEOUT
    if (failure.errno === 1969)
      return refuse(504, real.errorCodes.QUERY_TIMED_OUT, `The query ran longer than ${timeout} s.`);
    return refuse(400, real.errorCodes.SQL_EXECUTION_ERROR, failure.message ?? String(error));
  }
  const rows = Array.isArray(result)
    ? result
    : (({
        affectedRows,
        fieldCount,
        info,
        insertId,
        serverStatus,
        warningStatus,
      }: Record<string, unknown>) => ({
        affectedRows,
        fieldCount,
        info,
        insertId,
        serverStatus,
        warningStatus,
      }))(result as Record<string, unknown>);
  const body = JSON.stringify({ rows });
  if (Buffer.byteLength(body) > RESPONSE_MAX_BYTES)
    return refuse(413, 'SQL_EXECUTION_ERROR', 'Response size exceeds the 4 MiB limit.');
  return record(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
}

/** The package's client with its one transport method answered by the fake service. */
export const sql = new SqlClient();
Object.assign(sql, { sendRequest: sqlService });
export const migrationRunner = new MigrationRunner(sql);
export const { errorCodes, ForgeSQLAPIError } = real;
export default sql;
