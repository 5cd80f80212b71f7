import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ADDRESS_BAR_SCRIPT_HASH, DAY, dispatchDue, HOUR, onTicketEvent, settled } from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { createApp } from './app';
import { listen } from './serve';
import { readFollowUpScript } from './ui-routes';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const SCRIPT = 'document.body.dataset.enhanced = "</script>";';
let ports: SandboxPorts;
let server: { url: string; close(): Promise<void> };
let uiRoot: string;
let token: string;

beforeAll(async () => {
  uiRoot = mkdtempSync(join(tmpdir(), 'xloop-follow-up-'));
  mkdirSync(join(uiRoot, 'follow-up', 'dist'), { recursive: true });
  writeFileSync(join(uiRoot, 'follow-up', 'dist', 'follow-up.js'), SCRIPT);
  ports = openSandbox(':memory:');
  ports.clock.set(MONDAY);
  const ticket = {
    id: 'jira:SD-7',
    kind: 'request' as const,
    requester: { id: 'alice', email: 'alice@example.com', locale: 'de-DE' },
    status: 'resolved' as const,
    segment: { service: 'Laptops' },
    createdAt: MONDAY - DAY,
    resolvedAt: MONDAY,
    resolutionCode: 'Done',
  };
  settled(onTicketEvent(ports, { type: 'resolved', ticket, at: MONDAY }));
  ports.clock.set(MONDAY + HOUR);
  settled(dispatchDue(ports));
  server = await listen(createApp(ports, { followUpScript: readFollowUpScript(uiRoot) ?? null }), 0);
  const outbox = (await (await fetch(`${server.url}/api/outbox`)).json()) as { scores: string[] }[];
  token = new URL(outbox[0]?.scores[6] ?? '').searchParams.get('token') ?? '';
});

afterAll(async () => {
  await server.close();
  rmSync(uiRoot, { recursive: true, force: true });
});

const json = (body: unknown) =>
  fetch(`${server.url}/respond`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the one-click follow-up with its script', () => {
  it('inlines the built script and allows exactly it by its hash', async () => {
    const page = await fetch(`${server.url}/respond?token=${encodeURIComponent(token)}`);
    const html = await page.text();
    const inlined = 'document.body.dataset.enhanced = "<\\/script>";';
    expect(html).toContain(`<script type="module">${inlined}</script>`);
    expect(html).toContain(`data-token="${token}"`);
    const hash = createHash('sha256').update(inlined).digest('base64');
    expect(page.headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; script-src '${ADDRESS_BAR_SCRIPT_HASH}' 'sha256-${hash}'; connect-src 'self'`,
    );
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(readFollowUpScript(join(uiRoot, 'nowhere'))).toBeUndefined();
  });

  it('reads the survey, records the answer once and edits it by the grant, as JSON at the same path', async () => {
    const view = await json({ token, locale: 'en-GB' });
    expect(view.status).toBe(200);
    expect(view.headers.get('cache-control')).toBe('no-store');
    expect(await view.json()).toMatchObject({
      open: true,
      score: 6,
      answered: false,
      response: null,
      instrument: { locale: 'en' },
    });
    expect(ports.responses.forTicket('jira:SD-7')).toHaveLength(0);
    const saved = await json({ token, answer: { score: 6, factors: ['slow'], comment: 'ok' } });
    expect(saved.status).toBe(200);
    const body = (await saved.json()) as { response: object; grant: string };
    expect(body).toMatchObject({ response: { score: 6, factors: ['slow'], comment: 'ok' } });
    expect(body.response).not.toHaveProperty('segment');
    expect((await json({ token, answer: { score: 1 } })).status).toBe(409);
    expect((await json({ token: body.grant, answer: { score: 4, factors: ['slow'] } })).status).toBe(200);
    expect(ports.responses.forTicket('jira:SD-7')).toMatchObject([{ score: 4, version: 2 }]);
  });

  it('refuses what is not a follow-up request, and bad links with their status', async () => {
    expect((await json({ answer: { score: 1 } })).status).toBe(400);
    expect(
      (
        await fetch(`${server.url}/respond`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        })
      ).status,
    ).toBe(400);
    const damaged = await json({ token: 'x1.k1.bad.sig' });
    expect(damaged.status).toBe(400);
    expect(await damaged.json()).toMatchObject({ error: { status: 400, code: 'bad-signature' } });
  });
});
