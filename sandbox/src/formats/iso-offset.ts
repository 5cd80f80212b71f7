import type { Instant, ZonedTime } from '@xloop/shared-core';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as ISO 8601 with the zone's offset, e.g. `2026-11-02T10:00:00+02:00`.
 * @example isoWithOffset(Date.UTC(2026, 10, 2, 8), 'Europe/Helsinki', zoned) // '2026-11-02T10:00:00+02:00'
 */
export function isoWithOffset(instant: Instant, timeZone: string, zoned: ZonedTime): string {
  const local = zoned.toLocal(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const seconds = Math.floor((instant % 60_000) / 1000);
  const offset = Math.round((asUtc - (instant - (instant % 60_000))) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local.year}-${two(local.month)}-${two(local.day)}T${two(local.hour)}:${two(local.minute)}:${two(seconds)}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
