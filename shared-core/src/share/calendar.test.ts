import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFromNumber,
  dayNumber,
  isDay,
  isoWeekday,
  periodOf,
  periodStart,
  periodsBetween,
} from './calendar';

describe('calendar days', () => {
  it('agrees with the proleptic Gregorian calendar for any day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(dayFromNumber(n)).toBe(iso);
        expect(dayNumber(iso)).toBe(n);
        expect(isoWeekday(iso)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('recognises real days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2000-02-29')).toBe(true);
    expect(isDay('2100-02-29')).toBe(false);
    expect(isDay('2026-04-31')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
    expect(isDay(20260101)).toBe(false);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('periods', () => {
  it('keys ISO weeks by the year of their Thursday', () => {
    // 2026 starts on a Thursday, so it has 53 weeks and 2027-01-01 (a Friday) is still in 2026-W53.
    expect(periodOf('2026-01-01', 'isoWeek')).toBe('2026-W01');
    expect(periodOf('2026-12-31', 'isoWeek')).toBe('2026-W53');
    expect(periodOf('2027-01-03', 'isoWeek')).toBe('2026-W53');
    expect(periodOf('2027-01-04', 'isoWeek')).toBe('2027-W01');
    // 2024-12-30 is a Monday whose Thursday is 2025-01-02.
    expect(periodOf('2024-12-30', 'isoWeek')).toBe('2025-W01');
  });

  it('keys days and months', () => {
    expect(periodOf('2026-11-24', 'day')).toBe('2026-11-24');
    expect(periodOf('2026-11-24', 'month')).toBe('2026-11');
  });

  it('finds the first day of a period', () => {
    expect(periodStart('2026-W01')).toBe('2025-12-29');
    expect(periodStart('2027-W01')).toBe('2027-01-04');
    expect(periodStart('2026-02')).toBe('2026-02-01');
    expect(periodStart('2026-02-14')).toBe('2026-02-14');
  });

  it('lists every period in a range, none skipped, none repeated', () => {
    expect(periodsBetween('2026-01-30', '2026-03-02', 'month')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodsBetween('2026-11-30', '2027-01-05', 'month')).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(periodsBetween('2026-12-20', '2027-01-12', 'isoWeek')).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
    ]);
    expect(periodsBetween('2026-02-27', '2026-03-02', 'day')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('covers every day of a range by exactly the periods listed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 22_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('day' as const, 'isoWeek' as const, 'month' as const),
        (start, length, granularity) => {
          const from = dayFromNumber(start);
          const to = dayFromNumber(start + length);
          const periods = periodsBetween(from, to, granularity);
          const expected: string[] = [];
          for (let n = start; n <= start + length; n++) {
            const p = periodOf(dayFromNumber(n), granularity);
            if (expected[expected.length - 1] !== p) expected.push(p);
          }
          expect(periods).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
