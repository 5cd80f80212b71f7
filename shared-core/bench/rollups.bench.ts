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
import { buildRollups as buildRollupsBefore } from './baseline/build-rollups';
import { buildRollups } from './build-rollups';
import { best, megabytes, peakRss, perSecond, rates, type Timing, timed } from './measure';
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

/** Bytes held by what `build` returns, after collecting garbage before and after. */
function held<T>(build: () => T): Timing<T> & { readonly bytes: number } {
  const inUse = () => {
    globalThis.gc?.();
    const memory = process.memoryUsage();
    return memory.heapUsed + memory.arrayBuffers;
  };
  const before = inUse();
  const built = timed(build);
  return { ...built, bytes: inUse() - before };
}

const sameEntries = (a: readonly RollupEntry[], b: readonly RollupEntry[]): boolean =>
  a.length === b.length && a.every((entry, i) => JSON.stringify(entry) === JSON.stringify(b[i]));

export function rollupBench(): void {
  const generated = timed(() => [...syntheticResponses(RESPONSES)]);
  const raw = generated.result;
  console.log(
    `\nRollups from ${RESPONSES.toLocaleString('en')} synthetic responses (365 days, 9 dimensions), generated beforehand`,
  );
  console.log(`  generating the responses (not counted below): ${perSecond(RESPONSES, generated.ms)}`);

  // The previous build, then DailyRollups (best of 2), on the same responses in the same process, after a warm-up
  // of each on a tenth of them.
  buildRollupsBefore(raw.slice(0, RESPONSES / 10), SINGLE);
  buildRollups(raw.slice(0, RESPONSES / 10), SINGLE);
  const before = held(() => buildRollupsBefore(raw, SINGLE));
  const after = held(() => buildRollups(raw, SINGLE));
  const again = held(() => buildRollups(raw, SINGLE));
  const fastest = { ms: Math.min(after.ms, again.ms), cpuMs: Math.min(after.cpuMs, again.cpuMs) };
  const single = [...after.result.entries()];
  console.log('  organisation + 9 single dimensions:');
  console.log(
    `    before (a map of accumulators per day, keys joined per response): ${rates(RESPONSES, before)}, holding ${megabytes(before.bytes)}`,
  );
  console.log(
    `    DailyRollups (interned keys, typed-array records):              ${rates(RESPONSES, fastest)}, holding ${megabytes(after.bytes)}, ${single.length.toLocaleString('en')} (day, segment) rollups`,
  );
  console.log(
    `    ratio: ${(before.ms / fastest.ms).toFixed(1)}× faster by wall time, ${(before.cpuMs / fastest.cpuMs).toFixed(1)}× by CPU time; identical rollups: ${sameEntries(before.result, single)}`,
  );

  const range = { from: '2025-12-01', to: '2026-11-30' };
  const fromRollups = best(3, () => dashboardFromRollups(single, range));
  const fromScan = best(3, () => dashboardFromScan(raw, range));
  const same = [...fromScan.result].every(([key, cell]) => {
    const other = fromRollups.result.get(key);
    return other !== undefined && JSON.stringify(other) === JSON.stringify(cell);
  });
  console.log(
    '\nDashboard: 12 months × every single-dimension segment (happiness with interval, lost time, response rate)',
  );
  console.log(
    `  from daily rollups:          ${fromRollups.ms.toFixed(1)} ms over ${single.length.toLocaleString('en')} rollups, ${fromRollups.result.size} cells`,
  );
  console.log(
    `  scanning the raw responses:  ${fromScan.ms.toFixed(1)} ms over ${raw.length.toLocaleString('en')} responses, ${fromScan.result.size} cells`,
  );
  console.log(
    `  ratio:                       rollups answer ${(fromScan.ms / fromRollups.ms).toFixed(1)}× faster; identical answers: ${same}`,
  );

  // Today's build takes minutes over a million responses with pairs; it is timed on the first tenth.
  const tenth = raw.slice(0, RESPONSES / 10);
  const pairsBefore = timed(() => buildRollupsBefore(tenth, PAIRS));
  const pairsTenth = timed(() => buildRollups(tenth, PAIRS));
  const pairs = held(() => buildRollups(raw, PAIRS));
  console.log('\n  with the 21 pairs of 7 dimensions too:');
  console.log(
    `    before, first ${tenth.length.toLocaleString('en')} responses:   ${rates(tenth.length, pairsBefore)}`,
  );
  console.log(
    `    DailyRollups, the same:           ${rates(tenth.length, pairsTenth)} (ratio ${(pairsBefore.ms / pairsTenth.ms).toFixed(1)}× faster; identical rollups: ${sameEntries(pairsBefore.result, [...pairsTenth.result.entries()])})`,
  );
  console.log(
    `    DailyRollups, all ${RESPONSES.toLocaleString('en')}:      ${rates(RESPONSES, pairs)}, ${pairs.result.size.toLocaleString('en')} rollups, holding ${megabytes(pairs.bytes)}; peak RSS of the whole run so far ${megabytes(peakRss())}`,
  );
  raw.length = 0;
}
