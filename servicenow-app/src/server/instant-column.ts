import type { Instant } from './core/xloop-core.js';

// Instants are kept in string columns as zero-padded milliseconds: exact (a date-time column keeps seconds), and
// ordered the same as text, which is how encoded queries compare strings (`due_at<=…`, `ORDERBYdue_at`).
const WIDTH = 15;

/** An instant as a column value; `''` for none. @example instantColumn(1793696400000) // '001793696400000' */
export function instantColumn(instant: Instant | undefined): string {
  return instant === undefined ? '' : String(Math.trunc(instant)).padStart(WIDTH, '0');
}

/** A column value as an instant. @example columnInstant('001793696400000') // 1793696400000 */
export function columnInstant(value: string | null): Instant | undefined {
  return value ? Number(value) : undefined;
}
