// The ports depend on the model alone, so nothing they name can import them back.
import type { Initiative } from './model/initiative';
import type { TokenKeyring } from './model/keyring';
import type { Response } from './model/response';
import type { DayRange, Rollup, RollupEntry } from './model/rollup';
import type { Segment } from './model/segment';
import type { Settings } from './model/settings';
import type { Step } from './model/step';
import type { Reason, Survey } from './model/survey';
import type { TicketEvent } from './model/ticket';
import type { Day, Instant } from './model/time';

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
  /**
   * `bytes` bytes from a cryptographically secure source, as lowercase hex: what an unlinkable pseudonym is made
   * of. A platform without one leaves it out, and the services that need it answer an error.
   */
  randomHex?(bytes: number): string;
}

/** The current time; a port so replays and tests control it. */
export interface Clock {
  now(): Instant;
}

// ---------------------------------------------------------------------------------------------------------------
// Stores and delivery. Every method returns a `Step`: a plain value on ServiceNow, a promise on Node and Forge.
// Writes are idempotent: calling one twice with the same arguments leaves the same state as calling it once.

/** A resolution decided against, kept so a replayed event decides nothing new. */
export interface Suppression {
  readonly resolutionKey: string;
  readonly ticketId: string;
  readonly resolvedAt: Instant;
  readonly requesterId: string;
  readonly at: Instant;
  readonly reasons: readonly Reason[];
  readonly segment: Segment;
}

/** A response as stored: the answer, whose it is, where it counts, and whether its rollup change is applied. */
export interface StoredResponse extends Response {
  readonly requesterId: string;
  readonly segment: Segment;
  /** The rollup day: the day of the resolution in the organisation's time zone. */
  readonly day: Day;
  /** 1 for the first answer, then one more per edit. */
  readonly version: number;
  /**
   * Set while the rollup change of this version may not be applied yet (written before it, cleared after), so a
   * crash between the two is finished on the next call instead of losing or doubling counts. `previous` is what
   * the rollups counted before this version, `null` for a first answer.
   */
  readonly pending?: { readonly previous: CountedAnswer | null };
}

/** The part of an answer rollups count. */
export type CountedAnswer = Pick<Response, 'score' | 'factors' | 'lostTimeMinutes'>;

/** One page of a read in key order: up to `limit` records whose key sorts after `after` (`''` for the first page). */
export interface Page {
  readonly after: string;
  readonly limit: number;
}

export interface SurveyStore {
  get(id: string): Step<Survey | undefined>;
  /** Inserts or replaces by id. `dueAt` is when dispatch must look at it next; `undefined` once it is closed. */
  save(survey: Survey, dueAt: Instant | undefined): Step<void>;
  forTicket(ticketId: string): Step<readonly Survey[]>;
  /** The requester's surveys resolved, sent or due at or after `since`. */
  forRequester(requesterId: string, since: Instant): Step<readonly Survey[]>;
  /** Up to `limit` surveys due at or before `now`, earliest first (ties by id). */
  due(now: Instant, limit: number): Step<readonly Survey[]>;
  suppress(suppression: Suppression): Step<void>;
  suppressedFor(ticketId: string): Step<readonly string[]>;
  recordReopening(ticketId: string, at: Instant): Step<void>;
  reopeningsFor(ticketId: string): Step<readonly Instant[]>;
  isOptedOut(requesterId: string): Step<boolean>;
  setOptOut(requesterId: string, optedOut: boolean): Step<void>;
  // A person's records, read and saved back by the erase use cases (the rule is the core's `privacy/erasure`).
  /** A page of the requester's surveys, by id. */
  byRequester(requesterId: string, page: Page): Step<readonly Survey[]>;
  /** A page of the surveys naming the agent in `agentId` or `segment.agent` (whole ids, byte for byte), by id. */
  byAgent(agentId: string, page: Page): Step<readonly Survey[]>;
  /** A page of the requester's suppressions, by resolution key. */
  suppressionsByRequester(requesterId: string, page: Page): Step<readonly Suppression[]>;
  /** A page of the suppressions naming the agent in `segment.agent` (whole ids, byte for byte), by resolution key. */
  suppressionsByAgent(agentId: string, page: Page): Step<readonly Suppression[]>;
  /**
   * Inserts or replaces each survey by id, in as few writes as the store allows; a stored survey keeps when it is
   * due, a new one is stored closed (not due). A store where a survey can be sent between the read and this write
   * keeps a survey whose state or sending changed since (Forge SQL): an erase never undoes a sending.
   */
  saveAll(surveys: readonly Survey[]): Step<void>;
  /** Inserts or replaces each suppression by resolution key (where `suppress` keeps the first). */
  saveSuppressions(suppressions: readonly Suppression[]): Step<void>;
}

