import { opportunities, type RollupShape } from '../src/index';
import { buildRollups } from './build-rollups';
import { best, megabytes, peakRss, perSecond, timed } from './measure';
import { dashboardFromRollups } from './rollups.bench';
import { syntheticResponses } from './synthetic';

const RESPONSES = 1_000_000;
// Eight dimensions, every single one and every pair: 1 + 8 + 28 keys per response.
const EIGHT: RollupShape = {
  dimensions: ['service', 'channel', 'team', 'category', 'priority', 'location', 'customer', 'kind'],
};

export function opportunityBench(): void {
  const built = timed(() => buildRollups(syntheticResponses(RESPONSES, 7), EIGHT));
  const entries = built.result;
  const rssBuilt = peakRss();
  const window = { from: '2025-12-01', to: '2026-11-30' };
  const baseline = best(3, () => dashboardFromRollups(entries, window));
  const ranked = best(3, () => opportunities(entries, window));
  const pairs = ranked.result.filter((o) => Object.keys(o.segment).length === 2).length;
  console.log(
    `\nOpportunities over ${RESPONSES.toLocaleString('en')} responses, 8 dimensions, all singles and pairs`,
  );
  console.log(
    `  rollups built:                      ${entries.length.toLocaleString('en')} (day, segment) rollups at ${perSecond(RESPONSES, built.ms)}, peak RSS ${megabytes(rssBuilt)}`,
  );
  console.log(`  baseline, 12-month dashboard (#2):  ${baseline.ms.toFixed(1)} ms`);
  console.log(
    `  opportunities, 12-month window:     ${ranked.ms.toFixed(1)} ms, ${ranked.result.length} ranked (${pairs} pairs), peak RSS ${megabytes(peakRss())}`,
  );
  console.log(
    `  ratio:                              ${(ranked.ms / baseline.ms).toFixed(2)}× the dashboard's time`,
  );
  const top = ranked.result[0];
  if (top) console.log(`  top: ${top.explanation}`);
}
