import { type StoredResponse, signToken } from '@xloop/shared-core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AFTER_EXPIRY,
  type Case,
  type Expected,
  expectResolver,
  expectToken,
  FIXTURE_SURVEYS,
  NOW,
  problemsOf,
  refusalStatus,
  resolverCaseArb,
  tokenCaseArb,
} from './support/inputs-arbitraries';
import {
  type Answered,
  forgeSurface,
  type RawRequest,
  type Surface,
  sandboxSurface,
  serviceNowSurface,
} from './support/inputs-surfaces';

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

/** The eleven score links of each fixture survey's invitation, as the surface signs them. */
function links(surface: Surface): string[][] {
  return FIXTURE_SURVEYS.map((survey) =>
    Array.from({ length: 11 }, (_, score) =>
      signToken(
        {
          surveyId: survey.id,
          ticketId: survey.ticketId,
          recipient: survey.requester.id,
          expiresAt: NOW + 20 * 86_400_000,
          score: score as never,
        },
        { crypto: surface.crypto, keyring: surface.keyring },
      ),
    ),
  );
}

const form = (fields: [string, string][]) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };
const MILLION = Array.from({ length: 1_000_000 }, (_, i) => `factor-${i}`);
const nested = (levels: number) => `${'['.repeat(levels)}"x"${']'.repeat(levels)}`;

