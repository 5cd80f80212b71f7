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

const call = (name: string, payload: unknown, headers: Record<string, string> = {}) =>
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
    expect(((await instrument.json()) as { locale: string }).locale).toBe('sv');
    expect(
      (await call('getDashboard', {}, { 'x-xloop-account': 'alice', 'x-xloop-roles': 'customer' })).status,
    ).toBe(403);
    expect((await call('getDashboard', {}, { 'x-xloop-roles': 'wizard' })).status).toBe(400);
    expect((await call('noSuchThing', {})).status).toBe(404);
    const broken = await fetch(`${server.url}/api/resolvers/getDashboard`, {
      method: 'POST',
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    const mine = await call(
      'getMyTicketSurvey',
      { ticketId: 'jira:SD-1' },
      { 'x-xloop-account': 'alice', 'x-xloop-roles': 'customer' },
    );
    expect(await mine.json()).toMatchObject({ state: 'sent', open: true });
  });

  it('takes a one-click score from the e-mail and the follow-up, keeping HTML in comments inert', async () => {
    const outbox = (await (await fetch(`${server.url}/api/outbox`)).json()) as {
      scores: string[];
      recipient: string;
    }[];
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.recipient).toBe('alice@example.com');
    const link = outbox[0]?.scores[3] ?? '';
    const page = await fetch(link);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fi">');
    expect(html).toContain('value="3" checked');
    expect(html).toContain('Palvelu oli hidasta');

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

    const again = await (await fetch(`${server.url}/respond?token=${encodeURIComponent(token)}`)).text();
    expect(again).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(again).not.toContain(payload);
    expect(again).toContain('value="slow" checked');
    const response = ports.responses.get(
      outbox[0] ? (ports.surveys.forTicket('jira:SD-1')[0]?.id ?? '') : '',
    );
    expect(response).toMatchObject({
      score: 4,
      factors: ['slow', 'not-informed'],
      comment: payload,
      version: 2,
    });
  });

  it('refuses damaged links and bad follow-ups with 4xx pages and changes nothing', async () => {
    const before = JSON.stringify(ports.responses.forTicket('jira:SD-1'));
    expect((await fetch(`${server.url}/respond?token=x1.k1.bad.sig`)).status).toBe(400);
    expect((await fetch(`${server.url}/respond`)).status).toBe(400);
    const outbox = (await (await fetch(`${server.url}/api/outbox`)).json()) as { open: string }[];
    const token = new URL(outbox[0]?.open ?? '').searchParams.get('token') ?? '';
    const bad = await fetch(`${server.url}/respond`, {
      method: 'POST',
      body: new URLSearchParams({ token, score: '11', comment: 'x'.repeat(2001) }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('role="alert"');
    expect(JSON.stringify(ports.responses.forTicket('jira:SD-1'))).toBe(before);
  });

  it('runs the simulated desk faster than real time on request, and stops', async () => {
    const started = await fetch(`${server.url}/api/simulation`, {
      method: 'POST',
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
      body: JSON.stringify({ action: 'stop' }),
    });
    expect(((await stopped.json()) as { running: boolean }).running).toBe(false);
    expect(
      (
        await fetch(`${server.url}/api/simulation`, {
          method: 'POST',
          body: JSON.stringify({ action: 'fly' }),
        })
      ).status,
    ).toBe(400);
  });
});
