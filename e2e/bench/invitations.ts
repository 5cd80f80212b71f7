import {
  type CountedResponse,
  RollupAccumulator,
  type RollupEntry,
  type RollupShape,
  rollupKeysFor,
  type Segment,
} from '@xloop/shared-core';
import { syntheticResponses } from '@xloop/shared-core/bench';

/** Every single dimension and the organisation: what the dashboard question reads. */
export const SINGLE_DIMENSIONS: RollupShape = { pairDimensions: [] };

/** One invitation sent on a resolution, with its response when the requester answered. */
export interface SyntheticInvitation {
  readonly day: string;
  readonly segment: Segment;
  readonly response?: CountedResponse;
}

/**
 * The invitations behind `responses` answered ones: the answered are shared-core's synthetic responses (same
 * generator, same seed as its benchmarks); half as many again were sent and never answered, drawn from the same
 * generator with another seed, so the response rate is about two thirds and varies by segment.
 * @example [...syntheticInvitations(3)].length // 4: three answered, one not
 */
export function* syntheticInvitations(responses: number): Generator<SyntheticInvitation> {
  for (const { day, segment, score, factors, lostTimeMinutes } of syntheticResponses(responses)) {
    yield {
      day,
      segment,
      response: lostTimeMinutes === undefined ? { score, factors } : { score, factors, lostTimeMinutes },
    };
  }
  for (const { day, segment } of syntheticResponses(Math.floor(responses / 2), 43)) yield { day, segment };
}

const signature = (segment: Segment): string => Object.values(segment).join('\u0000');

/**
 * What a rollup store does as invitations go out and come back: for each (day, segment key) the invitation counts
 * in, the resolution and the sending are counted, and the response and its answering when there is one. Keys are
 * computed once per distinct full segment, as a store caching them would.
 * @example rollupsOfInvitations(syntheticInvitations(1000), SINGLE_DIMENSIONS).length // (day, segment) rollups
 */
export function rollupsOfInvitations(
  invitations: Iterable<SyntheticInvitation>,
  shape: RollupShape,
): RollupEntry[] {
  const days = new Map<string, Map<string, RollupAccumulator>>();
  const keysOf = new Map<string, readonly string[]>();
  for (const invitation of invitations) {
    const id = signature(invitation.segment);
    let keys = keysOf.get(id);
    if (keys === undefined) {
      keys = rollupKeysFor(invitation.segment, shape);
      if (keysOf.size < 50_000) keysOf.set(id, keys);
    }
    let slots = days.get(invitation.day);
    if (!slots) {
      slots = new Map();
      days.set(invitation.day, slots);
    }
    for (const key of keys) {
      let accumulator = slots.get(key);
      if (!accumulator) {
        accumulator = new RollupAccumulator();
        slots.set(key, accumulator);
      }
      accumulator.addInvitationOutcome('resolved').addInvitationOutcome('sent');
      if (invitation.response) accumulator.addResponse(invitation.response).addInvitationOutcome('answered');
    }
  }
  const entries: RollupEntry[] = [];
  for (const [day, slots] of days) {
    for (const [key, accumulator] of slots)
      entries.push({ day, segmentKey: key, rollup: accumulator.toRollup() });
  }
  return entries;
}
