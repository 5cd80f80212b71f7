import type { StoredResponse } from '@xloop/shared-core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AFTER_EXPIRY,
  type Case,
  type Expected,
  expectResolver,
  expectToken,
  problemsOf,
  refusalStatus,
  resolverCaseArb,
  tokenCaseArb,
} from './support/inputs-arbitraries';
import { forgeSurface, type Surface, sandboxSurface, serviceNowSurface } from './support/inputs-surfaces';

const SEED = 20261102;
/** Submissions per channel on each surface, and of the last phase, once the clock is past every expiry. */
const RUNS: Record<string, Partial<Record<Case['channel'], number>>> = {
  sandbox: { get: 900, form: 900, json: 900, resolver: 900 },
  forge: { get: 700, form: 900, json: 900, resolver: 900 },
  servicenow: { get: 800, form: 1000, resolver: 1000 },
};
const AFTER_EXPIRY_RUNS = 60;
/** Codes whose exact value a JSON answer must carry; garbage tokens may fail on any of the token checks. */
const PRECISE = new Set([
  'wrong-recipient',
  'not-your-survey',
  'unknown-survey',
  'already-used',
  'expired',
  'survey-closed',
  'invalid-answer',
]);

const tally = { submissions: 0, stored: 0, unchanged: 0, refused: 0, other: 0 };
const byStatus = new Map<number, number>();
const byReason = new Map<string, number>();
const byProblem = new Map<string, number>();
const bySurface = new Map<string, { submissions: number; stored: number; refused: number }>();

const content = (r: StoredResponse | undefined) =>
  r && {
    score: r.score + 0,
    factors: r.factors,
    lostTimeOption: r.lostTimeOption,
    comment: r.comment,
    locale: r.locale,
    channel: r.channel,
  };

/** The histogram the stored responses make: what the organisation's rollup must count, once each. */
const histogramOf = (responses: readonly StoredResponse[]) => {
  const histogram = Array.from({ length: 11 }, () => 0);
  for (const r of responses) histogram[r.score] = (histogram[r.score] ?? 0) + 1;
  return histogram;
};

async function submit(surface: Surface, c: Case, phase: string): Promise<void> {
  const world = surface.world();
  const { expected, ...prepared } =
    c.channel === 'resolver'
      ? { ...expectResolver(world, c, surface.keyring, surface.crypto), token: '', answer: undefined }
      : expectToken(world, c, surface.keyring, surface.crypto);
  const before = surface.snapshot();
  const responsesBefore = surface.responses();
  const answered = await surface.send(c, prepared);
  const where = `${surface.name} ${c.channel} (${phase}): ${JSON.stringify(c).slice(0, 600)}`;

  tally.submissions++;
  byStatus.set(answered.status, (byStatus.get(answered.status) ?? 0) + 1);
  const mine = bySurface.get(surface.name) ?? { submissions: 0, stored: 0, refused: 0 };
  mine.submissions++;
  bySurface.set(surface.name, mine);
  if (answered.status >= 500 || (expected.kind === 'refused' && answered.status === 200)) tally.other++;

  // Never a server error, whatever came in; once everything has expired, nothing is taken.
  expect(answered.status, where).toBeLessThan(500);
  if (phase === 'after expiry') expect(expected.kind, where).toBe('refused');
  check(surface, expected, answered, c, before, responsesBefore, where);
  if (expected.kind === 'refused') {
    byReason.set(expected.code, (byReason.get(expected.code) ?? 0) + 1);
    for (const problem of new Set(expected.problems ?? []))
      byProblem.set(problem, (byProblem.get(problem) ?? 0) + 1);
    tally.refused++;
    mine.refused++;
  } else if (expected.kind === 'stored') {
    tally.stored++;
    mine.stored++;
  } else tally.unchanged++;
}

