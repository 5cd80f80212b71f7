import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstant } from './iso-instant';

describe('isoInstant', () => {
  it('writes an instant as toISOString does', () => {
    expect(isoInstant(Date.UTC(2026, 10, 24, 9))).toBe('2026-11-24T09:00:00.000Z');
    expect(isoInstant(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('agrees with toISOString on any instant, fractions and years outside 1970–9999 included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
          fc.integer({ min: -8.64e15, max: 8.64e15 }),
          fc.double({ min: -1e13, max: 1e13, noNaN: true }),
        ),
        (instant) => {
          expect(isoInstant(instant)).toBe(new Date(instant).toISOString());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not an instant, as toISOString does', () => {
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError);
  });
});
