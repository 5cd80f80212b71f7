/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every run and machine, for
 * simulations in tests and benchmarks.
 * @example const next = random(42); next() // 0.6011037519201636, every time
 */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks an index with the given weights (they need not sum to 1).
 * @example weightedIndex([0.2, 0.8], next) // 1 four times in five
 */
export function weightedIndex(weights: readonly number[], next: () => number): number {
  let total = 0;
  for (const weight of weights) total += weight;
  let u = next() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}
