import { describe, expect, it } from 'vitest';
import { SandboxClock } from './clock';

describe('SandboxClock', () => {
  it('tells real time, a time set by hand, or simulated time running faster, and goes back to real time', () => {
    let real = 1_000;
    const clock = new SandboxClock(() => real);
    expect(clock.now()).toBe(1_000);
    clock.set(50);
    real = 2_000;
    expect(clock.now()).toBe(50);
    clock.accelerate(10_000, 60);
    real = 2_010;
    expect(clock.now()).toBe(10_600);
    clock.real();
    expect(clock.now()).toBe(2_010);
  });
});
