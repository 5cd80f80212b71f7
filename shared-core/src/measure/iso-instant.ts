import { DAY, HOUR, type Instant, MINUTE } from '../model/time';
import { dayFromNumber } from '../share/calendar';

// Instants from 1970 to the end of 9999: the years `toISOString` writes with four digits.
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
const three = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/**
 * An instant as `Date.prototype.toISOString` writes it, by calendar arithmetic rather than a Date per call: every
 * decision's resolution key and reasons carry one.
 * @example isoInstant(Date.UTC(2026, 10, 24, 9)) // '2026-11-24T09:00:00.000Z'
 */
export function isoInstant(instant: Instant): string {
  if (!(instant >= 0 && instant <= LAST)) return new Date(instant).toISOString();
  const time = Math.trunc(instant);
  const days = Math.floor(time / DAY);
  const ofDay = time - days * DAY;
  const hour = Math.floor(ofDay / HOUR);
  const minute = Math.floor((ofDay % HOUR) / MINUTE);
  const second = Math.floor((ofDay % MINUTE) / 1000);
  return `${dayFromNumber(days)}T${two(hour)}:${two(minute)}:${two(second)}.${three(ofDay % 1000)}Z`;
}
