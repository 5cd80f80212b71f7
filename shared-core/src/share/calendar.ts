import type { Day } from '../model/time';

// Day strings are converted with integer civil-calendar arithmetic (Howard Hinnant's days_from_civil), which
// gives the same answer in every engine and never touches a local time zone.

/** How rollups are grouped in time. */
export type Granularity = 'day' | 'isoWeek' | 'month';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar day `YYYY-MM-DD`.
 * @example isDay('2026-02-29') // false
 */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(day: Day): number {
  return civilDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

/**
 * Days since 1970-01-01 of a calendar date given as numbers (a wall-clock reading), without making its string.
 * @example civilDayNumber(1970, 1, 2) // 1
 */
export function civilDayNumber(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `YYYY-MM-DD` day a number of days after 1970-01-01.
 * @example dayFromNumber(0) // '1970-01-01'
 */
export function dayFromNumber(days: number): Day {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

/**
 * The day `n` days after (or before, if negative) `day`.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/**
 * ISO weekday, 1 = Monday … 7 = Sunday.
 * @example isoWeekday('2026-11-24') // 2 (a Tuesday)
 */
export function isoWeekday(day: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The key of the period a day falls in: the day itself, its ISO week (`2026-W53`) or its month (`2026-11`).
 * @example periodOf('2027-01-01', 'isoWeek') // '2026-W53'
 */
export function periodOf(day: Day, granularity: Granularity): string {
  if (granularity === 'day') return day;
  if (granularity === 'month') return day.slice(0, 7);
  // The ISO week belongs to the year of its Thursday.
  const thursday = dayNumber(day) - isoWeekday(day) + 4;
  const year = dayFromNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${pad(week, 2)}`;
}

/**
 * The first day of the period with the given key.
 * @example periodStart('2026-W01') // '2025-12-29'
 */
export function periodStart(period: string): Day {
  if (period.length === 7) return `${period}-01`;
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return period;
  const jan4 = `${week[1]}-01-04`;
  return dayFromNumber(dayNumber(jan4) - isoWeekday(jan4) + 1 + (Number(week[2]) - 1) * 7);
}

/**
 * Every period key from the one containing `from` to the one containing `to`, in order, none skipped.
 * @example periodsBetween('2026-01-30', '2026-03-02', 'month') // ['2026-01', '2026-02', '2026-03']
 */
export function periodsBetween(from: Day, to: Day, granularity: Granularity): readonly string[] {
  const periods: string[] = [];
  const step = granularity === 'isoWeek' ? 7 : 1;
  const last = periodOf(to, granularity);
  let cursor = dayNumber(periodStart(periodOf(from, granularity)));
  const end = dayNumber(to);
  while (cursor <= end) {
    const period = periodOf(dayFromNumber(cursor), granularity);
    if (periods[periods.length - 1] !== period) periods.push(period);
    if (period === last) break;
    cursor = granularity === 'month' ? dayNumber(addMonths(period)) : cursor + step;
  }
  return periods;
}

function addMonths(month: string): Day {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(m + 1, 2)}-01`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = `0${text}`;
  return text;
}
