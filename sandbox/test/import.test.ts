import { execFile, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { rollupFor } from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox } from '../src/sandbox-ports';

const run = promisify(execFile);
const bin = new URL('../bin/xloop.js', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'xloop-import-'));
const PAGES = 6;
const PER_PAGE = 20;

// A stand-in Jira site on 127.0.0.1: /rest/api/3/field and /rest/api/3/search/jql, slow on later pages.
let requests: string[] = [];
let server: Server;
let site: string;

const issue = (n: number) => ({
  id: String(20_000 + n),
  key: `SD-${n}`,
  fields: {
    created: '2026-10-01T09:00:00.000+0000',
    resolutiondate: `2026-10-${String(1 + (n % 28)).padStart(2, '0')}T12:00:00.000+0000`,
    resolution: { name: 'Done' },
    issuetype: { name: 'IT Help' },
    components: [{ name: 'VPN' }],
    reporter: { accountId: `acc-${n}`, accountType: 'customer' },
    customfield_10034: n % 2 ? { rating: 4 } : null,
  },
});

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(
      url.pathname +
        (url.searchParams.get('nextPageToken') ? `#${url.searchParams.get('nextPageToken')}` : ''),
    );
    response.setHeader('content-type', 'application/json');
    if (
      request.headers.authorization !== `Basic ${Buffer.from('me@example.com:secret').toString('base64')}`
    ) {
      response.statusCode = 401;
      return void response.end('{"errorMessages":["Client must be authenticated"]}');
    }
    if (url.pathname === '/rest/api/3/field') {
      return void response.end(
        JSON.stringify([
          {
            id: 'customfield_10034',
            name: 'Satisfaction',
            custom: true,
            schema: { type: 'sd-feedback', custom: 'com.atlassian.servicedesk:sd-request-feedback' },
          },
        ]),
      );
    }
    const page = Number(url.searchParams.get('nextPageToken') ?? 0);
    const body = JSON.stringify({
      issues: Array.from({ length: PER_PAGE }, (_, i) => issue(page * PER_PAGE + i)),
      isLast: page === PAGES - 1,
      ...(page < PAGES - 1 ? { nextPageToken: String(page + 1) } : {}),
    });
    setTimeout(() => response.end(body), page >= 2 ? 300 : 0);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

const args = (db: string, token = 'secret') => [
  'import',
  'jira',
  '--site',
  site,
  '--email',
  'me@example.com',
  '--token',
  token,
  '--since',
  '2026-10-01',
  '--db',
  db,
  '--json',
];
const resolvedIn = (db: string) => {
  const ports = openSandbox(db);
  const range = { from: '2026-10-01', to: '2026-10-31' };
  const total = rollupFor(ports.rollups.read(range), range);
  ports.close();
  return total;
};

describe('xloop import', () => {
  it('imports every page and says so as JSON', async () => {
    requests = [];
    const db = join(scratch, 'whole.db');
    const { stdout } = await run('node', [bin, ...args(db)]);
    expect(JSON.parse(stdout)).toMatchObject({
      pages: PAGES,
      tickets: PAGES * PER_PAGE,
      imported: PAGES * PER_PAGE,
      rated: (PAGES * PER_PAGE) / 2,
    });
    expect(resolvedIn(db)).toMatchObject({ resolved: PAGES * PER_PAGE, answered: (PAGES * PER_PAGE) / 2 });
  });

  it('refuses bad credentials with exit code 2 and a message saying what to fix', async () => {
    const failed = await run('node', [bin, ...args(join(scratch, 'denied.db'), 'wrong')]).catch(
      (e) => e as { code: number; stderr: string },
    );
    expect(failed).toMatchObject({ code: 2 });
    expect((failed as { stderr: string }).stderr).toContain('rejected the credentials (HTTP 401)');
  });

  it('loses and doubles nothing when killed with SIGKILL mid-import, and resumes', async () => {
    requests = [];
    const db = join(scratch, 'killed.db');
    const child = spawn('node', [bin, ...args(db)]);
    // Kill it while it waits for page 4: pages 0–2 are stored, page 3 may be half-way.
    await new Promise<void>((ready) => {
      const poll = setInterval(() => {
        if (requests.includes('/rest/api/3/search/jql#4')) {
          clearInterval(poll);
          ready();
        }
      }, 10);
    });
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    const partial = resolvedIn(db).resolved;
    expect(partial).toBeGreaterThanOrEqual(3 * PER_PAGE);
    expect(partial).toBeLessThan(PAGES * PER_PAGE);

    requests = [];
    const { stdout } = await run('node', [bin, ...args(db)]);
    expect(JSON.parse(stdout)).toMatchObject({ resumed: true });
    // It went on from the saved page rather than from the start.
    expect(requests).not.toContain('/rest/api/3/search/jql');
    expect(resolvedIn(db)).toMatchObject({ resolved: PAGES * PER_PAGE, answered: (PAGES * PER_PAGE) / 2 });
  });
});
