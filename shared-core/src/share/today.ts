import type { Day } from '../model/time';
import type { Ports } from '../ports';
import { addDays } from './calendar';
import { rollupDay } from './rollup-day';
import type { DayRange } from './rollup-query';

/**
 * Today in the organisation's time zone.
 * @example today(ports, 'Europe/Helsinki') // '2026-11-25'
 */
export function today(ports: Pick<Ports, 'clock' | 'zoned'>, timeZone: string): Day {
  return rollupDay(ports.clock.now(), timeZone, ports.zoned);
}

/**
 * The `days` days up to and including `last`.
 * @example lastDays('2026-11-24', 90) // { from: '2026-08-27', to: '2026-11-24' }
 */
export function lastDays(last: Day, days: number): DayRange {
  return { from: addDays(last, -(days - 1)), to: last };
}
