import { readFileSync } from 'node:fs';
import {
  byDimension,
  DEFAULT_MINIMUM_SAMPLE,
  DIMENSIONS,
  type Dimension,
  happiness,
  lostTime,
  meanScore,
  opportunities,
  RollupAccumulator,
  type RollupEntry,
  rollupFor,
  rollupKeysFor,
} from '@xloop/shared-core';
import { parseResponses, type ResponseRecord } from '../formats/responses-file';
import { CliError } from './cli-error';

export interface AnalyzeOptions {
  readonly responses: string;
  readonly format?: 'csv' | 'jsonl';
  readonly by?: string;
  readonly from?: string;
  readonly to?: string;
  readonly minimumSample?: number;
  readonly json?: boolean;
}

const day = (instant: number) => new Date(instant).toISOString().slice(0, 10);
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Daily rollups of the responses, for every single dimension and pair of each. */
function entriesOf(records: readonly ResponseRecord[]): RollupEntry[] {
  const slots = new Map<string, { day: string; key: string; accumulator: RollupAccumulator }>();
  for (const record of records) {
    const d = day(record.answeredAt);
    for (const key of rollupKeysFor(record.segment)) {
      const slot = `${d}/${key}`;
      let entry = slots.get(slot);
      if (!entry) {
        entry = { day: d, key, accumulator: new RollupAccumulator() };
        slots.set(slot, entry);
      }
      entry.accumulator.addResponse(record).addInvitationOutcome('answered');
    }
  }
  return [...slots.values()].map(({ day: d, key, accumulator }) => ({
    day: d,
    segmentKey: key,
    rollup: accumulator.toRollup(),
  }));
}

/** The analysis as `--json` prints it. */
export function analyze(records: readonly ResponseRecord[], options: Omit<AnalyzeOptions, 'responses'>) {
  const minimumSample = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const days = records.map((r) => day(r.answeredAt)).sort();
  const range = {
    from: options.from ?? days[0] ?? '1970-01-01',
    to: options.to ?? days[days.length - 1] ?? '1970-01-01',
  };
  const within = records.filter((r) => day(r.answeredAt) >= range.from && day(r.answeredAt) <= range.to);
  const entries = entriesOf(within);
  const overall = rollupFor(entries, range);
  const h = happiness(overall, { minimumSample });
  const mean = meanScore(overall, { minimumSample });
  const lost = lostTime(overall, { minimumSample: 1 });
  const dimensions = (
    options.by ? options.by.split(',').map((d) => d.trim()) : DIMENSIONS.filter((d) => d !== 'agent')
  ) as Dimension[];
  const unknown = dimensions.filter((d) => DIMENSIONS.indexOf(d) < 0);
  if (unknown.length > 0)
    throw new CliError(`Unknown dimension(s) in --by: ${unknown.join(', ')}; use ${DIMENSIONS.join(', ')}.`);
  const segments = dimensions.flatMap((dimension) =>
    [...byDimension(entries, dimension, range)].map(([key, rollup]) => {
      const sh = happiness(rollup, { minimumSample });
      return {
        dimension,
        value: key,
        n: sh.n,
        happiness: sh.kind === 'scored' ? round(sh.value) : null,
        happinessCi95: sh.kind === 'scored' ? [round(sh.ci95[0]), round(sh.ci95[1])] : null,
        lostTimeMinutesMean:
          rollup.lostTimeAnswers > 0 ? round(rollup.lostTimeMinutes / rollup.lostTimeAnswers) : null,
      };
    }),
  );
  segments.sort((a, b) =>
    a.dimension < b.dimension
      ? -1
      : a.dimension > b.dimension
        ? 1
        : b.n - a.n || (a.value < b.value ? -1 : 1),
  );
  return {
    range,
    overall: {
      n: h.n,
      happiness: h.kind === 'scored' ? round(h.value) : null,
      happinessCi95: h.kind === 'scored' ? [round(h.ci95[0]), round(h.ci95[1])] : null,
      meanScore: mean.kind === 'scored' ? round(mean.value, 2) : null,
      lostTimeMinutesMean: lost.kind === 'scored' ? round(lost.meanMinutes) : null,
      lostTimeMinutesTotal: lost.kind === 'scored' ? lost.totalMinutes : 0,
    },
    segments,
    opportunities: opportunities(entries, range, { minimumSample }).map((o) => ({
      rank: o.rank,
      segment: o.segment,
      ticketsPerMonth: round(o.ticketsPerMonth),
      recoverableHoursPerMonth: round(o.recoverableHoursPerMonth),
      happiness: round(o.happiness.value),
      happinessGap: round(o.happinessGap),
      lostTimeMinutesMean: round(o.lostMinutes.mean),
      explanation: o.explanation,
    })),
  };
}

/** `xloop analyze`: scores, segments and ranked opportunities from a responses file. */
export function analyzeCommand(options: AnalyzeOptions, print: (text: string) => void): void {
  const format = options.format ?? (options.responses.endsWith('.csv') ? 'csv' : 'jsonl');
  let text: string;
  try {
    text = readFileSync(options.responses, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${options.responses}: ${(error as Error).message}`);
  }
  const parsed = parseResponses(text, format);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems
      .slice(0, 20)
      .map((p) => `  line ${p.at}: ${p.message}`)
      .join('\n');
    throw new CliError(`${options.responses} has ${parsed.problems.length} bad row(s):\n${shown}`);
  }
  for (const bound of [options.from, options.to]) {
    if (bound !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(bound))
      throw new CliError(`--from and --to take days as YYYY-MM-DD, not "${bound}".`);
  }
  const result = analyze(parsed.records, options);
  if (options.json) {
    print(JSON.stringify(result, null, 2));
    return;
  }
  const o = result.overall;
  const lines = [
    `${o.n} responses, ${result.range.from} to ${result.range.to}`,
    `Happiness ${o.happiness ?? 'not enough answers'}${o.happinessCi95 ? ` (95 % CI ${o.happinessCi95[0]} to ${o.happinessCi95[1]})` : ''}, mean score ${o.meanScore ?? '–'}, lost time ${o.lostTimeMinutesMean ?? '–'} min per ticket (${o.lostTimeMinutesTotal} in all)`,
    '',
    `${'dimension'.padEnd(10)} ${'value'.padEnd(24)} ${'n'.padStart(6)} ${'happiness'.padStart(10)} ${'lost min'.padStart(9)}`,
    ...result.segments.map(
      (s) =>
        `${s.dimension.padEnd(10)} ${s.value.slice(0, 24).padEnd(24)} ${String(s.n).padStart(6)} ${String(s.happiness ?? 'n/a').padStart(10)} ${String(s.lostTimeMinutesMean ?? '–').padStart(9)}`,
    ),
    '',
    'Opportunities:',
    ...(result.opportunities.length > 0
      ? result.opportunities.map((op) => `  ${op.rank}. ${op.explanation}`)
      : ['  none above the minimum sample']),
  ];
  print(lines.join('\n'));
}
