/** Runs `work` once and returns its result with the wall time it took. */
export function timed<T>(work: () => T): { readonly result: T; readonly ms: number } {
  const start = process.hrtime.bigint();
  const result = work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/**
 * The best of `runs` timings, after one warm-up: the least noisy figure on a shared machine. Garbage is collected
 * before each (with `--expose-gc`), so no run pays for what an earlier one, or another benchmark, left behind.
 */
export function best<T>(runs: number, work: () => T): { readonly result: T; readonly ms: number } {
  globalThis.gc?.();
  let last = timed(work);
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    last = timed(work);
    fastest = Math.min(fastest, last.ms);
  }
  return { result: last.result, ms: fastest };
}

export const perSecond = (count: number, ms: number): string =>
  `${Math.round((count / ms) * 1000).toLocaleString('en')}/s`;

export const megabytes = (bytes: number): string =>
  `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;

/** Peak resident memory of this process so far. */
export const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
