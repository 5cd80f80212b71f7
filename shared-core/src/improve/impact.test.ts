import { describe, expect, it } from 'vitest';
import type { Rollup } from '../model/rollup';
import { DAY } from '../model/time';
import { random, weightedIndex } from '../random';
import { RollupAccumulator } from '../share/rollup';
import { impactReport } from './impact';

const goLive = Date.UTC(2026, 5, 1);
const later = goLive + 60 * DAY;

/** n responses with the given score weights (index = score) and lost-time options (minutes → weight). */
function simulate(
  n: number,
  scores: readonly number[],
  lost: readonly (readonly [number, number])[],
  next: () => number,
  resolved = n * 2,
): Rollup {
  const accumulator = new RollupAccumulator();
  for (let i = 0; i < n; i++) {
    const score = weightedIndex(scores, next) as 0;
    const minutes =
      lost[
        weightedIndex(
          lost.map(([, w]) => w),
          next,
        )
      ]?.[0] ?? 0;
    accumulator.addResponse({ score, factors: [], lostTimeMinutes: minutes });
  }
  for (let i = 0; i < resolved; i++) accumulator.addInvitationOutcome('resolved');
  return accumulator.toRollup();
}

// Score weights by score 0–10 for a desk before and after a fix: detractors 40 % → 20 %, promoters 30 % → 50 %.
const beforeScores = [0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.05, 0.15, 0.15, 0.15, 0.15];
const afterScores = [0.02, 0.02, 0.02, 0.03, 0.03, 0.05, 0.03, 0.15, 0.15, 0.25, 0.25];
const beforeLost = [
  [0, 0.2],
  [8, 0.2],
  [38, 0.2],
  [150, 0.3],
  [360, 0.1],
] as const;
const afterLost = [
  [0, 0.4],
  [8, 0.3],
  [38, 0.2],
  [150, 0.1],
] as const;
// True values: happiness before 30 − 40 = −10 → after 50 − 20 = +30, a change of +40 points.
const nps = (w: readonly number[]) =>
  100 * (w.slice(9).reduce((a, b) => a + b, 0) - w.slice(0, 7).reduce((a, b) => a + b, 0));
const trueHappinessChange = nps(afterScores) - nps(beforeScores);
const mean = (lost: readonly (readonly [number, number])[]) => lost.reduce((s, [m, w]) => s + m * w, 0);
const trueLostChange = mean(afterLost) - mean(beforeLost);

describe('impactReport', () => {
  it('reports an improvement with both intervals, the hours saved and a sentence', () => {
    const next = random(1);
    const before = { rollup: simulate(300, beforeScores, beforeLost, next), months: 3 };
    const after = { rollup: simulate(200, afterScores, afterLost, next, 400), months: 2 };
    const report = impactReport(before, after, goLive, later);
    expect(report.verdict).toBe('improved');
    expect(report.happinessChange?.ci95[0]).toBeGreaterThan(0);
    expect(report.lostTimeChange?.ci95[1]).toBeLessThan(0);
    expect(report.ticketsPerMonthAfter).toBe(200);
    // Hours saved = −(lost-time change) × 200 tickets a month / 60.
    expect(report.hoursSavedPerMonth?.value).toBeCloseTo(
      (-(report.lostTimeChange?.value ?? 0) * 200) / 60,
      9,
    );
    expect(report.summary).toMatch(
      /^Improved: happiness \+\d+(\.\d)? points \(95 % CI .*\); lost time -\d+(\.\d)? min per ticket .*hours saved per month\.$/,
    );
  });

  it('finds no detectable change when nothing changed, and calls a deterioration worse', () => {
    const next = random(2);
    const same = impactReport(
      { rollup: simulate(200, beforeScores, beforeLost, next), months: 2 },
      { rollup: simulate(200, beforeScores, beforeLost, next), months: 2 },
      goLive,
      later,
    );
    expect(same.verdict).toBe('no-detectable-change');
    const worse = impactReport(
      { rollup: simulate(300, afterScores, afterLost, next), months: 3 },
      { rollup: simulate(300, beforeScores, beforeLost, next), months: 3 },
      goLive,
      later,
    );
    expect(worse.verdict).toBe('worse');
  });

  it('calls it mixed when one metric improves and the other gets worse', () => {
    const next = random(3);
    const report = impactReport(
      { rollup: simulate(300, beforeScores, afterLost, next), months: 3 },
      { rollup: simulate(300, afterScores, beforeLost, next), months: 3 },
      goLive,
      later,
    );
    expect(report.verdict).toBe('mixed');
  });

  it('waits for enough days and enough answers before any verdict', () => {
    const next = random(4);
    const before = { rollup: simulate(300, beforeScores, beforeLost, next), months: 3 };
    const after = { rollup: simulate(300, afterScores, afterLost, next), months: 1 };
    expect(impactReport(before, after, goLive, goLive - DAY)).toMatchObject({
      verdict: 'not-enough-data',
      summary: 'Not live yet: the change is measured from its go-live date.',
    });
    expect(impactReport(before, after, goLive, goLive + 10 * DAY)).toMatchObject({
      verdict: 'not-enough-data',
      summary: 'Live for 10 days; a verdict needs at least 28.',
    });
    const few = { rollup: simulate(4, afterScores, afterLost, next), months: 1 };
    expect(impactReport(before, few, goLive, later)).toMatchObject({
      verdict: 'not-enough-data',
      summary: 'Not enough answers yet: 4 since go-live, 300 before; at least 10 each are needed.',
    });
  });

  it('knows the true values it simulates', () => {
    expect(trueHappinessChange).toBeCloseTo(40, 9);
    expect(trueLostChange).toBeCloseTo(25 - 90.2, 9);
  });

  it('covers the true change in at least 93 % of 1,000 simulated experiments at 95 % nominal', () => {
    const next = random(2026);
    let happinessCovered = 0;
    let lostCovered = 0;
    const runs = 1000;
    for (let run = 0; run < runs; run++) {
      const before = { rollup: simulate(120, beforeScores, beforeLost, next), months: 3 };
      const after = { rollup: simulate(80, afterScores, afterLost, next), months: 2 };
      const report = impactReport(before, after, goLive, later);
      const h = report.happinessChange?.ci95;
      const l = report.lostTimeChange?.ci95;
      if (h && h[0] <= trueHappinessChange && trueHappinessChange <= h[1]) happinessCovered++;
      if (l && l[0] <= trueLostChange && trueLostChange <= l[1]) lostCovered++;
    }
    console.log(
      `impact interval coverage: happiness ${happinessCovered / runs}, lost time ${lostCovered / runs}`,
    );
    expect(happinessCovered / runs).toBeGreaterThanOrEqual(0.93);
    expect(lostCovered / runs).toBeGreaterThanOrEqual(0.93);
    // And the intervals are not uselessly wide: they would miss a null effect almost always.
    expect(happinessCovered / runs).toBeLessThan(0.99);
  });
});
