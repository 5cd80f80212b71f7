import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCommand } from './analyze';
import { CliError } from './cli-error';

const fixture = (name: string) => new URL(`../../test/fixtures/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'xloop-analyze-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `xloop analyze` with these flags, in process: what it prints, and the message and exit code of a refusal. */
async function xloop(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const flag = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at < 0 ? undefined : args[at + 1];
  };
  const printed: string[] = [];
  const options = {
    responses: flag('responses') ?? '',
    ...Object.fromEntries(
      (['by', 'from', 'to'] as const).flatMap((name) =>
        flag(name) === undefined ? [] : [[name, flag(name)]],
      ),
    ),
    ...(args.includes('--json') ? { json: true } : {}),
  };
  try {
    analyzeCommand(options, (text) => printed.push(`${text}\n`));
    return { stdout: printed.join(''), stderr: '', code: 0 };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { stdout: printed.join(''), stderr: error.message, code: error.exitCode };
  }
}

describe('analyzeCommand', () => {
  it('gives overall scores, segments and ranked opportunities as JSON', async () => {
    const { stdout, code } = await xloop(
      '--responses',
      fixture('responses.csv'),
      '--by',
      'service,channel',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.overall).toMatchObject({ n: 360 });
    expect(result.overall.happinessCi95).toHaveLength(2);
    expect(result.overall.happinessCi95[0]).toBeLessThan(result.overall.happiness);
    expect(Object.keys(result.overall).sort()).toEqual(
      ['happiness', 'happinessCi95', 'lostTimeMinutesMean', 'lostTimeMinutesTotal', 'meanScore', 'n'].sort(),
    );
    const vpn = result.segments.find(
      (s: { dimension: string; value: string }) => s.dimension === 'service' && s.value === 'VPN',
    );
    expect(vpn).toMatchObject({ n: 123 });
    expect(vpn.happiness).toBeLessThan(0);
    expect(result.opportunities[0]).toMatchObject({ rank: 1, segment: { service: 'VPN' } });
  });

  it('shows "not enough answers" below the minimum sample, filters by days, and rejects bad input', async () => {
    const narrow = await xloop(
      '--responses',
      fixture('responses.csv'),
      '--from',
      '2026-08-03',
      '--to',
      '2026-08-05',
      '--json',
    );
    const result = JSON.parse(narrow.stdout);
    expect(result.overall.n).toBeLessThan(10);
    expect(result.overall.happiness).toBeNull();
    expect(result.segments.every((s: { happiness: number | null }) => s.happiness === null)).toBe(true);
    const text = await xloop('--responses', fixture('responses.csv'), '--by', 'service');
    expect(text.stdout).toContain('Opportunities:');
    expect((await xloop('--responses', fixture('responses.csv'), '--by', 'mood')).code).toBe(2);
    expect((await xloop('--responses', fixture('responses.csv'), '--from', 'May')).code).toBe(2);
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'ticket_id,score\nSD-1,eleven\n');
    const refused = await xloop('--responses', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('line 2');
  });

  it('prints a text table: the overall line, one row per segment, and the opportunities or none', async () => {
    const { stdout } = await xloop('--responses', fixture('responses.csv'), '--by', 'channel');
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^360 responses, \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
    expect(lines[1]).toMatch(
      /^Happiness -?[\d.]+ \(95 % CI -?[\d.]+ to -?[\d.]+\), mean score [\d.]+, lost time/,
    );
    expect(lines[3]).toBe('dimension  value                         n  happiness  lost min');
    expect(lines[4]).toMatch(/^channel {4}\S+ +\d+ +(-?[\d.]+|n\/a) +([\d.]+|–)$/);
    const narrow = await xloop(
      '--responses',
      fixture('responses.csv'),
      '--from',
      '2026-08-03',
      '--to',
      '2026-08-03',
    );
    expect(narrow.stdout).toContain('Happiness not enough answers, mean score –');
    expect(narrow.stdout).toContain('Opportunities:\n  none above the minimum sample');
  });
});
