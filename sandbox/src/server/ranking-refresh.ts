import { refreshRanking, settled } from '@xloop/shared-core';
import type { SandboxPorts } from '../sandbox-ports';

/** Least real time between two rankings, so a desk running thousands of times faster does not rank on every step. */
export const MIN_REAL_GAP_MS = 60_000;

/**
 * The sandbox's background ranking, as Forge's dispatch consumer does it: ranks again when the stored ranking is an
 * hour old in the sandbox's time (simulated or real), and at most once a minute of real time. Answers whether it
 * ranked.
 */
export class RankingRefresh {
  private lastReal = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ports: SandboxPorts,
    private readonly realNow: () => number = Date.now,
  ) {}

  /** Ranks at `now` (the desk's time; the sandbox clock by default) if the stored ranking is due. */
  run(now: number = this.ports.clock.now()): boolean {
    const real = this.realNow();
    if (real - this.lastReal < MIN_REAL_GAP_MS) return false;
    this.lastReal = real;
    // The sandbox's stores are synchronous, so the ranking is done when this returns.
    return settled(refreshRanking(this.ports, this.ports.ranking, now));
  }
}
