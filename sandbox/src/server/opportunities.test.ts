import { afterEach, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { createApp } from './app';

const MONDAY = Date.UTC(2026, 10, 2, 8);
let ports: SandboxPorts | undefined;
afterEach(() => ports?.close());

/** The sandbox with its rollup reads counted: a live ranking reads rollups, a stored one does not. */
function sandbox() {
  const opened = openSandbox(':memory:');
  opened.clock.set(MONDAY);
  const reads = { rollups: 0 };
  const read = opened.rollups.read.bind(opened.rollups);
  opened.rollups.read = (...args: Parameters<typeof read>) => {
    reads.rollups++;
    return read(...args);
  };
  ports = opened;
  return { ports: opened, reads };
}

const ask = (app: ReturnType<typeof createApp>, payload: unknown, roles = 'csi-manager') =>
  app.request('http://127.0.0.1/api/resolvers/getOpportunities', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xloop-account': 'csi-1', 'x-xloop-roles': roles },
    body: JSON.stringify({ payload }),
  });

describe('getOpportunities on the sandbox', () => {
  it('answers from the stored ranking, within the limit asked, without ranking live', async () => {
    const { ports, reads } = sandbox();
    const app = createApp(ports, { followUpScript: null });
    const opportunities = ['service=VPN', 'channel=phone', 'team=Network'].map((key) => ({ key }) as never);
    ports.ranking.save({ computedAt: MONDAY, opportunities });

    const answer = await ask(app, { limit: 2 });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ value: [{ key: 'service=VPN' }, { key: 'channel=phone' }] });
    expect(reads.rollups).toBe(0);
    // The resolver's checks still hold: a bad limit is refused, an agent is not a CSI manager.
    expect((await ask(app, { limit: 0 })).status).toBe(400);
    expect((await ask(app, {}, 'agent')).status).toBe(403);
    expect(reads.rollups).toBe(0);
  });

  it('ranks live only while no ranking is stored, or for a window of its own', async () => {
    const { ports, reads } = sandbox();
    const app = createApp(ports, { followUpScript: null });
    expect(await (await ask(app, {})).json()).toEqual({ value: [] });
    expect(reads.rollups).toBe(1);
    ports.ranking.save({ computedAt: MONDAY, opportunities: [] });
    expect(await (await ask(app, {})).json()).toEqual({ value: [] });
    expect(reads.rollups).toBe(1);
    await ask(app, { window: { from: '2026-10-01', to: '2026-10-31' } });
    expect(reads.rollups).toBe(2);
  });
});
