import { tzOffset } from '@date-fns/tz';
import type { LocalDateTime, ZonedTime } from '../ports';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const QUARTER_HOUR = 15 * MINUTE;
// Offsets reach ±14 h, so only a whole day either side of a reading is sure to be before and after it.
const DAY = 24 * 60 * MINUTE;

// Reading an offset goes through Intl (microseconds each); the policy asks for the same zones and hours over and
// over. Every offset change since 1970 happens on a quarter hour, so an offset holds for its whole quarter hour.
// One map of quarter hours per zone: a lookup joins no string.
const offsets = new Map<string, Map<number, number>>();
const OFFSET_CACHE_LIMIT = 200_000;
let cachedOffsets = 0;

function offsetMinutes(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let zone = offsets.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(quarter * QUARTER_HOUR));
    if (cachedOffsets >= OFFSET_CACHE_LIMIT) {
      for (const other of offsets.values()) other.clear();
      cachedOffsets = 0;
    }
    zone.set(quarter, offset);
    cachedOffsets++;
  }
  return offset;
}

/**
 * The reading of a wall-clock time given as milliseconds since 1970-01-01 00:00 on that clock, by calendar
 * arithmetic (H. Hinnant's days-to-civil) rather than through a Date per reading.
 */
function readingOf(wallClock: number): LocalDateTime {
  const time = Math.trunc(wallClock);
  const days = Math.floor(time / DAY);
  const ofDay = time - days * DAY;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
    hour: Math.floor(ofDay / HOUR),
    minute: Math.floor((ofDay % HOUR) / MINUTE),
    // 1970-01-01 was a Thursday (4).
    weekday: (((((days + 3) % 7) + 7) % 7) + 1) as LocalDateTime['weekday'],
  };
}

function toLocal(instant: number, timeZone: string): LocalDateTime {
  return readingOf(instant + offsetMinutes(instant, timeZone) * MINUTE);
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
    const beforeValid = sameReading(toLocal(before, timeZone), local);
    // Usually both offsets are the same and so is the instant: one reading to check.
    const afterValid = after !== before && sameReading(toLocal(after, timeZone), local);
    if (beforeValid && afterValid) return Math.min(before, after);
    if (beforeValid) return before;
    if (afterValid) return after;
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
