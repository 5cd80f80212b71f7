import type { Clock, Instant } from '@xloop/shared-core';

/**
 * The sandbox's clock: real time, a fixed simulated instant moved by hand, or simulated time running `speed` times
 * faster than real time from a starting instant.
 */
export class SandboxClock implements Clock {
  private origin: { readonly simulated: Instant; readonly real: number } | undefined;
  private speed = 1;
  private fixed: Instant | undefined;

  constructor(private readonly realNow: () => number = Date.now) {}

  now(): Instant {
    if (this.fixed !== undefined) return this.fixed;
    if (this.origin) return this.origin.simulated + (this.realNow() - this.origin.real) * this.speed;
    return this.realNow();
  }

  /** Stops the clock at an instant (simulations step it). */
  set(instant: Instant): void {
    this.fixed = instant;
  }

  /** Runs simulated time from `from`, `speed` times faster than real time. */
  accelerate(from: Instant, speed: number): void {
    this.fixed = undefined;
    this.speed = speed;
    this.origin = { simulated: from, real: this.realNow() };
  }

  /** Back to real time. */
  real(): void {
    this.fixed = undefined;
    this.origin = undefined;
    this.speed = 1;
  }
}
