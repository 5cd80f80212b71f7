import type { PolicyPreview } from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from '../simulation/organisation';
import { type DeskRunSummary, runDesk } from '../simulation/run-desk';
import { createApp } from './app';
import { listen } from './serve';

let ports: SandboxPorts;
let desk: DeskRunSummary;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  ports = openSandbox(':memory:');
  // Five weeks of the simulated desk: the last 30 days are full of tickets.
  desk = runDesk(ports, DEFAULT_ORGANISATION, { from: '2026-10-01', to: '2026-11-04' });
  server = await listen(createApp(ports), 0);
}, 60_000);

afterAll(async () => {
  await server.close();
  ports.close();
});

const preview = (payload: unknown, roles = 'admin') =>
  fetch(`${server.url}/api/resolvers/previewPolicy`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xloop-account': 'ada', 'x-xloop-roles': roles },
    body: JSON.stringify({ payload }),
  });

const snapshot = () => ({
  surveys: ports.db.prepare('SELECT id, state, due_at FROM surveys ORDER BY id').all(),
  suppressions: ports.db.prepare('SELECT COUNT(*) FROM suppressions').pluck().get(),
  rollups: ports.rollups.read({ from: '2026-01-01', to: '2027-12-31' }),
  outbox: ports.delivery.count(),
  settings: ports.settings.settings(),
  events: ports.db.prepare('SELECT COUNT(*) FROM ticket_events').pluck().get(),
});

describe('POST /api/resolvers/previewPolicy', () => {
  it('previews candidate settings over the simulated desk’s last 30 days, changing nothing', async () => {
    const recorded = ports.history.ticketEvents(0, Number.MAX_SAFE_INTEGER, 1_000_000).events.length;
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThanOrEqual(desk.events);
    const before = snapshot();
    const started = performance.now();
    const response = await preview({ settings: { policy: { minDaysBetweenSurveys: 14 } } });
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    const strict = ((await response.json()) as { value: PolicyPreview }).value;
    expect(strict).toMatchObject({ days: 30, truncated: false });
    expect(Date.parse(strict.to) - Date.parse(strict.from)).toBe(30 * 86_400_000);
    expect(strict.tickets).toBeGreaterThan(1000);
    expect(strict.sent).toBeGreaterThan(100);
    expect(strict.suppressionsByReason[0]).toMatchObject({
      code: 'fatigue-min-days',
      message: expect.stringMatching(/minimum is 14/),
    });
    const counts = strict.suppressionsByReason.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(strict.surveysPerWeek.reduce((n, w) => n + w.count, 0)).toBe(strict.sent);
    expect(snapshot()).toEqual(before);
    // A looser policy sends more, over the same events.
    const loose = (
      (await (
        await preview({ settings: { policy: { minDaysBetweenSurveys: 1, maxSurveysPer30Days: 10 } } })
      ).json()) as { value: PolicyPreview }
    ).value;
    expect(loose.events).toBe(strict.events);
    expect(loose.sent).toBeGreaterThan(strict.sent);
    console.info(`previewPolicy over ${strict.events} events (30 days): ${Math.round(elapsed)} ms`);
    // Two replays of a month: room for a loaded machine.
  }, 60_000);

  it('refuses bad settings with their problems, bad days, and callers who are not admins', async () => {
    const bad = await preview({ settings: { policy: { samplingRate: 3 } } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: {
        status: 400,
        code: 'bad-request',
        details: [{ field: 'policy.samplingRate', code: 'out-of-range' }],
      },
    });
    expect((await preview({ settings: {}, days: 365 })).status).toBe(400);
    expect((await preview({ settings: {} }, 'csi-manager')).status).toBe(403);
  });
});
