import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import type { SqlExecutor, SqlValue } from '../src/storage/sql-executor';

const SERVER = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path));
const INSTALL = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((path) => existsSync(path));

const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });

// Forge SQL's limits, enforced by the stand-in so the stores cannot rely on what Forge would refuse.
const FORGE_SQL_REQUEST_BYTES = 1024 * 1024;
const FORGE_SQL_RESPONSE_BYTES = 4 * 1024 * 1024;

function withinForgeLimits(statement: string, params: readonly SqlValue[]): void {
  // One statement per request: a semicolon may only end the statement.
  if (/;\s*\S/.test(statement)) throw new Error('Forge SQL: one statement per request');
  if (Buffer.byteLength(statement) + Buffer.byteLength(JSON.stringify(params)) > FORGE_SQL_REQUEST_BYTES) {
    throw new Error('Forge SQL: request over 1 MiB');
  }
}

export interface MariaDb {
  readonly port: number;
  /** A fresh, empty database reached through an executor that, like Forge SQL, sends one statement per call. */
  database(name: string): Promise<SqlExecutor>;
  stop(): Promise<void>;
}

/**
 * A private MariaDB server on 127.0.0.1 for the store tests: its own data directory, no grants, no binary log,
 * stopped and deleted afterwards. `npm test` installs Debian's mariadb-server-core (scripts/provision-tests.sh).
 */
export async function startMariaDb(): Promise<MariaDb> {
  if (!SERVER || !INSTALL)
    throw new Error(
      'MariaDB is not installed: apt-get install mariadb-server-core mariadb-client-core (see scripts/provision-tests.sh).',
    );
  const dir = mkdtempSync(join(tmpdir(), 'xloop-mariadb-'));
  const data = join(dir, 'data');
  execFileSync(
    INSTALL,
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      // Even where the machine's own name does not resolve (a fresh container): the server skips the grant tables.
      '--force',
    ],
    // Its complaint, if any, is what the thrown error shows.
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await freePort();
  const server: ChildProcess = spawn(
    SERVER,
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${join(dir, 'mysqld.sock')}`,
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--user=root',
      '--skip-grant-tables',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
    ],
    { stdio: 'ignore' },
  );
  const connections: mysql.Connection[] = [];
  const pools: mysql.Pool[] = [];
  const connect = async (database?: string) => {
    const connection = await mysql.createConnection({
      host: '127.0.0.1',
      port,
      user: 'root',
      ...(database ? { database } : {}),
    });
    connections.push(connection);
    return connection;
  };
  let admin: mysql.Connection | undefined;
  for (let attempt = 0; attempt < 200 && !admin; attempt++) {
    try {
      admin = await connect();
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  if (!admin) {
    server.kill('SIGKILL');
    throw new Error('MariaDB did not start within 20 s.');
  }
  const root = admin;
  return {
    port,
    async database(name) {
      await root.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      // A pool, so calls made at the same time really run at the same time, as concurrent invocations do.
      const connection = mysql.createPool({
        host: '127.0.0.1',
        port,
        user: 'root',
        database: name,
        connectionLimit: 8,
      });
      pools.push(connection);
      return {
        async query<Row>(statement: string, params: readonly SqlValue[] = []) {
          withinForgeLimits(statement, params);
          const [rows] = await connection.query(statement, params as SqlValue[]);
          if (Buffer.byteLength(JSON.stringify(rows)) > FORGE_SQL_RESPONSE_BYTES)
            throw new Error('Forge SQL: response over 4 MiB');
          return rows as Row[];
        },
        async update(statement: string, params: readonly SqlValue[] = []) {
          withinForgeLimits(statement, params);
          const [result] = await connection.query(statement, params as SqlValue[]);
          const header = result as mysql.ResultSetHeader;
          return { affectedRows: header.affectedRows, insertId: header.insertId };
        },
        async ddl(statement: string) {
          await connection.query(statement);
        },
      };
    },
    async stop() {
      await Promise.all([...connections, ...pools].map((c) => c.end().catch(() => {})));
      await new Promise<void>((done) => {
        server.once('exit', () => done());
        server.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
