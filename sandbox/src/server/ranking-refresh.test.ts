import { afterEach, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from '../simulation/organisation';
import { MIN_REAL_GAP_MS, RankingRefresh } from './ranking-refresh';
import { SimulationController } from './simulation-controller';

const HOUR = 3600_000;
const START = Date.UTC(2026, 10, 2);
let ports: SandboxPorts | undefined;
afterEach(() => ports?.close());

describe('the background ranking', () => {
  it('ranks when the stored ranking is an hour old in the desk’s time, at most once a minute of real time', () => {
    ports = openSandbox(':memory:');
    let real = 0;
    const refresh = new RankingRefresh(ports, () => real);
    expect(refresh.run(START)).toBe(true);
    expect(ports.ranking.read()).toEqual({ computedAt: START, opportunities: [] });
    // An hour of desk time later, but within the minute: not yet.
    expect(refresh.run(START + HOUR)).toBe(false);
    real += MIN_REAL_GAP_MS;
    expect(refresh.run(START + HOUR - 1)).toBe(false);
    real += MIN_REAL_GAP_MS;
    expect(refresh.run(START + HOUR)).toBe(true);
    expect(ports.ranking.read()?.computedAt).toBe(START + HOUR);
  });

  it('runs when the simulated desk starts and as it steps', () => {
    ports = openSandbox(':memory:');
    const controller = SimulationController.resume(ports, DEFAULT_ORGANISATION, '2026-11-02', START);
    controller.start(60, 60_000);
    controller.stop();
    expect(ports.ranking.read()?.computedAt).toBe(START);
  });
});
