import type { Instant } from '../model/time';
import type { LocalDateTime, ZonedTime } from '../ports';
import { civilDayNumber, dayFromNumber, dayNumber } from '../share/calendar';
import { type BusinessHours, clockMinutes } from './policy';

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

// A policy's hours and holidays are read once per policy object, not once per decision: clock strings parsed,
// weekdays as a lookup, holidays as day numbers.
interface Hours {
  readonly start: number;
  readonly end: number;
  /** Indexed by ISO weekday. */
  readonly open: readonly boolean[];
}
const hoursRead = new WeakMap<BusinessHours, Hours>();
const holidaysRead = new WeakMap<readonly string[], ReadonlySet<number>>();

function hoursOf(businessHours: BusinessHours): Hours {
  let hours = hoursRead.get(businessHours);
  if (hours === undefined) {
    hours = {
      start: clockMinutes(businessHours.start) ?? 0,
      end: businessHours.end === '24:00' ? 1440 : (clockMinutes(businessHours.end) ?? 1440),
      open: [0, 1, 2, 3, 4, 5, 6, 7].map((weekday) => businessHours.days.indexOf(weekday as never) >= 0),
    };
    hoursRead.set(businessHours, hours);
  }
  return hours;
}

function holidaysOf(holidays: readonly string[]): ReadonlySet<number> {
  let days = holidaysRead.get(holidays);
  if (days === undefined) {
    // Only real days: a string that is not one never matched a day, and must not stand for a neighbouring one.
    days = new Set(holidays.map(dayNumber).filter((n, i) => dayFromNumber(n) === holidays[i]));
    holidaysRead.set(holidays, days);
  }
  return days;
}

/** 1970-01-01 was a Thursday (4). */
const weekdayOf = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

/** A window's rules as read once for one decision: hours, and holidays when there are any. */
interface Rules {
  readonly hours: Hours;
  readonly holidays: ReadonlySet<number> | undefined;
}

const rulesOf = (window: SendingWindow): Rules => ({
  hours: hoursOf(window.businessHours),
  holidays: window.holidays.length > 0 ? holidaysOf(window.holidays) : undefined,
});

const isOpenDay = (day: number, rules: Rules): boolean =>
  rules.hours.open[weekdayOf(day)] === true && (rules.holidays === undefined || !rules.holidays.has(day));

const dayOfReading = (local: LocalDateTime): number => civilDayNumber(local.year, local.month, local.day);

function isOpenReading(local: LocalDateTime, rules: Rules): boolean {
  const minute = local.hour * 60 + local.minute;
  return minute >= rules.hours.start && minute < rules.hours.end && isOpenDay(dayOfReading(local), rules);
}

/**
 * Whether mail may go out at `instant`: a business day, not a holiday, between start (inclusive) and end
 * (exclusive), all in the window's time zone.
 * @example isWithinBusinessHours(Date.UTC(2026, 10, 24, 10), window, zoned) // true for a Tuesday 10:00 UTC window
 */
export function isWithinBusinessHours(instant: Instant, window: SendingWindow, zoned: ZonedTime): boolean {
  return isOpenReading(zoned.toLocal(instant, window.timeZone), rulesOf(window));
}

// The opening instant of a day in a zone, and its reading, depend only on the zone's rules: remembered per time
// zone port, zone, opening time and day, so the policy asks the port once per (zone, day) rather than per decision.
interface Opening {
  readonly instant: Instant;
  readonly local: LocalDateTime;
}
const openings = new WeakMap<ZonedTime, Map<string, Map<number, Map<number, Opening>>>>();
const OPENINGS_PER_ZONE = 20_000;

function openingsOf(start: number, timeZone: string, zoned: ZonedTime): Map<number, Opening> {
  let byZone = openings.get(zoned);
  if (byZone === undefined) {
    byZone = new Map();
    openings.set(zoned, byZone);
  }
  let byStart = byZone.get(timeZone);
  if (byStart === undefined) {
    byStart = new Map();
    byZone.set(timeZone, byStart);
  }
  let byDay = byStart.get(start);
  if (byDay === undefined) {
    byDay = new Map();
    byStart.set(start, byDay);
  }
  return byDay;
}

function openingOf(
  day: number,
  start: number,
  timeZone: string,
  zoned: ZonedTime,
  byDay: Map<number, Opening>,
): Opening {
  let opening = byDay.get(day);
  if (opening === undefined) {
    const date = dayFromNumber(day);
    const instant = zoned.fromLocal(
      {
        year: Number(date.slice(0, 4)),
        month: Number(date.slice(5, 7)),
        day: Number(date.slice(8, 10)),
        hour: Math.floor(start / 60),
        minute: start % 60,
      },
      timeZone,
    );
    opening = { instant, local: zoned.toLocal(instant, timeZone) };
    if (byDay.size >= OPENINGS_PER_ZONE) byDay.clear();
    byDay.set(day, opening);
  }
  return opening;
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
  const local = zoned.toLocal(instant, window.timeZone);
  const rules = rulesOf(window);
  if (isOpenReading(local, rules)) return instant;
  const { start } = rules.hours;
  const byDay = openingsOf(start, window.timeZone, zoned);
  const today = dayOfReading(local);
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const day = today + offset;
    if (!isOpenDay(day, rules)) continue;
    const opening = openingOf(day, start, window.timeZone, zoned, byDay);
    // An opening inside a DST gap moves later; it must still be in the window and not in the past.
    if (opening.instant >= instant && isOpenReading(opening.local, rules)) return opening.instant;
  }
  return undefined;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const formatted = new WeakMap<ZonedTime, Map<string, Map<Instant, string>>>();
const FORMATTED_PER_ZONE = 20_000;

/**
 * A local time for reasons an admin reads, without `Intl`: `Mon 2026-03-30 09:00 (Europe/Helsinki)`.
 * @example formatLocal(Date.UTC(2026, 2, 30, 6), 'Europe/Helsinki', zoned) // 'Mon 2026-03-30 09:00 (Europe/Helsinki)'
 */
export function formatLocal(instant: Instant, timeZone: string, zoned: ZonedTime): string {
  // Most surveys go out at a day's opening, so the same few readings are written again and again.
  let byZone = formatted.get(zoned);
  if (byZone === undefined) {
    byZone = new Map();
    formatted.set(zoned, byZone);
  }
  let byInstant = byZone.get(timeZone);
  if (byInstant === undefined) {
    byInstant = new Map();
    byZone.set(timeZone, byInstant);
  }
  let text = byInstant.get(instant);
  if (text === undefined) {
    const local = zoned.toLocal(instant, timeZone);
    text = `${WEEKDAY_NAMES[local.weekday - 1]} ${localDay(local)} ${two(local.hour)}:${two(local.minute)} (${timeZone})`;
    if (byInstant.size >= FORMATTED_PER_ZONE) byInstant.clear();
    byInstant.set(instant, text);
  }
  return text;
}