function check(
  surface: Surface,
  expected: Expected,
  answered: { status: number; code?: string; message: string },
  c: Case,
  before: string,
  responsesBefore: readonly StoredResponse[],
  where: string,
) {
  if (expected.kind === 'refused') {
    expect(answered.status, `${where} → ${expected.code}`).toBe(refusalStatus(c.channel, expected.code));
    expect(answered.message.length, where).toBeGreaterThan(0);
    if (answered.code !== undefined && PRECISE.has(expected.code))
      expect(answered.code, where).toBe(expected.code);
    expect(surface.snapshot(), `${where}: a refused submission changed the store`).toBe(before);
    return;
  }
  expect(answered.status, `${where} → ${answered.code} ${answered.message}`).toBe(200);
  if (expected.kind === 'unchanged') {
    expect(surface.snapshot(), `${where}: changed the store`).toBe(before);
    return;
  }
  const after = surface.responses();
  const stored = after.find((r) => r.surveyId === expected.surveyId);
  const previous = responsesBefore.find((r) => r.surveyId === expected.surveyId);
  const { response } = expected;
  expect(content(stored), where).toEqual(
    content({ ...response, requesterId: '', segment: {}, day: '', version: 0 }),
  );
  // An edit replaces the answer: one response per survey, one version more, nothing pending.
  expect(stored?.version, where).toBe((previous?.version ?? 0) + 1);
  expect(stored?.pending, where).toBeUndefined();
  expect(after.length, where).toBe(responsesBefore.length + (previous ? 0 : 1));
  expect(
    after.filter((r) => r.surveyId !== expected.surveyId),
    `${where}: another survey's response changed`,
  ).toEqual(responsesBefore.filter((r) => r.surveyId !== expected.surveyId));
  const target = surface.world().survey(expected.surveyId);
  expect(target?.state, where).toBe('answered');
  expect(stored && target && problemsOf(stored, target), where).toEqual([]);
  // Counted exactly once: the organisation's rollup is the histogram of the stored answers.
  const organisation = surface.organisation();
  expect(organisation.histogram, `${where}: rollups do not match the stored answers`).toEqual(
    histogramOf(after),
  );
  expect(organisation.answered, where).toBe(after.length);
}

async function runSurface(make: () => Promise<Surface>) {
  const surface = await make();
  try {
    const runs = RUNS[surface.name] ?? {};
    let offset = 0;
    for (const channel of surface.channels) {
      offset++;
      const arbitrary = channel === 'resolver' ? resolverCaseArb : tokenCaseArb(channel);
      const cases = fc.sample(arbitrary as fc.Arbitrary<Case>, {
        numRuns: runs[channel] ?? 0,
        seed: SEED + offset * 7919 + surface.name.length,
      });
      for (const c of cases) await submit(surface, c, 'open');
    }
    // The clock moves past every link's and every survey's expiry: nothing is taken any more.
    surface.setNow(AFTER_EXPIRY);
    for (const channel of surface.channels) {
      const arbitrary = channel === 'resolver' ? resolverCaseArb : tokenCaseArb(channel);
      const cases = fc.sample(arbitrary as fc.Arbitrary<Case>, {
        numRuns: AFTER_EXPIRY_RUNS,
        seed: SEED - 1,
      });
      for (const c of cases) await submit(surface, c, 'after expiry');
    }
    expect(surface.responses().length).toBeGreaterThan(0);
  } finally {
    await surface.close();
  }
}

describe('bad input at every trust boundary: refused with a clear 4xx and changing nothing', () => {
  afterAll(() => {
    const n = (x: number) => x.toLocaleString('en-US');
    console.log(
      `bad input (seed ${SEED}): ${n(tally.submissions)} submissions, ${n(tally.stored)} valid stored, ` +
        `${n(tally.unchanged)} valid answered 200 without a change, ${n(tally.refused)} refused 4xx, ${n(tally.other)} other`,
    );
    console.log(
      `  by status: ${[...byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, k]) => `${s}: ${n(k)}`)
        .join(', ')}`,
    );
    console.log(
      `  refused because: ${[...byReason]
        .sort(([, a], [, b]) => b - a)
        .map(([code, k]) => `${code} ${n(k)}`)
        .join(', ')}`,
    );
    console.log(
      `  invalid answers had: ${[...byProblem]
        .sort(([, a], [, b]) => b - a)
        .map(([code, k]) => `${code} ${n(k)}`)
        .join(', ')}`,
    );
    console.log(
      `  by surface: ${[...bySurface]
        .map(([name, t]) => `${name} ${n(t.submissions)} (${n(t.stored)} stored, ${n(t.refused)} refused)`)
        .join('; ')}`,
    );
  });

  it('the sandbox: one-click GET, form and JSON over HTTP, and the portal resolver', async () => {
    await runSurface(sandboxSurface);
  });

  it('Forge: the one-click web trigger and the portal resolver', async () => {
    await runSurface(forgeSurface);
  });

  it('ServiceNow: the one-click scripted REST routes and the resolver call route', async () => {
    await runSurface(serviceNowSurface);
  });

  it('generated at least 10,000 submissions', () => {
    expect(tally.submissions).toBeGreaterThanOrEqual(10_000);
    expect(tally.other).toBe(0);
  });
});
