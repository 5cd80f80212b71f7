import {
  type DayRange,
  happiness,
  lostTime,
  periodOf,
  RollupAccumulator,
  type RollupEntry,
  type RollupShape,
  responseRate,
  segmentKey,
  segmentsByPeriod,
} from '../src/index';
import { buildRollups } from './build-rollups';
import { best, megabytes, peakRss, perSecond, timed } from './measure';
import { type SyntheticResponse, syntheticResponses } from './synthetic';

const RESPONSES = 1_000_000;
const SINGLE: RollupShape = { pairDimensions: [] };
const PAIRS: RollupShape = {
  pairDimensions: ['service', 'channel', 'team', 'category', 'priority', 'location', 'customer'],
};

interface DashboardCell {
  readonly happiness: ReturnType<typeof happiness>;
  readonly lostTime: ReturnType<typeof lostTime>;
  readonly responseRate: ReturnType<typeof responseRate>;
}

/** The dashboard question from rollups: 12 months × every single-dimension segment, one pass. */
export function dashboardFromRollups(
  entries: readonly RollupEntry[],
  range: DayRange,
): Map<string, DashboardCell> {
  const cells = new Map<string, DashboardCell>();
  for (const [month, segments] of segmentsByPeriod(entries, 'month', range, 1)) {
    for (const [key, rollup] of segments) {
      cells.set(`${month} ${key}`, {
        happiness: happiness(rollup),
        lostTime: lostTime(rollup),
        responseRate: responseRate(rollup),
      });
    }
  }
  return cells;
}

/** The same question answered the straightforward way: scan every raw response and group. */
function dashboardFromScan(
  responses: readonly SyntheticResponse[],
  range: DayRange,
): Map<string, DashboardCell> {
  const groups = new Map<string, RollupAccumulator>();
  for (const response of responses) {
    if (response.day < range.from || response.day > range.to) continue;
    const month = periodOf(response.day, 'month');
    for (const [dimension, value] of Object.entries(response.segment)) {
      const key = `${month} ${segmentKey({ [dimension]: value })}`;
      let group = groups.get(key);
      if (!group) {
        group = new RollupAccumulator();
        groups.set(key, group);
      }
      group.addResponse(response);
    }
  }
  const cells = new Map<string, DashboardCell>();
  for (const [key, group] of groups) {
    const rollup = group.toRollup();
    cells.set(key, {
      happiness: happiness(rollup),
      lostTime: lostTime(rollup),
      responseRate: responseRate(rollup),
    });
  }
  return cells;
}

export function rollupBench(): void {
  const rssBefore = peakRss();
  const generated = timed(() => {
    let n = 0;
    for (const _ of syntheticResponses(RESPONSES)) n++;
    return n;
  });
  const single = timed(() => buildRollups(syntheticResponses(RESPONSES), SINGLE));
  const rssSingle = peakRss();
  console.log(
    `\nRollups from ${RESPONSES.toLocaleString('en')} synthetic responses (365 days, 9 dimensions)`,
  );
  console.log(`  generating the responses alone (baseline):  ${perSecond(RESPONSES, generated.ms)}`);
  console.log(
    `  organisation + 9 single dimensions:         ${perSecond(RESPONSES, single.ms)} incl. generation, ${single.result.length.toLocaleString('en')} (day, segment) rollups, peak RSS ${megabytes(rssSingle)} (was ${megabytes(rssBefore)})`,
  );

  const range = { from: '2025-12-01', to: '2026-11-30' };
  const raw = [...syntheticResponses(RESPONSES)];
  const fromRollups = best(3, () => dashboardFromRollups(single.result, range));
  const fromScan = best(3, () => dashboardFromScan(raw, range));
  const same = [...fromScan.result].every(([key, cell]) => {
    const other = fromRollups.result.get(key);
    return other !== undefined && JSON.stringify(other) === JSON.stringify(cell);
  });
  console.log(
    '\nDashboard: 12 months × every single-dimension segment (happiness with interval, lost time, response rate)',
  );
  console.log(
    `  from daily rollups:          ${fromRollups.ms.toFixed(1)} ms over ${single.result.length.toLocaleString('en')} rollups, ${fromRollups.result.size} cells`,
  );
  console.log(
    `  scanning the raw responses:  ${fromScan.ms.toFixed(1)} ms over ${raw.length.toLocaleString('en')} responses, ${fromScan.result.size} cells`,
  );
  console.log(
    `  ratio:                       rollups answer ${(fromScan.ms / fromRollups.ms).toFixed(1)}× faster; identical answers: ${same}`,
  );
  raw.length = 0;

  const pairs = timed(() => buildRollups(syntheticResponses(RESPONSES), PAIRS));
  console.log(
    `\n  with the 21 pairs of 7 dimensions too:     ${perSecond(RESPONSES, pairs.ms)} incl. generation, ${pairs.result.length.toLocaleString('en')} rollups, peak RSS ${megabytes(peakRss())}`,
  );
}
