import type { Instant } from '@xloop/shared-core';
import type { SandboxPorts } from '../sandbox-ports';
import type { Organisation } from '../simulation/organisation';
import { DeskRunner } from '../simulation/run-desk';
import { RankingRefresh } from './ranking-refresh';

export interface SimulationStatus {
  readonly running: boolean;
  readonly speed: number;
  readonly simulatedNow: string;
  readonly summary: DeskRunner['summary'];
}

/** Most simulated time one step may cover, so a request or a timer never blocks for long. */
const MAX_STEP = 6 * 3600_000;

/**
 * Keeps the simulated desk running as time passes: in real time by default, or `speed` times faster. A timer
 * advances the desk in bounded steps, and ranks the opportunities again when they are an hour old; it is unref'd,
 * so it never keeps the process alive on its own.
 */
export class SimulationController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private speed = 1;
  private readonly ranking: RankingRefresh;

  constructor(
    private readonly ports: SandboxPorts,
    private readonly runner: DeskRunner,
    private readonly onProgress: (reached: Instant) => void = () => {},
    ranking?: RankingRefresh,
  ) {
    this.ranking = ranking ?? new RankingRefresh(ports);
  }

  static resume(
    ports: SandboxPorts,
    organisation: Organisation,
    firstDay: string,
    reached: Instant,
    onProgress?: (reached: Instant) => void,
  ) {
    const runner = new DeskRunner(ports, organisation, firstDay);
    runner.advanceTo(reached);
    return new SimulationController(ports, runner, onProgress);
  }

  start(speed: number, everyMs = 1000): void {
    this.stop();
    // The CSI page answers from the stored ranking: have one from the start.
    this.ranking.run(this.runner.reached);
    this.speed = speed;
    this.ports.clock.accelerate(this.runner.reached, speed);
    this.timer = setInterval(() => this.step(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.ports.clock.set(this.runner.reached);
  }

  /** Runs the desk up to the clock, in bounded steps. */
  step(): void {
    const target = this.ports.clock.now();
    const before = this.runner.reached;
    this.runner.advanceTo(Math.min(target, before + MAX_STEP));
    // The runner sets the clock while it works; give time back to the accelerated clock.
    if (this.timer) this.ports.clock.accelerate(this.runner.reached, this.speed);
    if (this.runner.reached !== before) this.onProgress(this.runner.reached);
    // Hourly in the desk's time, as Forge's consumer ranks hourly.
    this.ranking.run(this.runner.reached);
  }

  status(): SimulationStatus {
    return {
      running: this.timer !== undefined,
      speed: this.speed,
      simulatedNow: new Date(this.runner.reached).toISOString(),
      summary: { ...this.runner.summary },
    };
  }
}
