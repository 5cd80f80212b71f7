import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { megabytes, perSecond } from './measure';
import { type RankingMode, type RankingRun, RESPONSES } from './opportunities-run';

/**
 * The ranking run as one plain JavaScript file, as the core ships: the child then holds the ranking and its data, not
 * a TypeScript loader (tens of MB of its own).
 */
function bundledRun(): string {
  const outfile = join(mkdtempSync(join(tmpdir(), 'xloop-bench-')), 'opportunities-run.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('./opportunities-run.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** Runs one ranking in a process of its own, so its peak memory is its own. */
function inChild(script: string, mode: RankingMode): RankingRun {
  const child = spawnSync(process.execPath, ['--expose-gc', script, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`ranking run ${mode} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() as string) as RankingRun;
}

export function opportunityBench(): void {
  const script = bundledRun();
  const before = inChild(script, 'before');
  const entries = inChild(script, 'entries');
  const inPlace = inChild(script, 'in-place');
  console.log(
    `\nOpportunities over ${RESPONSES.toLocaleString('en')} responses, 8 dimensions, all singles and pairs, 12-month window; each in its own process`,
  );
  console.log(
    `  rollups built by DailyRollups:       ${inPlace.rollups.toLocaleString('en')} (day, segment) rollups at ${perSecond(RESPONSES, inPlace.buildMs)} incl. generating the responses`,
  );
  const line = (label: string, run: RankingRun) =>
    console.log(
      `  ${label}${run.ms.toFixed(1)} ms (${run.cpuMs.toFixed(1)} ms of CPU), ${run.ranked} ranked (${run.pairs} pairs), peak RSS ${megabytes(run.peakRss)}`,
    );
  line('before, over stored entries:         ', before);
  line('now, over the same stored entries:   ', entries);
  line('now, summed in place (DailyRollups): ', inPlace);
  console.log(
    `  ratio:                               ${(before.ms / inPlace.ms).toFixed(1)}× faster in place, ${(before.ms / entries.ms).toFixed(1)}× over entries; peak memory ${(before.peakRss / inPlace.peakRss).toFixed(1)}× less in place; identical rankings: ${before.answer === inPlace.answer && before.answer === entries.answer}`,
  );
  if (inPlace.top) console.log(`  top: ${inPlace.top}`);
}
