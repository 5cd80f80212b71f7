import { TZDate, tzOffset } from '@date-fns/tz';
import type { LocalDateTime, ZonedTime } from '../ports';

const MINUTE = 60_000;
const HALF_DAY = 12 * 60 * MINUTE;

function toLocal(instant: number, timeZone: string): LocalDateTime {
  const date = new TZDate(instant, timeZone);
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
    weekday: (date.getDay() || 7) as LocalDateTime['weekday'],
  };
}

const sameReading = (a: LocalDateTime, b: Omit<LocalDateTime, 'weekday'>): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The `ZonedTime` port on `@date-fns/tz` (Node and browsers). Readings are resolved by hand rather than by
 * `TZDate`'s constructor, whose choice in a repeated hour differs between zones: here a repeated reading is
 * always its earlier instant, and a skipped one moves forward by the length of the gap (as the clocks did).
 * @example dateFnsZonedTime.toLocal(Date.UTC(2026, 2, 29, 7), 'Europe/Helsinki') // { hour: 10, weekday: 7, … }
 */
export const dateFnsZonedTime: ZonedTime = {
  toLocal,
  fromLocal(local, timeZone) {
    const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    // The offsets in force half a day either side bracket any transition near this reading.
    const before = asUtc - tzOffset(timeZone, new Date(asUtc - HALF_DAY)) * MINUTE;
    const after = asUtc - tzOffset(timeZone, new Date(asUtc + HALF_DAY)) * MINUTE;
    const valid = [before, after].filter((candidate) => sameReading(toLocal(candidate, timeZone), local));
    if (valid.length > 0) return Math.min(...valid);
    // In a gap: read the wall clock with the offset from before the change, which lands after the gap.
    return before;
  },
  isValidTimeZone(timeZone) {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      return true;
    } catch {
      return false;
    }
  },
};
