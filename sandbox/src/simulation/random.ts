import { fnv1a32, random } from '@xloop/shared-core';

/** A seeded generator for one purpose, derived from the organisation's seed and a name, so streams stay apart. */
export function stream(seed: number, name: string): () => number {
  return random((seed ^ fnv1a32(name)) >>> 0);
}

/** Picks by weight. */
export function weighted<T extends { readonly weight: number }>(items: readonly T[], next: () => number): T {
  let total = 0;
  for (const item of items) total += item.weight;
  let u = next() * total;
  for (const item of items) {
    u -= item.weight;
    if (u < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A standard normal draw (Box–Muller). */
export function normal(next: () => number): number {
  const u = Math.max(next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}
