import { DailyRollups, type RollupShape } from '../src/index';
import type { SyntheticResponse } from './synthetic';

/**
 * What a rollup store does on each response: count it, and the resolution too, in every (day, segment key) it
 * belongs to.
 */
export function buildRollups(responses: Iterable<SyntheticResponse>, shape: RollupShape): DailyRollups {
  const rollups = new DailyRollups(shape);
  for (const response of responses)
    rollups.at(response.day, response.segment).addResponse(response).addInvitationOutcome('resolved');
  return rollups;
}
