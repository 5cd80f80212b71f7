/** A result with the wall time and the CPU time (all of this process's threads) it took. */
export interface Timing<T> {
  readonly result: T;
  readonly ms: number;
  readonly cpuMs: number;
}

/** Runs `work` once and returns its result with the wall and CPU time it took. */
export function timed<T>(work: () => T): Timing<T> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The best of `runs` timings, after one warm-up: the least noisy figure on a shared machine. Garbage is collected
 * before each (with `--expose-gc`), so no run pays for what an earlier one, or another benchmark, left behind.
 */
export function best<T>(runs: number, work: () => T): Timing<T> {
  globalThis.gc?.();
  let last = timed(work);
  let fastest = Number.POSITIVE_INFINITY;
  let leastCpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    last = timed(work);
    fastest = Math.min(fastest, last.ms);
    leastCpu = Math.min(leastCpu, last.cpuMs);
  }
  return { result: last.result, ms: fastest, cpuMs: leastCpu };
}

export const perSecond = (count: number, ms: number): string =>
  `${Math.round((count / ms) * 1000).toLocaleString('en')}/s`;

/**
 * A rate by wall time and by CPU time. On a machine others share, wall time also counts their turns on the CPU;
 * CPU time counts this process's own work (its garbage-collector threads included).
 */
export const rates = (count: number, timing: Pick<Timing<unknown>, 'ms' | 'cpuMs'>): string =>
  `${perSecond(count, timing.ms)} (${perSecond(count, timing.cpuMs)} per CPU-second)`;

export const megabytes = (bytes: number): string =>
  `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** Peak resident memory of this process so far. */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