/** Hostile requests at every edge: each answered with a 4xx (or, for a scanner's fetch, a page), none changing anything. */
async function hostile(surface: Surface) {
  const [first] = links(surface);
  const token = first?.[9] ?? '';
  const json = surface.name !== 'servicenow';
  const cases: { what: string; request: RawRequest; status?: number; ok?: boolean }[] = [
    // Oversized: a million factors (about 10 MB as a form, 15 MB as JSON) and a 200 KB body.
    {
      what: 'a form with a million factors',
      request: {
        method: 'POST',
        to: 'respond',
        headers: FORM,
        body: form([['token', token], ...MILLION.map((f): [string, string] => ['factors', f])]),
      },
      status: 413,
    },
    {
      what: 'a form of 200 KB',
      request: {
        method: 'POST',
        to: 'respond',
        headers: FORM,
        body: form([
          ['token', token],
          ['comment', 'x'.repeat(200_000)],
        ]),
      },
      status: 413,
    },
    // Deeply nested: 100,000 levels is over the body limit; 20,000 fits in it and is refused for its depth.
    {
      what: 'a resolver payload nested 100,000 levels deep',
      request: {
        method: 'POST',
        to: 'resolver',
        headers: JSON_TYPE,
        body: `{"surveyId":"s-alice-1","answer":{"score":3,"lostTime":${nested(100_000)}}}`,
      },
    },
    {
      what: 'a resolver payload nested 20,000 levels deep',
      request: {
        method: 'POST',
        to: 'resolver',
        headers: JSON_TYPE,
        body: `{"surveyId":"s-alice-1","answer":{"score":3,"lostTime":${nested(20_000)}}}`,
      },
      status: 400,
    },
    // A formula where the answer takes an id: refused, and never stored to reach a spreadsheet.
    {
      what: 'formula starts as a factor, a lost-time answer and a locale',
      request: {
        method: 'POST',
        to: 'respond',
        headers: FORM,
        body: form([
          ['token', token],
          ['factors', '=HYPERLINK("http://evil.example")'],
          ['lostTime', '+cmd|calc'],
          ['locale', '@SUM(1)'],
        ]),
      },
      status: 400,
    },
    {
      what: 'a resolver answer with a formula factor',
      request: {
        method: 'POST',
        to: 'resolver',
        headers: JSON_TYPE,
        body: JSON.stringify({ surveyId: 's-alice-1', answer: { score: 3, factors: ['-2+3'] } }),
      },
      status: 400,
    },
  ];
  if (json)
    cases.push(
      {
        what: 'the page script’s call with a million factors',
        request: {
          method: 'POST',
          to: 'respond',
          headers: JSON_TYPE,
          body: JSON.stringify({ token, answer: { score: 3, factors: MILLION } }),
        },
        status: 413,
      },
      {
        what: 'the page script’s call nested 20,000 levels deep',
        request: {
          method: 'POST',
          to: 'respond',
          headers: JSON_TYPE,
          body: `{"token":"${token}","answer":{"score":3,"lostTime":${nested(20_000)}}}`,
        },
        status: 400,
      },
    );
  if (surface.name === 'sandbox')
    cases.push(
      // Cross-site: a page elsewhere posting a form or a "simple" text/plain request, and a rebinding DNS name.
      {
        what: 'a cross-site form post',
        request: {
          method: 'POST',
          to: 'respond',
          headers: { ...FORM, origin: 'https://evil.example' },
          body: form([['token', token]]),
        },
        status: 403,
      },
      {
        what: 'a cross-site text/plain post to the resolver',
        request: {
          method: 'POST',
          to: 'resolver',
          headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
          body: '{"surveyId":"s-alice-1","answer":{"score":0}}',
        },
        status: 403,
      },
      {
        what: 'a text/plain post from no origin',
        request: {
          method: 'POST',
          to: 'resolver',
          headers: { 'content-type': 'text/plain' },
          body: '{"surveyId":"s-alice-1","answer":{"score":0}}',
        },
        status: 415,
      },
      {
        what: 'a link fetched under a foreign Host',
        request: { method: 'GET', to: 'respond', query: { token }, host: 'evil.example:4870' },
        status: 421,
      },
      {
        what: 'a form posted under a foreign Host',
        request: {
          method: 'POST',
          to: 'respond',
          headers: FORM,
          body: form([['token', token]]),
          host: 'rebound.example',
        },
        status: 421,
      },
    );
  const before = surface.snapshot();
  const seen: string[] = [];
  for (const c of cases) {
    const answered: Answered = await surface.raw(c.request);
    seen.push(`${c.what}: ${answered.status}`);
    expect(answered.status, `${surface.name}: ${c.what}`).toBeGreaterThanOrEqual(400);
    expect(answered.status, `${surface.name}: ${c.what}`).toBeLessThan(500);
    if (c.status !== undefined) expect(answered.status, `${surface.name}: ${c.what}`).toBe(c.status);
    expect(`${answered.code ?? ''} ${answered.message}`, c.what).not.toMatch(
      /stack|Maximum call|at \/|node_modules|\.ts:\d/,
    );
    expect(answered.message.length, c.what).toBeLessThan(20_000);
    expect(surface.snapshot(), `${surface.name}: ${c.what} changed the store`).toBe(before);
  }

  // A mail scanner fetches every link of every invitation, with GET and HEAD: pages at most, nothing recorded.
  let fetched = 0;
  for (const survey of links(surface))
    for (const link of survey)
      for (const method of ['GET', 'HEAD'] as const) {
        const answered = await surface.raw({ method, to: 'respond', query: { token: link } });
        expect(answered.status, `${surface.name}: ${method} of a link`).toBeLessThan(500);
        expect([200, 404, 410]).toContain(answered.status);
        fetched++;
      }
  expect(surface.snapshot(), `${surface.name}: a scanner's fetches changed the store`).toBe(before);
  // …and the person then answers with one tap: the link's score is recorded.
  const tap = await surface.raw({
    method: 'POST',
    to: 'respond',
    headers: FORM,
    body: form([['token', token]]),
  });
  expect(tap.status).toBe(200);
  expect(surface.responses().find((r) => r.surveyId === FIXTURE_SURVEYS[0]?.id)?.score).toBe(9);
  console.log(
    `hostile edges on ${surface.name}: ${seen.join('; ')}; a scanner's ${fetched} fetches recorded nothing`,
  );
}

describe('hostile requests at every edge: oversized, deeply nested, HEAD, cross-site, foreign Host and formulas', () => {
  it('the sandbox', async () => {
    const surface = await sandboxSurface();
    try {
      await hostile(surface);
    } finally {
      await surface.close();
    }
  });

  it('Forge', async () => {
    const surface = await forgeSurface();
    try {
      await hostile(surface);
      // The portal's resolver takes what the platform parsed (up to 5 MB): a million factors are one short error.
      const heap = process.memoryUsage().heapUsed;
      const refused = await surface.raw({
        method: 'POST',
        to: 'resolver',
        body: JSON.stringify({ surveyId: 's-alice-1', answer: { score: 3, factors: MILLION } }),
      });
      const grown = process.memoryUsage().heapUsed - heap;
      expect(refused).toMatchObject({ status: 400, code: 'invalid-answer' });
      console.log(
        `a million unknown factors through Forge's resolver: ${refused.status}, error ${JSON.stringify(refused).length} bytes, heap ${(grown / 1e6).toFixed(0)} MB more`,
      );
    } finally {
      await surface.close();
    }
  });

  it('ServiceNow', async () => {
    const surface = await serviceNowSurface();
    try {
      await hostile(surface);
    } finally {
      await surface.close();
    }
  });
});
