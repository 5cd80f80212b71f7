import type { Response } from '../model/response';
import type { Rollup } from '../model/rollup';

/** What rollups count besides responses: a resolution seen (the ticket volume) and what became of invitations. */
export type InvitationOutcome = 'resolved' | 'sent' | 'answered' | 'expired';

/** The part of a response that rollups count. */
export type CountedResponse = Pick<Response, 'score' | 'factors' | 'lostTimeMinutes'>;

/**
 * A mutable rollup for hot loops (adapters building many rollups at once). It holds the one definition of the
 * rollup arithmetic; the immutable functions below go through it.
 */
export class RollupAccumulator {
  readonly histogram: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  lostTimeAnswers = 0;
  lostTimeMinutes = 0;
  lostTimeMinutesSquared = 0;
  // A Map, not an object: thousands of accumulators gaining factor keys in different orders would each get their
  // own hidden class and make every update a slow, megamorphic property access.
  private readonly factors = new Map<string, number>();
  resolved = 0;
  sent = 0;
  answered = 0;
  expired = 0;

  /** Counts one response. */
  addResponse(response: CountedResponse): this {
    this.histogram[response.score] = (this.histogram[response.score] as number) + 1;
    const minutes = response.lostTimeMinutes;
    if (minutes !== undefined) {
      this.lostTimeAnswers += 1;
      this.lostTimeMinutes += minutes;
      this.lostTimeMinutesSquared += minutes * minutes;
    }
    // A factor counts once per response, however the list was built. Lists are short, so a look back is cheaper
    // than a set.
    const factors = response.factors;
    for (let i = 0; i < factors.length; i++) {
      const factor = factors[i] as string;
      if (factors.indexOf(factor) < i) continue;
      this.factors.set(factor, (this.factors.get(factor) ?? 0) + 1);
    }
    return this;
  }

  /** Counts one invitation outcome. */
  addInvitationOutcome(outcome: InvitationOutcome): this {
    this[outcome] += 1;
    return this;
  }

  /** Adds another rollup's counts, or with `sign` −1 takes them away (to undo a response that was edited). */
  merge(other: Rollup, sign: 1 | -1 = 1): this {
    for (let score = 0; score <= 10; score++) {
      this.histogram[score] = (this.histogram[score] as number) + sign * (other.histogram[score] ?? 0);
    }
    this.lostTimeAnswers += sign * other.lostTimeAnswers;
    this.lostTimeMinutes += sign * other.lostTimeMinutes;
    this.lostTimeMinutesSquared += sign * other.lostTimeMinutesSquared;
    for (const factor of Object.keys(other.factors)) {
      const count = (this.factors.get(factor) ?? 0) + sign * (other.factors[factor] as number);
      // A factor whose count returns to zero disappears, so an undone response leaves no trace.
      if (count === 0) this.factors.delete(factor);
      else this.factors.set(factor, count);
    }
    this.resolved += sign * other.resolved;
    this.sent += sign * other.sent;
    this.answered += sign * other.answered;
    this.expired += sign * other.expired;
    return this;
  }

  /** A plain, independent snapshot of the counts. */
  toRollup(): Rollup {
    return {
      histogram: this.histogram.slice(),
      lostTimeAnswers: this.lostTimeAnswers,
      lostTimeMinutes: this.lostTimeMinutes,
      lostTimeMinutesSquared: this.lostTimeMinutesSquared,
      factors: toRecord(this.factors),
      resolved: this.resolved,
      sent: this.sent,
      answered: this.answered,
      expired: this.expired,
    };
  }
}

/**
 * The identity of the rollup monoid: no responses, no invitations.
 * @example emptyRollup().histogram // [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
 */
export function emptyRollup(): Rollup {
  return new RollupAccumulator().toRollup();
}

/**
 * A rollup with one more response counted.
 * @example addResponse(emptyRollup(), { score: 9, factors: ['quick'], lostTimeMinutes: 0 }).histogram[9] // 1
 */
export function addResponse(rollup: Rollup, response: CountedResponse): Rollup {
  return new RollupAccumulator().merge(rollup).addResponse(response).toRollup();
}

/**
 * A rollup with one more invitation outcome counted.
 * @example addInvitationOutcome(emptyRollup(), 'sent').sent // 1
 */
export function addInvitationOutcome(rollup: Rollup, outcome: InvitationOutcome): Rollup {
  return new RollupAccumulator().merge(rollup).addInvitationOutcome(outcome).toRollup();
}

/**
 * The monoid operation: associative and commutative, with `emptyRollup()` as identity.
 * @example mergeRollups(a, b).sent === a.sent + b.sent // true
 */
export function mergeRollups(a: Rollup, b: Rollup): Rollup {
  return new RollupAccumulator().merge(a).merge(b).toRollup();
}

/**
 * The change to a rollup when a response is replaced: `after` counted, `before` taken away. Either may be absent
 * (a first answer, an erased one). Counts in a delta may be negative; merging it applies the change.
 * @example responseDelta({ score: 3, factors: [] }, { score: 9, factors: [] }).histogram // [0, 0, 0, -1, 0, 0, 0, 0, 0, 1, 0]
 */
export function responseDelta(
  before: CountedResponse | undefined,
  after: CountedResponse | undefined,
): Rollup {
  const accumulator = new RollupAccumulator();
  if (after !== undefined) accumulator.addResponse(after);
  if (before !== undefined) accumulator.merge(new RollupAccumulator().addResponse(before).toRollup(), -1);
  return accumulator.toRollup();
}

/**
 * Whether a rollup counts nothing at all (a delta that changes nothing).
 * @example isEmptyRollup(responseDelta(r, r)) // true
 */
export function isEmptyRollup(rollup: Rollup): boolean {
  return (
    rollup.histogram.every((count) => count === 0) &&
    rollup.lostTimeAnswers === 0 &&
    rollup.lostTimeMinutes === 0 &&
    rollup.lostTimeMinutesSquared === 0 &&
    Object.keys(rollup.factors).length === 0 &&
    rollup.resolved === 0 &&
    rollup.sent === 0 &&
    rollup.answered === 0 &&
    rollup.expired === 0
  );
}

/**
 * Merges any number of rollups.
 * @example mergeAll([a, b, c]) // same as mergeRollups(mergeRollups(a, b), c)
 */
export function mergeAll(rollups: Iterable<Rollup>): Rollup {
  const accumulator = new RollupAccumulator();
  for (const rollup of rollups) accumulator.merge(rollup);
  return accumulator.toRollup();
}

/**
 * Number of responses counted in a rollup.
 * @example responseCount(addResponse(emptyRollup(), { score: 3, factors: [] })) // 1
 */
export function responseCount(rollup: Pick<Rollup, 'histogram'>): number {
  let n = 0;
  for (const count of rollup.histogram) n += count;
  return n;
}

function toRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  const record: Record<string, number> = {};
  // Sorted, so equal rollups serialise alike whatever order their factors arrived in.
  for (const factor of [...counts.keys()].sort()) record[factor] = counts.get(factor) as number;
  return record;
}
