import { DAY, dispatchDue, HOUR, onTicketEvent, settled } from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from '../simulation/organisation';
import { DeskRunner } from '../simulation/run-desk';
import { createApp } from './app';
import { listen } from './serve';
import { SimulationController } from './simulation-controller';

const MONDAY = Date.UTC(2026, 10, 2, 8);
let ports: SandboxPorts;
let server: { url: string; close(): Promise<void> };
let simulation: SimulationController;

beforeAll(async () => {
  ports = openSandbox(':memory:');
  ports.clock.set(MONDAY);
  const ticket = {
    id: 'jira:SD-1',
    kind: 'incident' as const,
    requester: { id: 'alice', email: 'alice@example.com', locale: 'fi-FI' },
    agentId: 'bob',
    status: 'resolved' as const,
    segment: { service: 'VPN', channel: 'portal' },
    createdAt: MONDAY - DAY,
    resolvedAt: MONDAY,
    resolutionCode: 'Done',
  };
  settled(onTicketEvent(ports, { type: 'resolved', ticket, at: MONDAY }));
  ports.clock.set(MONDAY + HOUR);
  settled(dispatchDue(ports));
  simulation = new SimulationController(ports, new DeskRunner(ports, DEFAULT_ORGANISATION, '2026-11-03'));
  server = await listen(createApp(ports, { simulation }), 0);
});

afterAll(async () => {
  simulation.stop();
  await server.close();
});

