import type { Score } from '../model/response';
import type { Rollup } from '../model/rollup';
import type { Segment } from '../model/segment';
import { random, weightedIndex } from '../random';
import { addDays } from '../share/calendar';
import { RollupAccumulator } from '../share/rollup';
import type { RollupEntry } from '../share/rollup-query';
import { rollupKeysFor } from '../share/segment-key';

/** How a slice of a simulated desk behaves. */
export interface DeskSlice {
  readonly segment: Segment;
  /** Responses per day. */
  readonly perDay: number;
  /** Weights of scores 0–10. */
  readonly scores: readonly number[];
  /** Lost minutes and their weights. */
  readonly lost: readonly (readonly [number, number])[];
  /** Factors cited, with the chance each is cited. */
  readonly factors?: readonly (readonly [string, number])[];
  /** Days (from the first) this slice is active; all by default. */
  readonly days?: readonly [number, number];
}

/**
 * Daily rollups of a simulated desk, as a rollup store would hold them: every response counted for the
 * organisation, each dimension and each pair, with one resolution per response.
 * @example deskEntries('2026-01-01', 120, slices, 7) // RollupEntry[] for 120 days
 */
export function deskEntries(
  firstDay: string,
  days: number,
  slices: readonly DeskSlice[],
  seed: number,
): RollupEntry[] {
  const next = random(seed);
  const slots = new Map<string, { day: string; key: string; accumulator: RollupAccumulator }>();
  for (let d = 0; d < days; d++) {
    const day = addDays(firstDay, d);
    for (const slice of slices) {
      if (slice.days && (d < slice.days[0] || d > slice.days[1])) continue;
      const whole = Math.floor(slice.perDay);
      const count = whole + (next() < slice.perDay - whole ? 1 : 0);
      for (let i = 0; i < count; i++) {
        const score = weightedIndex(slice.scores, next) as Score;
        const lostTimeMinutes =
          slice.lost[
            weightedIndex(
              slice.lost.map(([, w]) => w),
              next,
            )
          ]?.[0] ?? 0;
        const factors = (slice.factors ?? []).filter(([, chance]) => next() < chance).map(([id]) => id);
        for (const key of rollupKeysFor(slice.segment)) {
          const slotKey = `${day}/${key}`;
          let slot = slots.get(slotKey);
          if (!slot) {
            slot = { day, key, accumulator: new RollupAccumulator() };
            slots.set(slotKey, slot);
          }
          slot.accumulator.addResponse({ score, factors, lostTimeMinutes });
          slot.accumulator.addInvitationOutcome('resolved');
          slot.accumulator.addInvitationOutcome('sent');
          slot.accumulator.addInvitationOutcome('answered');
        }
      }
    }
  }
  return [...slots.values()].map(({ day, key, accumulator }) => ({
    day,
    segmentKey: key,
    rollup: accumulator.toRollup() as Rollup,
  }));
}

/** Score weights for a happy, an average and an unhappy slice. */
export const SCORES = {
  happy: [0.01, 0.01, 0.01, 0.01, 0.01, 0.02, 0.03, 0.1, 0.15, 0.3, 0.35],
  average: [0.03, 0.03, 0.03, 0.04, 0.05, 0.07, 0.1, 0.2, 0.2, 0.13, 0.12],
  unhappy: [0.1, 0.08, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.06, 0.06],
} as const;

/** Lost-minute distributions for the same. */
export const LOST = {
  little: [
    [0, 0.6],
    [8, 0.3],
    [38, 0.1],
  ],
  some: [
    [0, 0.3],
    [8, 0.3],
    [38, 0.3],
    [150, 0.1],
  ],
  much: [
    [8, 0.2],
    [38, 0.3],
    [150, 0.4],
    [360, 0.1],
  ],
} as const;
