import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError, createClient, retryAfterMs } from './http-client';

/** A site answering each request with the next of `answers` (the last one again once they run out). */
let answers: { status: number; body?: string; headers?: Record<string, string> }[] = [];
let requests = 0;
let server: Server;
let baseURL = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    const answer = answers[Math.min(requests++, answers.length - 1)] ?? { status: 200 };
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    response.end(answer.body ?? '{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

const site = (...next: typeof answers) => {
  answers = next;
  requests = 0;
  const waits: number[] = [];
  const client = createClient({
    platform: 'Jira',
    baseURL,
    headers: {},
    retry: { retries: 2 },
    sleep: async (ms) => void waits.push(ms),
    random: () => 0.5,
  });
  return { client, waits };
};

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof ConnectorError ? error.code : error),
  );

describe('retryAfterMs', () => {
  it('reads seconds or an HTTP date, never a negative wait', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Mon, 02 Nov 2026 08:00:10 GMT', Date.UTC(2026, 10, 2, 8))).toBe(10_000);
    expect(retryAfterMs('Mon, 02 Nov 2026 08:00:00 GMT', Date.UTC(2026, 10, 2, 9))).toBe(0);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

describe('createClient', () => {
  it('waits for Retry-After on 429 and backs off with jitter on 5xx, then answers the JSON', async () => {
    const { client, waits } = site(
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503 },
      { status: 200, body: '{"ok":true}' },
    );
    expect((await client.get('/x')).data).toEqual({ ok: true });
    expect(waits).toEqual([2000, 500]);
  });

  it('gives up after the retries, and says what to fix for credentials, permissions and addresses', async () => {
    expect(await failure(site({ status: 502 }).client.get('/x'))).toBe('gave-up');
    expect(requests).toBe(3);
    expect(await failure(site({ status: 401 }).client.get('/x'))).toBe('bad-credentials');
    expect(await failure(site({ status: 403 }).client.get('/x'))).toBe('forbidden');
    expect(await failure(site({ status: 404 }).client.get('/x'))).toBe('unknown-site');
    expect(await failure(site({ status: 400 }).client.get('/x'))).toBe('http-error');
    expect(await failure(site({ status: 200, body: '<html>' }).client.get('/x'))).toBe('malformed-response');
  });
});
