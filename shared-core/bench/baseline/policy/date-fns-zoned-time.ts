// As it was before the policy's hot paths were tuned: kept verbatim as the baseline the bench compares with.
import { tzOffset } from '@date-fns/tz';
import type { LocalDateTime, ZonedTime } from '../../../src/ports';

const MINUTE = 60_000;
const QUARTER_HOUR = 15 * MINUTE;
// Offsets reach ±14 h, so only a whole day either side of a reading is sure to be before and after it.
const DAY = 24 * 60 * MINUTE;

// Reading an offset goes through Intl (microseconds each); the policy asks for the same zones and hours over and
// over. Every offset change since 1970 happens on a quarter hour, so an offset holds for its whole quarter hour.
const offsets = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 200_000;

function offsetMinutes(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER_HOUR);
  const key = `${timeZone} ${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(quarter * QUARTER_HOUR));
    if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function toLocal(instant: number, timeZone: string): LocalDateTime {
  const date = new Date(instant + offsetMinutes(instant, timeZone) * MINUTE);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    weekday: (date.getUTCDay() || 7) as LocalDateTime['weekday'],
  };
}

// Building an Intl.DateTimeFormat costs tens of microseconds; the policy checks the same few zones constantly.
const validZones = new Map<string, boolean>();

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const sameReading = (a: LocalDateTime, b: Omit<LocalDateTime, 'weekday'>): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The `ZonedTime` port on `@date-fns/tz` offsets (Node and browsers). Readings are resolved by hand rather than
 * by `TZDate`'s constructor, whose choice in a repeated hour differs between zones: here a repeated reading is
 * always its earlier instant, and a skipped one moves forward by the length of the gap (as the clocks did).
 * @example dateFnsZonedTime.toLocal(Date.UTC(2026, 2, 29, 7), 'Europe/Helsinki') // { hour: 10, weekday: 7, … }
 */
export const dateFnsZonedTime: ZonedTime = {
  toLocal,
  fromLocal(local, timeZone) {
    const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    // The offsets in force a day either side bracket any transition near this reading.
    const before = asUtc - offsetMinutes(asUtc - DAY, timeZone) * MINUTE;
    const after = asUtc - offsetMinutes(asUtc + DAY, timeZone) * MINUTE;
    const valid = [before, after].filter((candidate) => sameReading(toLocal(candidate, timeZone), local));
    if (valid.length > 0) return Math.min(...valid);
    // In a gap: read the wall clock with the offset from before the change, which lands after the gap.
    return before;
  },
  isValidTimeZone(timeZone) {
    if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
    let valid = validZones.get(timeZone);
    if (valid === undefined) {
      valid = isKnownZone(timeZone);
      // Bounded: zone names can come from user input.
      if (validZones.size < 1000) validZones.set(timeZone, valid);
    }
    return valid;
  },
};
