import type { Response } from '../model/response';
import type { Rollup } from '../model/rollup';

/** What happened to an invitation, as counted in rollups. */
export type InvitationOutcome = 'sent' | 'answered' | 'expired';

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

  /** Adds another rollup's counts. */
  merge(other: Rollup): this {
    for (let score = 0; score <= 10; score++) {
      this.histogram[score] = (this.histogram[score] as number) + (other.histogram[score] ?? 0);
    }
    this.lostTimeAnswers += other.lostTimeAnswers;
    this.lostTimeMinutes += other.lostTimeMinutes;
    this.lostTimeMinutesSquared += other.lostTimeMinutesSquared;
    for (const factor of Object.keys(other.factors)) {
      this.factors.set(factor, (this.factors.get(factor) ?? 0) + (other.factors[factor] as number));
    }
    this.sent += other.sent;
    this.answered += other.answered;
    this.expired += other.expired;
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
