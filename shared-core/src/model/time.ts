/**
 * An instant: milliseconds since 1970-01-01T00:00:00Z. The core keeps time as plain numbers so it runs
 * the same in Node, browsers and ServiceNow's engine; adapters convert at their edges.
 */
export type Instant = number;

/** A calendar day as `YYYY-MM-DD`, already resolved to a time zone by the caller. */
export type Day = string;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
