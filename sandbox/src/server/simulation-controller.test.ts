import { afterEach, describe, expect, it } from 'vitest';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { DEFAULT_ORGANISATION } from '../simulation/organisation';
import { SimulationController } from './simulation-controller';

const HOUR = 3600_000;
const START = Date.UTC(2026, 10, 2);
let ports: SandboxPorts | undefined;
afterEach(() => ports?.close());

describe('SimulationController', () => {
  it('runs the desk up to the clock in steps of at most six hours, telling each instant reached', () => {
    ports = openSandbox(':memory:');
    const reached: number[] = [];
    const controller = SimulationController.resume(ports, DEFAULT_ORGANISATION, '2026-11-02', START, (at) =>
      reached.push(at),
    );
    // The desk sets the clock as it works: the clock is moved on again before each step.
    for (let i = 0; i < 3; i++) {
      ports.clock.set(START + 10 * HOUR);
      controller.step();
    }
    expect(reached).toEqual([START + 6 * HOUR, START + 10 * HOUR]);
    expect(controller.status()).toMatchObject({
      running: false,
      speed: 1,
      simulatedNow: '2026-11-02T10:00:00.000Z',
    });
    expect(controller.status().summary.tickets).toBeGreaterThan(0);
  });

  it('runs simulated time faster while started, and stops the clock where the desk is', () => {
    ports = openSandbox(':memory:');
    const controller = SimulationController.resume(ports, DEFAULT_ORGANISATION, '2026-11-02', START);
    controller.start(60, 60_000);
    expect(controller.status()).toMatchObject({ running: true, speed: 60 });
    expect(ports.clock.now()).toBeGreaterThanOrEqual(START);
    controller.stop();
    expect(controller.status().running).toBe(false);
    expect(ports.clock.now()).toBe(START);
  });
});
