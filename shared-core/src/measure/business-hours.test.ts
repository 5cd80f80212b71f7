import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '../model/time';
import { dateFnsZonedTime as zoned } from '../platform/date-fns-zoned-time';
import {
  formatLocal,
  isWithinBusinessHours,
  localDay,
  nextBusinessInstant,
  type SendingWindow,
} from './business-hours';

const helsinki: SendingWindow = {
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  holidays: ['2026-12-24', '2026-12-25'],
  timeZone: 'Europe/Helsinki',
};

describe('localDay', () => {
  it('pads month and day', () => {
    expect(localDay({ year: 2026, month: 3, day: 9 })).toBe('2026-03-09');
  });
});

describe('isWithinBusinessHours', () => {
  it('opens at start inclusive and closes at end exclusive, on the local clock', () => {
    // Tuesday 2026-11-24 in Helsinki (+02:00): 09:00 local = 07:00Z, 17:00 local = 15:00Z.
    expect(isWithinBusinessHours(Date.UTC(2026, 10, 24, 7), helsinki, zoned)).toBe(true);
    expect(isWithinBusinessHours(Date.UTC(2026, 10, 24, 6, 59), helsinki, zoned)).toBe(false);
    expect(isWithinBusinessHours(Date.UTC(2026, 10, 24, 14, 59), helsinki, zoned)).toBe(true);
    expect(isWithinBusinessHours(Date.UTC(2026, 10, 24, 15), helsinki, zoned)).toBe(false);
  });

  it('is closed at weekends and on holidays', () => {
    expect(isWithinBusinessHours(Date.UTC(2026, 10, 28, 10), helsinki, zoned)).toBe(false); // Saturday
    expect(isWithinBusinessHours(Date.UTC(2026, 11, 24, 10), helsinki, zoned)).toBe(false); // Thursday, holiday
  });
});

describe('nextBusinessInstant', () => {
  it('is the instant itself inside the window', () => {
    const t = Date.UTC(2026, 10, 24, 10);
    expect(nextBusinessInstant(t, helsinki, zoned)).toBe(t);
  });

  it('moves a Friday evening to Monday 09:00 local', () => {
    // Friday 2026-11-27 18:00 Helsinki → Monday 2026-11-30 09:00 Helsinki = 07:00Z.
    expect(nextBusinessInstant(Date.UTC(2026, 10, 27, 16), helsinki, zoned)).toBe(Date.UTC(2026, 10, 30, 7));
  });

  it('moves an early morning to the same day opening', () => {
    expect(nextBusinessInstant(Date.UTC(2026, 10, 24, 3), helsinki, zoned)).toBe(Date.UTC(2026, 10, 24, 7));
  });

  it('skips holidays', () => {
    // Wednesday 2026-12-23 17:30 → 24th and 25th are holidays → Monday 28th 09:00 (+02:00).
    expect(nextBusinessInstant(Date.UTC(2026, 11, 23, 15, 30), helsinki, zoned)).toBe(
      Date.UTC(2026, 11, 28, 7),
    );
  });

  it('opens at 09:00 on the local clock across the spring-forward weekend', () => {
    // Saturday 2026-03-28 (+02:00) → Monday 2026-03-30 09:00 in summer time (+03:00) = 06:00Z.
    const monday = nextBusinessInstant(Date.UTC(2026, 2, 28, 12), helsinki, zoned);
    expect(monday).toBe(Date.UTC(2026, 2, 30, 6));
    expect(formatLocal(monday ?? 0, 'Europe/Helsinki', zoned)).toBe('Mon 2026-03-30 09:00 (Europe/Helsinki)');
  });

  it('opens after the gap when the opening time itself is skipped', () => {
    // A window from 03:00 every day: on 2026-03-29 Helsinki skips 03:00–04:00, so it opens at 04:00 EEST = 01:00Z.
    const night: SendingWindow = {
      businessHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '03:00', end: '05:00' },
      holidays: [],
      timeZone: 'Europe/Helsinki',
    };
    expect(nextBusinessInstant(Date.UTC(2026, 2, 28, 22), night, zoned)).toBe(Date.UTC(2026, 2, 29, 1));
  });

  it('is undefined when the window never opens', () => {
    const days = Array.from({ length: 800 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    );
    const closed: SendingWindow = { ...helsinki, holidays: days };
    expect(nextBusinessInstant(Date.UTC(2026, 10, 24, 10), closed, zoned)).toBeUndefined();
  });

  it('always lands inside the window, never before the instant, in any zone', () => {
    const zones = ['Europe/Helsinki', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(...zones),
        fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }),
        fc.integer({ min: 0, max: 22 }),
        fc.integer({ min: 1, max: 10 }),
        (instant, timeZone, days, startHour, length) => {
          const endHour = Math.min(24, startHour + length);
          const window: SendingWindow = {
            businessHours: {
              days: [...days],
              start: `${String(startHour).padStart(2, '0')}:00`,
              end: `${String(endHour).padStart(2, '0')}:00`,
            },
            holidays: [],
            timeZone,
          };
          const next = nextBusinessInstant(instant, window, zoned);
          expect(next).toBeDefined();
          if (next === undefined) return;
          expect(next).toBeGreaterThanOrEqual(instant);
          expect(isWithinBusinessHours(next, window, zoned)).toBe(true);
          // Nothing earlier was open: one minute before is closed, unless it is the instant itself.
          if (next > instant) expect(isWithinBusinessHours(next - MINUTE, window, zoned)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