export interface ResponseStore {
  get(surveyId: string): Step<StoredResponse | undefined>;
  /** Inserts or replaces by survey id. */
  save(response: StoredResponse): Step<void>;
  forTicket(ticketId: string): Step<readonly StoredResponse[]>;
  /** Responses with a comment whose rollup day is in the range, newest first, at most `limit`. */
  withComments(range: DayRange, limit: number): Step<readonly StoredResponse[]>;
  /** A page of the requester's responses, by survey id. */
  byRequester(requesterId: string, page: Page): Step<readonly StoredResponse[]>;
  /** A page of the responses naming the agent in `segment.agent` (whole ids, byte for byte), by survey id. */
  byAgent(agentId: string, page: Page): Step<readonly StoredResponse[]>;
  /** Inserts or replaces each response by survey id, in as few writes as the store allows. */
  saveAll(responses: readonly StoredResponse[]): Step<void>;
  /** Up to `limit` responses still marked `pending` (a crash between their two writes), for dispatch to finish. */
  pending(limit: number): Step<readonly StoredResponse[]>;
}

export interface RollupStore {
  /**
   * Adds `delta` to the rollup of each key on `day`, once per `changeId`, atomically: a repeated change id
   * changes nothing and answers `false`.
   */
  apply(changeId: string, day: Day, keys: readonly string[], delta: Rollup): Step<boolean>;
  /** The stored rollups in the range; only the given keys when `keys` is set. */
  read(range: DayRange, keys?: readonly string[]): Step<readonly RollupEntry[]>;
  /**
   * Rewrites every stored segment key holding the part `part` (one `dimension=value` as `segmentKey` escapes it,
   * e.g. `agent=5b10a…`) to hold `replacement` there instead, counts unchanged: in the rollups and in any change log
   * the store keeps, so that a repeated change id still changes nothing and never brings the old key back. Only a
   * whole part matches, never a prefix of another value. Returns how many stored keys changed (rows or logged changes).
   */
  replaceKeyPart(part: string, replacement: string): Step<number>;
}

export interface InitiativeStore {
  get(id: string): Step<Initiative | undefined>;
  /** Saves when the stored version is `expectedVersion` (0 for a new one); `false` on a conflicting change. */
  save(initiative: Initiative, expectedVersion: number): Step<boolean>;
  list(): Step<readonly Initiative[]>;
}

export interface SettingsStore {
  settings(): Step<Settings>;
  saveSettings(settings: Settings): Step<void>;
  /** The one-click token keys, from the platform's secret store. */
  keyring(): Step<TokenKeyring>;
}

/** What an invitation or reminder carries; the adapter renders it on its channel with the instrument's texts. */
export interface OutgoingSurvey {
  readonly kind: 'invitation' | 'reminder';
  readonly survey: Survey;
  readonly locale: string;
  /** One-click tokens: `scores[s]` answers with score s, `open` opens the survey without a score. */
  readonly tokens: { readonly open: string; readonly scores: readonly string[] };
  /** The same for every attempt of this message, so the channel can drop a duplicate. */
  readonly idempotencyKey: string;
}

export type DeliveryResult =
  | { readonly status: 'sent' }
  | { readonly status: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly status: 'failed'; readonly reason: string };

export interface Delivery {
  send(message: OutgoingSurvey): Step<DeliveryResult>;
}

/**
 * The ticket events a platform can tell again, for the policy preview: the sandbox keeps the events it processed,
 * Forge reads Jira's changelogs. Read-only.
 */
export interface TicketHistory {
  /**
   * Ticket events at or after `since` and before `until`, oldest first, at most `limit`. A source that stops
   * before the end (the limit, or a page or time budget of its own) answers with what it read and `complete: false`.
   */
  ticketEvents(since: Instant, until: Instant, limit: number): Step<TicketEvents>;
}

/** Some of a platform's past ticket events, and whether they are all the period asked for had. */
export interface TicketEvents {
  readonly events: readonly TicketEvent[];
  readonly complete: boolean;
}

/** Everything the services need from a platform. */
export interface Ports {
  readonly surveys: SurveyStore;
  readonly responses: ResponseStore;
  readonly rollups: RollupStore;
  readonly initiatives: InitiativeStore;
  readonly settings: SettingsStore;
  readonly delivery: Delivery;
  readonly clock: Clock;
  readonly zoned: ZonedTime;
  readonly crypto: Crypto;
  /** Past ticket events, where the platform can give them (the policy preview needs them). */
  readonly history?: TicketHistory;
}