const ADMIN = { 'x-xloop-account': 'admin-1', 'x-xloop-roles': 'admin' };
const call = (name: string, payload: unknown, headers: Record<string, string> = ADMIN) =>
  fetch(`${server.url}/api/resolvers/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ payload }),
  });

describe('the sandbox server', () => {
  it('listens on 127.0.0.1 and lists its endpoints', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const list = (await (await fetch(server.url)).json()) as { endpoints: { path: string }[] };
    expect(list.endpoints.map((e) => e.path)).toContain('/api/resolvers/:name');
    expect((await fetch(`${server.url}/nowhere`)).status).toBe(404);
  });

  it('answers resolver calls with the caller the headers name, and clear 4xx errors', async () => {
    const instrument = await call('getInstrument', { locale: 'sv' });
    expect(instrument.status).toBe(200);
    expect(((await instrument.json()) as { value: { locale: string } }).value.locale).toBe('sv');
    // The core's wire envelope, the body Forge and ServiceNow send too: the status is in it as well.
    const refused = await call(
      'getDashboard',
      {},
      { 'x-xloop-account': 'alice', 'x-xloop-roles': 'customer' },
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { status: 403, code: 'forbidden', message: expect.any(String) },
    });
    expect((await call('getDashboard', {}, { 'x-xloop-roles': 'wizard' })).status).toBe(400);
    expect((await call('noSuchThing', {})).status).toBe(404);
    const broken = await fetch(`${server.url}/api/resolvers/getDashboard`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('cache-control')).toBe('no-store');
    expect(await broken.json()).toEqual({
      error: { status: 400, code: 'bad-json', message: 'The body is not JSON.' },
    });
    const mine = await call(
      'getMyTicketSurvey',
      { ticketId: 'jira:SD-1' },
      { 'x-xloop-account': 'alice', 'x-xloop-roles': 'customer' },
    );
    expect(await mine.json()).toMatchObject({ value: { state: 'sent', open: true } });
  });

  it('shows a one-click link with its score pre-selected, records it on the tap, keeping HTML in comments inert', async () => {
    const outbox = (await (await fetch(`${server.url}/api/outbox`)).json()) as {
      scores: string[];
      recipient: string;
    }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.recipient).toBe('alice@example.com');
    const link = outbox[0]?.scores[3] ?? '';
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('value="3" checked');
    expect(html).toContain('Palvelu oli hidasta');
    // A scanner fetching every link, with GET and HEAD, records nothing.
    for (const method of ['GET', 'HEAD'])
      for (const each of outbox[0]?.scores ?? []) expect((await fetch(each, { method })).status).toBe(200);
    expect(ports.responses.forTicket('jira:SD-1')).toEqual([]);

    const token = new URL(link).searchParams.get('token') ?? '';
    const payload = '<img src=x onerror=alert(1)>';
    const form = new URLSearchParams({
      token,
      score: '4',
      lostTime: '1-4-hours',
      comment: payload,
      locale: 'fi',
    });
    form.append('factors', 'slow');
    form.append('factors', 'not-informed');
    const saved = await fetch(`${server.url}/respond`, { method: 'POST', body: form });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Kiitos');

    // The link again says it is answered and shows nothing of the answer.
    const again = await (await fetch(`${server.url}/respond?token=${encodeURIComponent(token)}`)).text();
    expect(again).not.toContain('onerror');
    expect(again).not.toContain('<form');
    const response = ports.responses.get(ports.surveys.forTicket('jira:SD-1')[0]?.id ?? '');
    expect(response).toMatchObject({
      score: 4,
      factors: ['slow', 'not-informed'],
      comment: payload,
      version: 1,
    });
  });

  it('serves only loopback names, and refuses other origins, non-JSON posts, anonymous callers and big bodies', async () => {
    const before = JSON.stringify([ports.settings.settings(), ports.responses.forTicket('jira:SD-1')]);
    const app = createApp(ports, { simulation });
    // Every refusal is JSON in the wire shape, its status repeated in the body.
    const status = async (path: string, init: RequestInit = {}) => {
      const answer = await app.request(path, init);
      if (answer.status >= 400)
        expect(await answer.json()).toMatchObject({
          error: { status: answer.status, code: expect.any(String) },
        });
      return answer.status;
    };
    // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 still sends its own name.
    expect(
      await status('http://evil.example:4870/api/outbox', { headers: { host: 'evil.example:4870' } }),
    ).toBe(421);
    expect(await status('http://127.0.0.1/api/outbox', { headers: { host: '127.0.0.1:4870' } })).toBe(200);
    expect(await status('http://localhost/api/outbox', { headers: { host: 'localhost:4870' } })).toBe(200);
    // A cross-site "simple" POST (text/plain) that once changed settings and stopped the simulation.
    const settings = JSON.stringify({ payload: { settings: { minimumSample: 1 } } });
    expect(
      await status('/api/resolvers/saveSettings', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...ADMIN },
        body: settings,
      }),
    ).toBe(415);
    expect(
      await status('/api/simulation', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"action":"stop"}',
      }),
    ).toBe(415);
    expect(
      await status('/api/resolvers/saveSettings', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', ...ADMIN },
        body: settings,
      }),
    ).toBe(403);
    expect(
      await status('/api/resolvers/getDashboard', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    ).toBe(401);
    expect(
      await status('/api/simulation', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"action":"stop"}',
      }),
    ).toBe(401);
    expect(
      await status('/api/resolvers/getDashboard', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ADMIN },
        body: JSON.stringify({ payload: {}, pad: 'x'.repeat(200_000) }),
      }),
    ).toBe(413);
    const deep = await app.request('/api/resolvers/getDashboard', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: `{"payload":{"range":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
    });
    expect(deep.status).toBe(400);
    expect(await deep.text()).not.toMatch(/stack|Maximum/);
    // Same-origin posts from a page with no referrer say `Origin: null`; they still work.
    expect(
      await status('http://127.0.0.1/api/resolvers/getInstrument', {
        method: 'POST',
        headers: { host: '127.0.0.1:4870', origin: 'null', 'content-type': 'application/json', ...ADMIN },
        body: '{}',
      }),
    ).toBe(200);
    expect(JSON.stringify([ports.settings.settings(), ports.responses.forTicket('jira:SD-1')])).toBe(before);
    // With the explicit development flag, a caller who names nobody is the sandbox's administrator.
    const dev = createApp(ports, { devAdmin: true });
    expect(
      (
        await dev.request('/api/resolvers/getSettings', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(200);
  });

  it('says nothing internal when a handler fails', async () => {
    const broken = {
      ...ports,
      settings: {
        ...ports.settings,
        settings: () => {
          throw new Error('SQLITE_CORRUPT at /home/x/db.ts:12');
        },
      },
    };
    const answer = await createApp(broken as never).request('/api/resolvers/getDashboard', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: '{}',
    });
    expect(answer.status).toBe(500);
    const text = await answer.text();
    expect(text).not.toMatch(/SQLITE|home|db\.ts/);
    expect(JSON.parse(text)).toMatchObject({ error: { status: 500, code: 'internal' } });
  });

  it('refuses damaged links and bad follow-ups with 4xx pages and changes nothing', async () => {
    const before = JSON.stringify(ports.responses.forTicket('jira:SD-1'));
    expect((await fetch(`${server.url}/respond?token=x1.k1.bad.sig`)).status).toBe(400);
    expect((await fetch(`${server.url}/respond`)).status).toBe(400);
    const outbox = (await (await fetch(`${server.url}/api/outbox`)).json()) as { open: string }[];
    const token = new URL(outbox[0]?.open ?? '').searchParams.get('token') ?? '';
    const bad = await fetch(`${server.url}/respond`, {
      method: 'POST',
      // The signature's last character changed (to another one whatever it was): the link is altered.
      body: new URLSearchParams({
        token: token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
        score: '11',
        comment: 'x'.repeat(2001),
      }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('role="alert"');
    expect(JSON.stringify(ports.responses.forTicket('jira:SD-1'))).toBe(before);
  });

  it('runs the simulated desk faster than real time on request, and stops', async () => {
    const started = await fetch(`${server.url}/api/simulation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: JSON.stringify({ action: 'start', speed: 20_000 }),
    });
    expect(started.status).toBe(200);
    const first = (await started.json()) as { simulatedNow: string };
    await new Promise((done) => setTimeout(done, 1500));
    simulation.step();
    const status = (await (await fetch(`${server.url}/api/simulation`)).json()) as {
      simulatedNow: string;
      running: boolean;
      summary: { tickets: number };
    };
    expect(Date.parse(status.simulatedNow)).toBeGreaterThan(Date.parse(first.simulatedNow));
    expect(status.running).toBe(true);
    expect(status.summary.tickets).toBeGreaterThan(0);
    const stopped = await fetch(`${server.url}/api/simulation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN },
      body: JSON.stringify({ action: 'stop' }),
    });
    expect(((await stopped.json()) as { running: boolean }).running).toBe(false);
    expect(
      (
        await fetch(`${server.url}/api/simulation`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...ADMIN },
          body: JSON.stringify({ action: 'fly' }),
        })
      ).status,
    ).toBe(400);
  });
});
