import type { Initiative } from '../improve/initiative';
import { DEFAULT_SETTINGS, type Settings } from '../measure/settings';
import type { TokenKeyring } from '../measure/token';
import type { Rollup } from '../model/rollup';
import type { Survey } from '../model/survey';
import type { Day, Instant } from '../model/time';
import type {
  Clock,
  Crypto,
  Delivery,
  DeliveryResult,
  InitiativeStore,
  OutgoingSurvey,
  Page,
  Ports,
  ResponseStore,
  RollupStore,
  SettingsStore,
  StoredResponse,
  Suppression,
  SurveyStore,
  ZonedTime,
} from '../ports';
import { keyWithPartReplaced } from '../privacy/erasure';
import { RollupAccumulator } from '../share/rollup';
import type { DayRange, RollupEntry } from '../share/rollup-query';

// Stored values are copied in and out, as a database would, so a caller mutating a result changes nothing.
const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** A page of records in key order (as a database's index would give them). */
function pageOf<T>(records: readonly T[], key: (record: T) => string, page: Page): T[] {
  return records
    .filter((record) => key(record) > page.after)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .slice(0, page.limit);
}

/** The set of ids under `key`, made on first use. */
function indexed(index: Map<string, Set<string>>, key: string): Set<string> {
  let ids = index.get(key);
  if (!ids) {
    ids = new Set();
    index.set(key, ids);
  }
  return ids;
}

// Every store in memory, synchronous like GlideRecord: what the core's own tests run on, and what a policy preview
// replays history on, so that a preview never touches an installation's real stores.

/**
 * Surveys, suppressions, reopenings and opt-outs in memory; synchronous, like GlideRecord. Indexed by ticket and
 * requester and with the open surveys apart, as a database would be, so a replay of months of events stays fast.
 */
export class MemorySurveyStore implements SurveyStore {
  private readonly surveys = new Map<
    string,
    { survey: Survey; dueAt: Instant | undefined; position: number }
  >();
  private readonly byTicket = new Map<string, Set<string>>();
  private readonly requesterIndex = new Map<string, Set<string>>();
  /** Surveys dispatch still has to look at. */
  private readonly open = new Set<string>();
  private readonly suppressions = new Map<string, Suppression>();
  private readonly suppressionsByTicket = new Map<string, Set<string>>();
  private readonly reopenings = new Map<string, Instant[]>();
  private readonly optedOut = new Set<string>();

  get(id: string) {
    return copy(this.surveys.get(id)?.survey);
  }
  save(survey: Survey, dueAt: Instant | undefined) {
    const known = this.surveys.get(survey.id);
    if (known && known.survey.requester.id !== survey.requester.id)
      this.requesterIndex.get(known.survey.requester.id)?.delete(survey.id);
    this.surveys.set(survey.id, {
      survey: copy(survey),
      dueAt,
      position: known?.position ?? this.surveys.size,
    });
    indexed(this.byTicket, survey.ticketId).add(survey.id);
    indexed(this.requesterIndex, survey.requester.id).add(survey.id);
    if (dueAt === undefined) this.open.delete(survey.id);
    else this.open.add(survey.id);
  }
  /** The surveys of an index entry, in the order they were first saved. */
  private inOrder(ids: Set<string> | undefined) {
    const entries = [];
    for (const id of ids ?? []) {
      const entry = this.surveys.get(id);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => a.position - b.position).map(({ survey }) => survey);
  }
  forTicket(ticketId: string) {
    return this.inOrder(this.byTicket.get(ticketId)).map(copy);
  }
  forRequester(requesterId: string, since: Instant) {
    return this.inOrder(this.requesterIndex.get(requesterId))
      .filter((s) => Math.max(s.resolvedAt, s.sendAt, s.sentAt ?? 0) >= since)
      .map(copy);
  }
  due(now: Instant, limit: number) {
    const due = [];
    for (const id of this.open) {
      const entry = this.surveys.get(id);
      if (entry?.dueAt !== undefined && entry.dueAt <= now) due.push(entry);
    }
    return due
      .sort((a, b) => (a.dueAt as number) - (b.dueAt as number) || (a.survey.id < b.survey.id ? -1 : 1))
      .slice(0, limit)
      .map(({ survey }) => copy(survey));
  }
  /** When dispatch will next look at a survey (for tests). */
  dueAt(id: string): Instant | undefined {
    return this.surveys.get(id)?.dueAt;
  }
  /** The earliest time any survey is due, if one is: how a replay knows when to run dispatch next. */
  nextDue(): Instant | undefined {
    let earliest: Instant | undefined;
    for (const id of this.open) {
      const dueAt = this.surveys.get(id)?.dueAt;
      if (dueAt !== undefined && (earliest === undefined || dueAt < earliest)) earliest = dueAt;
    }
    return earliest;
  }
  suppress(suppression: Suppression) {
    if (this.suppressions.has(suppression.resolutionKey)) return;
    this.suppressions.set(suppression.resolutionKey, copy(suppression));
    indexed(this.suppressionsByTicket, suppression.ticketId).add(suppression.resolutionKey);
  }
  suppressedFor(ticketId: string) {
    return [...(this.suppressionsByTicket.get(ticketId) ?? [])];
  }
  /** Every suppression (for tests and previews). */
  allSuppressions(): Suppression[] {
    return [...this.suppressions.values()].map(copy);
  }
  /** Every survey (for tests and previews). */
  all(): Survey[] {
    return [...this.surveys.values()].map(({ survey }) => copy(survey));
  }
  recordReopening(ticketId: string, at: Instant) {
    const known = this.reopenings.get(ticketId) ?? [];
    if (known.indexOf(at) < 0)
      this.reopenings.set(
        ticketId,
        [...known, at].sort((a, b) => a - b),
      );
  }
  reopeningsFor(ticketId: string) {
    return [...(this.reopenings.get(ticketId) ?? [])];
  }
  isOptedOut(requesterId: string) {
    return this.optedOut.has(requesterId);
  }
  setOptOut(requesterId: string, optedOut: boolean) {
    if (optedOut) this.optedOut.add(requesterId);
    else this.optedOut.delete(requesterId);
  }
  byRequester(requesterId: string, page: Page) {
    return pageOf(this.inOrder(this.requesterIndex.get(requesterId)), (s) => s.id, page).map(copy);
  }
  byAgent(agentId: string, page: Page) {
    const named = this.all().filter((s) => s.agentId === agentId || s.segment.agent === agentId);
    return pageOf(named, (s) => s.id, page);
  }
  suppressionsByRequester(requesterId: string, page: Page) {
    const theirs = this.allSuppressions().filter((s) => s.requesterId === requesterId);
    return pageOf(theirs, (s) => s.resolutionKey, page);
  }
  suppressionsByAgent(agentId: string, page: Page) {
    const named = this.allSuppressions().filter((s) => s.segment.agent === agentId);
    return pageOf(named, (s) => s.resolutionKey, page);
  }
  saveAll(surveys: readonly Survey[]) {
    for (const survey of surveys) this.save(survey, this.surveys.get(survey.id)?.dueAt);
  }
  saveSuppressions(suppressions: readonly Suppression[]) {
    for (const suppression of suppressions) {
      this.suppressions.set(suppression.resolutionKey, copy(suppression));
      indexed(this.suppressionsByTicket, suppression.ticketId).add(suppression.resolutionKey);
    }
  }
}

export class MemoryResponseStore implements ResponseStore {
  private readonly responses = new Map<string, StoredResponse>();

  get(surveyId: string) {
    return copy(this.responses.get(surveyId));
  }
  save(response: StoredResponse) {
    this.responses.set(response.surveyId, copy(response));
  }
  forTicket(ticketId: string) {
    return [...this.responses.values()].filter((r) => r.ticketId === ticketId).map(copy);
  }
  withComments(range: DayRange, limit: number) {
    return [...this.responses.values()]
      .filter((r) => r.comment !== undefined && r.day >= range.from && r.day <= range.to)
      .sort((a, b) => b.answeredAt - a.answeredAt || (a.surveyId < b.surveyId ? -1 : 1))
      .slice(0, limit)
      .map(copy);
  }
  pending(limit: number) {
    return [...this.responses.values()]
      .filter((r) => r.pending !== undefined)
      .slice(0, limit)
      .map(copy);
  }
  /** Every response (for tests). */
  all(): StoredResponse[] {
    return [...this.responses.values()].map(copy);
  }
  byRequester(requesterId: string, page: Page) {
    return pageOf(
      [...this.responses.values()].filter((r) => r.requesterId === requesterId),
      (r) => r.surveyId,
      page,
    ).map(copy);
  }
  byAgent(agentId: string, page: Page) {
    return pageOf(
      [...this.responses.values()].filter((r) => r.segment.agent === agentId),
      (r) => r.surveyId,
      page,
    ).map(copy);
  }
  saveAll(responses: readonly StoredResponse[]) {
    for (const response of responses) this.save(response);
  }
}

export class MemoryRollupStore implements RollupStore {
  private readonly rollups = new Map<string, { day: Day; key: string; accumulator: RollupAccumulator }>();
  private readonly applied = new Set<string>();

  apply(changeId: string, day: Day, keys: readonly string[], delta: Rollup) {
    if (this.applied.has(changeId)) return false;
    this.applied.add(changeId);
    for (const key of keys) {
      const slot = `${day}/${key}`;
      let entry = this.rollups.get(slot);
      if (!entry) {
        entry = { day, key, accumulator: new RollupAccumulator() };
        this.rollups.set(slot, entry);
      }
      entry.accumulator.merge(delta);
    }
    return true;
  }
  read(range: DayRange, keys?: readonly string[]): RollupEntry[] {
    const wanted = keys ? new Set(keys) : undefined;
    const entries: RollupEntry[] = [];
    for (const { day, key, accumulator } of this.rollups.values()) {
      if (day < range.from || day > range.to || (wanted && !wanted.has(key))) continue;
      entries.push({ day, segmentKey: key, rollup: accumulator.toRollup() });
    }
    return entries;
  }
  replaceKeyPart(part: string, replacement: string) {
    let changed = 0;
    for (const [slot, entry] of [...this.rollups]) {
      const key = keyWithPartReplaced(entry.key, part, replacement);
      if (key === undefined) continue;
      this.rollups.delete(slot);
      const into = this.rollups.get(`${entry.day}/${key}`);
      if (into) into.accumulator.merge(entry.accumulator.toRollup());
      else this.rollups.set(`${entry.day}/${key}`, { ...entry, key });
      changed++;
    }
    // Change ids are all this store logs: no key of an applied change is kept to come back.
    return changed;
  }
}

export class MemoryInitiativeStore implements InitiativeStore {
  private readonly initiatives = new Map<string, Initiative>();

  get(id: string) {
    return copy(this.initiatives.get(id));
  }
  save(initiative: Initiative, expectedVersion: number) {
    const current = this.initiatives.get(initiative.id);
    if ((current?.version ?? 0) !== expectedVersion) return false;
    this.initiatives.set(initiative.id, copy(initiative));
    return true;
  }
  list() {
    return [...this.initiatives.values()].map(copy);
  }
}

export class MemorySettingsStore implements SettingsStore {
  constructor(
    private current: Settings = DEFAULT_SETTINGS,
    private readonly keys: TokenKeyring = { currentKeyId: 'k1', keys: { k1: 'memory-store-test-key' } },
  ) {}
  settings() {
    return copy(this.current);
  }
  saveSettings(settings: Settings) {
    this.current = copy(settings);
  }
  keyring() {
    return copy(this.keys);
  }
}

/** A delivery channel that records what it was asked to send, and can be told to fail. */
export class RecordingDelivery implements Delivery {
  readonly sent: OutgoingSurvey[] = [];
  /** Called before recording; return a failure to simulate an outage. */
  behaviour: (message: OutgoingSurvey) => DeliveryResult = () => ({ status: 'sent' });

  send(message: OutgoingSurvey): DeliveryResult {
    const result = this.behaviour(message);
    // A channel that honours idempotency keys drops a duplicate silently.
    if (result.status === 'sent' && !this.sent.some((m) => m.idempotencyKey === message.idempotencyKey))
      this.sent.push(message);
    return result;
  }
}

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(public current: Instant) {}
  now() {
    return this.current;
  }
  advance(ms: number) {
    this.current += ms;
  }
}

export interface MemoryPorts extends Ports {
  readonly surveys: MemorySurveyStore;
  readonly responses: MemoryResponseStore;
  readonly rollups: MemoryRollupStore;
  readonly initiatives: MemoryInitiativeStore;
  readonly settings: MemorySettingsStore;
  readonly delivery: RecordingDelivery;
  readonly clock: ManualClock;
}

/**
 * Every port in memory, synchronous throughout: the stand-in used by the core's own tests.
 * @example const ports = memoryPorts({ now: Date.UTC(2026, 10, 2), zoned: dateFnsZonedTime, crypto: nodeCrypto })
 */
export function memoryPorts(options: {
  now: Instant;
  zoned: ZonedTime;
  crypto: Crypto;
  settings?: Settings;
}): MemoryPorts {
  return {
    surveys: new MemorySurveyStore(),
    responses: new MemoryResponseStore(),
    rollups: new MemoryRollupStore(),
    initiatives: new MemoryInitiativeStore(),
    settings: new MemorySettingsStore(options.settings),
    delivery: new RecordingDelivery(),
    clock: new ManualClock(options.now),
    zoned: options.zoned,
    crypto: options.crypto,
  };
}
