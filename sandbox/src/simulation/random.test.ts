import { describe, expect, it } from 'vitest';
import { normal, stream, weighted } from './random';

describe('stream', () => {
  it('repeats for the same seed and name, and differs between names', () => {
    const draws = (next: () => number) => [next(), next(), next()];
    expect(draws(stream(42, 'answers'))).toEqual(draws(stream(42, 'answers')));
    expect(draws(stream(42, 'answers'))).not.toEqual(draws(stream(42, 'tickets')));
  });
});

describe('weighted', () => {
  it('picks by weight, the last item at the top of the range', () => {
    const items = [
      { name: 'a', weight: 1 },
      { name: 'b', weight: 3 },
    ];
    expect(weighted(items, () => 0.2).name).toBe('a');
    expect(weighted(items, () => 0.3).name).toBe('b');
    expect(weighted(items, () => 1).name).toBe('b');
  });
});

describe('normal', () => {
  it('draws around zero with a spread of one', () => {
    const next = stream(7, 'normal');
    const draws = Array.from({ length: 5_000 }, () => normal(next));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.1);
    expect(Number.isFinite(normal(() => 0))).toBe(true);
  });
});
