import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFnsZonedTime as zoned } from './date-fns-zoned-time';

const reading = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
});

describe('dateFnsZonedTime', () => {
  it('reads the wall clock and the ISO weekday in a zone', () => {
    // 2026-11-24T07:30Z is Tuesday 09:30 in Helsinki (EET, +02:00) and 13:00 in Kolkata (+05:30).
    const instant = Date.UTC(2026, 10, 24, 7, 30);
    expect(zoned.toLocal(instant, 'Europe/Helsinki')).toEqual({
      ...reading(2026, 11, 24, 9, 30),
      weekday: 2,
    });
    expect(zoned.toLocal(instant, 'Asia/Kolkata')).toEqual({ ...reading(2026, 11, 24, 13, 0), weekday: 2 });
    expect(zoned.toLocal(Date.UTC(2026, 10, 29, 12), 'UTC').weekday).toBe(7);
  });

  it('maps ordinary readings back to their instant, including half-hour zones', () => {
    expect(zoned.fromLocal(reading(2026, 11, 24, 9), 'Europe/Helsinki')).toBe(Date.UTC(2026, 10, 24, 7));
    expect(zoned.fromLocal(reading(2026, 11, 24, 9), 'Asia/Kolkata')).toBe(Date.UTC(2026, 10, 24, 3, 30));
    expect(zoned.fromLocal(reading(2026, 7, 1, 9), 'America/New_York')).toBe(Date.UTC(2026, 6, 1, 13));
  });

  it('moves a reading in a spring-forward gap on by the length of the gap', () => {
    // Helsinki 2026-03-29: 03:00 EET becomes 04:00 EEST at 01:00Z; 03:30 is skipped → 04:30 EEST = 01:30Z.
    expect(zoned.fromLocal(reading(2026, 3, 29, 3, 30), 'Europe/Helsinki')).toBe(
      Date.UTC(2026, 2, 29, 1, 30),
    );
    // New York 2026-03-08: 02:00 EST becomes 03:00 EDT; 02:30 → 03:30 EDT = 07:30Z.
    expect(zoned.fromLocal(reading(2026, 3, 8, 2, 30), 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // Lord Howe 2026-10-04: a 30-minute gap, 02:00 +10:30 becomes 02:30 +11:00; 02:15 → 02:45 = 15:45Z the day before.
    expect(zoned.fromLocal(reading(2026, 10, 4, 2, 15), 'Australia/Lord_Howe')).toBe(
      Date.UTC(2026, 9, 3, 15, 45),
    );
  });

  it('maps a repeated reading in a fall-back overlap to its earlier instant, in every zone alike', () => {
    // Helsinki 2026-10-25: 04:00 EEST becomes 03:00 EET at 01:00Z; 03:30 happens at 00:30Z and at 01:30Z.
    expect(zoned.fromLocal(reading(2026, 10, 25, 3, 30), 'Europe/Helsinki')).toBe(
      Date.UTC(2026, 9, 25, 0, 30),
    );
    // New York 2026-11-01: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
    expect(zoned.fromLocal(reading(2026, 11, 1, 1, 30), 'America/New_York')).toBe(
      Date.UTC(2026, 10, 1, 5, 30),
    );
    // Lord Howe 2026-04-05: 01:45 happens at 14:45Z (+11:00) and 15:15Z (+10:30).
    expect(zoned.fromLocal(reading(2026, 4, 5, 1, 45), 'Australia/Lord_Howe')).toBe(
      Date.UTC(2026, 3, 4, 14, 45),
    );
  });

  it('round-trips every minute of the year: the reading of fromLocal is the reading asked for, or the gap moved on', () => {
    const zones = [
      'Europe/Helsinki',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const instant = ms - (ms % 60_000);
          const local = zoned.toLocal(instant, zone);
          const back = zoned.fromLocal(local, zone);
          // Either the same instant, or the earlier instant of a repeated reading (at most 1 hour before).
          expect(zoned.toLocal(back, zone)).toEqual(local);
          expect(back).toBeLessThanOrEqual(instant);
          expect(instant - back).toBeLessThanOrEqual(60 * 60_000);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the same wall clock as Intl does, minute by minute, in zones with odd offsets and transitions', () => {
    const zones = [
      'Europe/Helsinki',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const parts = Object.fromEntries(
            new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              hourCycle: 'h23',
              year: 'numeric',
              month: 'numeric',
              day: 'numeric',
              hour: 'numeric',
              minute: 'numeric',
            })
              .formatToParts(new Date(ms))
              .map((part) => [part.type, Number(part.value)]),
          );
          const local = zoned.toLocal(ms, zone);
          expect([local.year, local.month, local.day, local.hour, local.minute]).toEqual([
            parts.year,
            parts.month,
            parts.day,
            parts.hour,
            parts.minute,
          ]);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('knows real zones and rejects made-up ones', () => {
    expect(zoned.isValidTimeZone('Europe/Helsinki')).toBe(true);
    expect(zoned.isValidTimeZone('UTC')).toBe(true);
    expect(zoned.isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(zoned.isValidTimeZone('')).toBe(false);
  });
});
