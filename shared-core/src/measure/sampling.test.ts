import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32, isSampled } from './sampling';

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors', () => {
    // From the FNV reference: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('isSampled', () => {
  it('takes everything at rate 1 and nothing at rate 0', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(isSampled(id, 1)).toBe(true);
        expect(isSampled(id, 0)).toBe(false);
      }),
    );
  });

  it('decides the same for the same ticket every time, and is monotone in the rate', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (id, a, b) => {
          expect(isSampled(id, a)).toBe(isSampled(id, a));
          const [low, high] = a < b ? [a, b] : [b, a];
          if (isSampled(id, low)) expect(isSampled(id, high)).toBe(true);
        },
      ),
    );
  });

  it('samples about the configured share of sequential ticket ids', () => {
    for (const rate of [0.1, 0.25, 0.5]) {
      let taken = 0;
      const n = 20_000;
      for (let i = 1; i <= n; i++) if (isSampled(`jira:SD-${i}`, rate)) taken++;
      // Binomial standard deviation at n = 20 000 is at most 0.0035; allow 4 of them.
      expect(Math.abs(taken / n - rate)).toBeLessThan(0.014);
    }
  });
});
