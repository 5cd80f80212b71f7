import type { Instant } from './model/time';

/** A wall-clock reading in some time zone. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export interface LocalDateTime {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * Time zones come through this port: the core has no `Intl`. Node and browsers use
 * `dateFnsZonedTime` from `@xloop/shared-core/platform`; ServiceNow uses GlideDateTime.
 */
export interface ZonedTime {
  /** The wall-clock reading of `instant` in `timeZone`. */
  toLocal(instant: Instant, timeZone: string): LocalDateTime;
  /**
   * The instant a wall clock in `timeZone` shows the given reading. A reading skipped by a DST
   * transition moves forward by the length of the gap (02:30 in a 02:00→03:00 gap is 03:30); a repeated
   * reading is its earlier instant.
   */
  fromLocal(local: Omit<LocalDateTime, 'weekday'>, timeZone: string): Instant;
  /** Whether `timeZone` is a zone this implementation knows. */
  isValidTimeZone(timeZone: string): boolean;
}

/** Keyed hashing for one-click tokens; keys come from the platform's secret store. */
export interface Crypto {
  /** HMAC-SHA256 of the UTF-8 `message` under the UTF-8 `key`, as unpadded base64url. */
  hmacSha256(key: string, message: string): string;
}

/** The current time; a port so replays and tests control it. */
export interface Clock {
  now(): Instant;
}
