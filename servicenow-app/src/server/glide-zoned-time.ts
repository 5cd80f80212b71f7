import { GlideDateTime, GlideRecord } from '@servicenow/glide';
import type { Instant, LocalDateTime, ZonedTime } from './core/xloop-core.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The zone's offset from UTC at an instant, in ms, from the instance's own time-zone data (Java's). */
export function glideOffset(instant: Instant, timeZone: string): number {
  const time = new GlideDateTime();
  time.setTimeZone(timeZone);
  time.setNumericValue(instant);
  return time.getTZOffset();
}

// The zones the instance offers users (`sys_user.time_zone` choices), read once per transaction. Java quietly
// reads an unknown zone as GMT, so a zone is valid only when the instance lists it.
let knownZones: Set<string> | undefined;
function isListedZone(timeZone: string): boolean {
  if (!knownZones) {
    knownZones = new Set(['UTC', 'GMT', 'Etc/UTC']);
    const choice = new GlideRecord('sys_choice');
    choice.addQuery('name', 'sys_user');
    choice.addQuery('element', 'time_zone');
    choice.query();
    while (choice.next()) knownZones.add(choice.getValue('value') ?? '');
  }
  return knownZones.has(timeZone);
}

/**
 * Time zones on ServiceNow: offsets come from GlideDateTime (`setTimeZone`, `getTZOffset`), the wall-clock
 * arithmetic is the same as everywhere. A reading skipped by a DST gap moves forward by the gap; a repeated one is
 * its earlier instant, as the port requires.
 * @example zonedTime(glideOffset).toLocal(Date.UTC(2026, 10, 2, 7), 'Europe/Helsinki').hour // 9
 */
export function zonedTime(
  offset: (instant: Instant, timeZone: string) => number = glideOffset,
  isValidTimeZone: (timeZone: string) => boolean = isListedZone,
): ZonedTime {
  return {
    toLocal(instant, timeZone) {
      const local = new Date(instant + offset(instant, timeZone));
      return {
        year: local.getUTCFullYear(),
        month: local.getUTCMonth() + 1,
        day: local.getUTCDate(),
        hour: local.getUTCHours(),
        minute: local.getUTCMinutes(),
        weekday: (local.getUTCDay() || 7) as LocalDateTime['weekday'],
      };
    },
    fromLocal(local, timeZone) {
      const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
      // Offsets a day either side are surely before and after any transition near this reading.
      const before = offset(wall - DAY, timeZone);
      const after = offset(wall + DAY, timeZone);
      const early = wall - before;
      const late = wall - after;
      const earlyHolds = offset(early, timeZone) === before;
      const lateHolds = offset(late, timeZone) === after;
      if (earlyHolds && lateHolds) return Math.min(early, late);
      if (lateHolds) return late;
      // In a gap (neither holds) the reading under the old offset is the instant the gap's length later.
      return early;
    },
    isValidTimeZone,
  };
}
