// As it was before the policy's hot paths were tuned: kept verbatim as the baseline the bench compares with.

import { type BusinessHours, clockMinutes } from '../../../src/measure/policy';
import type { Instant } from '../../../src/model/time';
import type { LocalDateTime, ZonedTime } from '../../../src/ports';
import { addDays, isoWeekday } from '../../../src/share/calendar';

/** The sending window: business hours and holidays, read in one time zone. */
export interface SendingWindow {
  readonly businessHours: BusinessHours;
  readonly holidays: readonly string[];
  readonly timeZone: string;
}

// Beyond this a window that never opens (all days holidays) is treated as closed for good.
const SEARCH_DAYS = 400;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The calendar day of a local reading, `YYYY-MM-DD`.
 * @example localDay({ year: 2026, month: 3, day: 9, … }) // '2026-03-09'
 */
export function localDay(local: Pick<LocalDateTime, 'year' | 'month' | 'day'>): string {
  return `${local.year}-${two(local.month)}-${two(local.day)}`;
}

const bounds = (hours: BusinessHours): [number, number] => [
  clockMinutes(hours.start) ?? 0,
  hours.end === '24:00' ? 1440 : (clockMinutes(hours.end) ?? 1440),
];

const isOpenDay = (day: string, window: SendingWindow): boolean =>
  window.businessHours.days.indexOf(isoWeekday(day) as never) >= 0 && window.holidays.indexOf(day) < 0;

/**
 * Whether mail may go out at `instant`: a business day, not a holiday, between start (inclusive) and end
 * (exclusive), all in the window's time zone.
 * @example isWithinBusinessHours(Date.UTC(2026, 10, 24, 10), window, zoned) // true for a Tuesday 10:00 UTC window
 */
export function isWithinBusinessHours(instant: Instant, window: SendingWindow, zoned: ZonedTime): boolean {
  const local = zoned.toLocal(instant, window.timeZone);
  const [start, end] = bounds(window.businessHours);
  const minute = local.hour * 60 + local.minute;
  return isOpenDay(localDay(local), window) && minute >= start && minute < end;
}

/**
 * The first instant at or after `instant` inside the sending window; `undefined` if it never opens within a
 * year. DST-correct: the opening time is read on each day's own wall clock.
 * @example nextBusinessInstant(fridayEvening, window, zoned) // Monday 09:00 in the window's zone
 */
export function nextBusinessInstant(
  instant: Instant,
  window: SendingWindow,
  zoned: ZonedTime,
): Instant | undefined {
  if (isWithinBusinessHours(instant, window, zoned)) return instant;
  const [start] = bounds(window.businessHours);
  const today = localDay(zoned.toLocal(instant, window.timeZone));
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const day = addDays(today, offset);
    if (!isOpenDay(day, window)) continue;
    const opening = zoned.fromLocal(
      {
        year: Number(day.slice(0, 4)),
        month: Number(day.slice(5, 7)),
        day: Number(day.slice(8, 10)),
        hour: Math.floor(start / 60),
        minute: start % 60,
      },
      window.timeZone,
    );
    // An opening inside a DST gap moves later; it must still be in the window and not in the past.
    if (opening >= instant && isWithinBusinessHours(opening, window, zoned)) return opening;
  }
  return undefined;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A local time for reasons an admin reads, without `Intl`: `Mon 2026-03-30 09:00 (Europe/Helsinki)`.
 * @example formatLocal(Date.UTC(2026, 2, 30, 6), 'Europe/Helsinki', zoned) // 'Mon 2026-03-30 09:00 (Europe/Helsinki)'
 */
export function formatLocal(instant: Instant, timeZone: string, zoned: ZonedTime): string {
  const local = zoned.toLocal(instant, timeZone);
  return `${WEEKDAY_NAMES[local.weekday - 1]} ${localDay(local)} ${two(local.hour)}:${two(local.minute)} (${timeZone})`;
}
