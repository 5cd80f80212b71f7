// How rollups were built before `DailyRollups` (kept as the baseline the bench compares with): a map of
// accumulators per day, and the keys of each response joined as strings.
import { RollupAccumulator, type RollupEntry, type RollupShape, type Segment } from '../../src/index';
import type { SyntheticResponse } from '../synthetic';
import { rollupKeysFor } from './rollup-keys';

const signature = (segment: Segment): string => Object.values(segment).join('\u0000');

/**
 * What a rollup store does on each response: one accumulator per (day, segment key) the response counts in, the
 * resolution counted too. Keys are computed once per distinct full segment, as a store caching them would.
 */
export function buildRollups(responses: Iterable<SyntheticResponse>, shape: RollupShape): RollupEntry[] {
  const days = new Map<string, Map<string, RollupAccumulator>>();
  const keysOf = new Map<string, readonly string[]>();
  for (const response of responses) {
    const id = signature(response.segment);
    let keys = keysOf.get(id);
    if (keys === undefined) {
      keys = rollupKeysFor(response.segment, shape);
      if (keysOf.size < 50_000) keysOf.set(id, keys);
    }
    let slots = days.get(response.day);
    if (!slots) {
      slots = new Map();
      days.set(response.day, slots);
    }
    for (const key of keys) {
      let accumulator = slots.get(key);
      if (!accumulator) {
        accumulator = new RollupAccumulator();
        slots.set(key, accumulator);
      }
      accumulator.addResponse(response).addInvitationOutcome('resolved');
    }
  }
  const entries: RollupEntry[] = [];
  for (const [day, slots] of days) {
    for (const [key, accumulator] of slots)
      entries.push({ day, segmentKey: key, rollup: accumulator.toRollup() });
  }
  return entries;
}
