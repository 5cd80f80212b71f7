import { createHash } from 'node:crypto';
import { DailyRollups, opportunities, type RollupShape } from '../src/index';
import { opportunities as opportunitiesBefore } from './baseline/opportunities';
import { best, peakRss, timed } from './measure';
import { syntheticResponses } from './synthetic';

/** One ranking run's figures, printed as JSON by a child process for the parent bench to compare. */
export interface RankingRun {
  readonly buildMs: number;
  readonly rollups: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly ranked: number;
  readonly pairs: number;
  readonly peakRss: number;
  /** A hash of the whole ranking, so runs can be compared for identical answers. */
  readonly answer: string;
  readonly top: string;
}

/** How the ranking reads the rollups: today's ranking over stored entries, or the current one in place or over entries. */
export type RankingMode = 'before' | 'in-place' | 'entries';

export const RESPONSES = 1_000_000;
// Eight dimensions, every single one and every pair: 1 + 8 + 28 keys per response.
const EIGHT: RollupShape = {
  dimensions: ['service', 'channel', 'team', 'category', 'priority', 'location', 'customer', 'kind'],
};
export const WINDOW = { from: '2025-12-01', to: '2026-11-30' };

function run(mode: RankingMode): RankingRun {
  // The responses stream into the rollups: none is held, as a store counting them as they come holds none.
  const built = timed(() => {
    const rollups = new DailyRollups(EIGHT);
    for (const response of syntheticResponses(RESPONSES, 7))
      rollups.at(response.day, response.segment).addResponse(response).addInvitationOutcome('resolved');
    return rollups;
  });
  const rollups = built.result;
  // As a store read returns them: one object per (day, key).
  const entries = mode === 'in-place' ? [] : [...rollups.entries()];
  const ranked = best(3, () =>
    mode === 'before'
      ? opportunitiesBefore(entries, WINDOW)
      : opportunities(mode === 'in-place' ? rollups : entries, WINDOW),
  );
  return {
    buildMs: built.ms,
    rollups: rollups.size,
    ms: ranked.ms,
    cpuMs: ranked.cpuMs,
    ranked: ranked.result.length,
    pairs: ranked.result.filter((o) => Object.keys(o.segment).length === 2).length,
    peakRss: peakRss(),
    answer: createHash('sha256').update(JSON.stringify(ranked.result)).digest('hex').slice(0, 16),
    top: ranked.result[0]?.explanation ?? '',
  };
}

const mode = process.argv[2] as RankingMode | undefined;
if (mode !== undefined && /opportunities-run\.m?[jt]s$/.test(process.argv[1] ?? ''))
  process.stdout.write(`${JSON.stringify(run(mode))}\n`);
