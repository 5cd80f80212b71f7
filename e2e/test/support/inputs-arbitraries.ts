import {
  type Crypto,
  DAY,
  factorsFor,
  HOUR,
  isScore,
  pageLocale,
  type Response,
  resolveLocale,
  type ScoreBand,
  type StoredResponse,
  type Survey,
  scoreBand,
  signToken,
  TICKET_SURVEY,
  type TokenClaims,
  type TokenKeyring,
  validateAnswer,
} from '@xloop/shared-core';
import fc from 'fast-check';

/** Monday 2026-11-02, 10:00 UTC: every surface's clock while the submissions run. */
export const NOW = Date.UTC(2026, 10, 2, 10);
/** Past every token's and every open survey's expiry: where the clock moves for the last phase. */
export const AFTER_EXPIRY = NOW + 40 * DAY;

export const PEOPLE = ['alice', 'bob', 'mallory'] as const;

const survey = (
  id: string,
  requester: string,
  locale: string,
  kind: Survey['kind'],
  customer: string,
  extra: Partial<Survey> = {},
): Survey => ({
  id,
  ticketId: `jira:SD-${id}`,
  resolutionKey: `jira:SD-${id}@${NOW - 2 * HOUR}`,
  kind,
  requester: { id: requester, email: `${requester}@example.com`, locale },
  segment: { service: kind === 'incident' ? 'VPN' : 'Laptops', team: 'Desk', customer, kind },
  state: 'sent',
  resolvedAt: NOW - 2 * HOUR,
  sendAt: NOW - HOUR,
  sentAt: NOW - HOUR,
  expiresAt: NOW + 14 * DAY,
  reasons: [],
  ...extra,
});

/**
 * The surveys every surface starts with: open ones for two requesters and both kinds, one withdrawn and one past its
 * own expiry (its links still carry a later expiry, so only the survey says it is closed).
 */
export const FIXTURE_SURVEYS: readonly Survey[] = [
  survey('s-alice-1', 'alice', 'de-DE', 'incident', 'Acme'),
  survey('s-alice-2', 'alice', 'fi', 'incident', 'Acme'),
  survey('s-alice-3', 'alice', 'en-GB', 'request', 'Acme'),
  survey('s-bob-1', 'bob', 'ja', 'incident', 'Globex'),
  survey('s-bob-2', 'bob', 'xx-unknown', 'request', 'Globex'),
  survey('s-alice-cancelled', 'alice', 'en', 'incident', 'Acme', {
    state: 'cancelled',
    closedAt: NOW - HOUR,
  }),
  survey('s-alice-closed', 'alice', 'en', 'incident', 'Acme', { expiresAt: NOW - DAY }),
];

/** Where each fixture survey goes in a store: `dueAt` as dispatch would keep it. */
export const dueAtOf = (s: Survey) => (s.state === 'cancelled' ? undefined : s.expiresAt);

// ---------------------------------------------------------------------------------------------------------------
// Recipes: what fast-check generates. They are turned into concrete inputs only against a survey and a keyring.

type ScoreRecipe = { readonly absent: true } | { readonly value: unknown };
type FactorsRecipe =
  | { readonly mode: 'absent' }
  | { readonly mode: 'matching'; readonly picks: readonly number[] }
  | { readonly mode: 'other-band'; readonly pick: number }
  | { readonly mode: 'wrong-kind' }
  | { readonly mode: 'unknown'; readonly ids: readonly string[] }
  | { readonly mode: 'raw'; readonly value: unknown };

export interface AnswerRecipe {
  /** Not an object at all (JSON only); otherwise the fields below. */
  readonly top?: unknown;
  readonly score: ScoreRecipe;
  readonly factors: FactorsRecipe;
  readonly lostTime?: unknown;
  readonly comment?: unknown;
  readonly locale?: unknown;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export type TokenRecipe =
  | { readonly kind: 'genuine'; readonly survey: number; readonly score?: number }
  | { readonly kind: 'forged'; readonly survey: number; readonly score?: number }
  | { readonly kind: 'unknown-key'; readonly survey: number; readonly score?: number }
  | { readonly kind: 'expired'; readonly survey: number; readonly score?: number; readonly ago: number }
  | { readonly kind: 'unknown-survey'; readonly score?: number }
  | {
      readonly kind: 'wrong-recipient';
      readonly survey: number;
      readonly score?: number;
      readonly person: number;
    }
  | { readonly kind: 'truncated'; readonly survey: number; readonly score?: number; readonly keep: number }
  | { readonly kind: 'bad-base64'; readonly survey: number; readonly score?: number; readonly at: number }
  | { readonly kind: 'signed-garbage'; readonly payload: string }
  | { readonly kind: 'garbage'; readonly text: string }
  /** An edit grant, as the page gets back with a recorded answer: it may change the answer. */
  | { readonly kind: 'grant'; readonly survey: number }
  /** A reminder's link: signed apart from the invitation's, it records one answer as the invitation's does. */
  | { readonly kind: 'reminder'; readonly survey: number; readonly score?: number };

export type TokenChannel = 'get' | 'form' | 'json';

export interface TokenCase {
  readonly channel: TokenChannel;
  readonly token: TokenRecipe;
  /** Absent: a bare click (GET), an empty form, or the JSON call asking for the survey. */
  readonly answer?: AnswerRecipe;
  /** JSON only: the browser's language, and a body that is not JSON at all. */
  readonly locale?: string;
  readonly brokenBody?: string;
}

export interface ResolverCase {
  readonly channel: 'resolver';
  /** A genuine one-click token of the survey sent along: it must not let anyone else answer. */
  readonly withToken: boolean;
  readonly caller: (typeof PEOPLE)[number];
  /** A fixture index, or a value that is not a known survey id. */
  readonly surveyId: { readonly fixture: number } | { readonly value: unknown };
  readonly answer?: AnswerRecipe;
  readonly shape: 'normal' | 'payload-array' | 'broken-json';
}

export type Case = TokenCase | ResolverCase;

// Text that a service desk's requesters really write, and text meant to break things.
const UNICODE_SAMPLES = [
  'Kiitos, VPN toimii taas! 👍🏽',
  'شكراً جزيلاً على المساعدة',
  'תודה רבה, הבעיה נפתרה',
  '非常感谢，问题解决了。',
  'ありがとうございました😊',
  'e\u0301 combining and 👨‍👩‍👧‍👦 family',
  '\u202Eevil RTL override\u202C',
  'Zalgo t̷̢e̵x̶t̴',
];
const HTML_SAMPLES = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE responses; --",
  '</textarea><script>document.cookie</script>',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, meant literally.
  '${7*7} %s %n',
  '<svg/onload=alert`1`>',
];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0008'];
const SURROGATES = ['\uD800', '\uDFFF', '\uDBFF x', 'a\uDC00b', '\uD83D'];

const commentArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_SAMPLES) },
  { weight: 3, arbitrary: fc.constantFrom(...HTML_SAMPLES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...CONTROL), fc.string({ maxLength: 20 }))
      .map(([c, s]) => `ok ${c}${s}`),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SURROGATES), fc.string({ maxLength: 20 }))
      .map(([c, s]) => `${s}${c}`),
  },
  // Over the most, counted in code points: emoji and CJK are one each however many UTF-16 units they take.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 2001, max: 2600 }), fc.constantFrom('a', '😀', '語', 'é'))
      .map(([n, c]) => c.repeat(n)),
  },
  { weight: 1, arbitrary: fc.constantFrom('😀'.repeat(2000), '語'.repeat(1999), `  ${'b'.repeat(2000)}  `) },
  { weight: 1, arbitrary: fc.constantFrom('   ', '\n\t', '') },
  { weight: 1, arbitrary: fc.constantFrom(42, null, ['a'], { text: 'x' }, true) },
);

const scoreArb: fc.Arbitrary<ScoreRecipe> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 10 }).map((value) => ({ value })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 }).map((value) => ({ value: String(value) })) },
  { weight: 4, arbitrary: fc.constant({ absent: true } as const) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer({ min: 11, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: -1 }))
      .map((value) => ({ value })),
  },
  { weight: 2, arbitrary: fc.double({ noInteger: true }).map((value) => ({ value })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(' 7 ', '007', '', 'abc', '7.5', '1e1', '0x5', 'seven', '٣', '-0', '11', '-1')
      .map((value) => ({ value })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, true, false, [], {}, [7], { value: 7 }).map((value) => ({ value })),
  },
);

const factorsArb: fc.Arbitrary<FactorsRecipe> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ mode: 'absent' } as const) },
  {
    weight: 8,
    arbitrary: fc.array(fc.nat(20), { maxLength: 4 }).map((picks) => ({ mode: 'matching' as const, picks })),
  },
  { weight: 2, arbitrary: fc.nat(20).map((pick) => ({ mode: 'other-band' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ mode: 'wrong-kind' } as const) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('QUICK', 'quick ', '__proto__')), {
        minLength: 1,
        maxLength: 3,
      })
      .map((ids) => ({ mode: 'unknown' as const, ids })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('quick', 42, [1, 2], { quick: true }, null, [null], ['quick', 3])
      .map((value) => ({ mode: 'raw' as const, value })),
  },
);

const lostTimeArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(undefined) },
  { weight: 5, arbitrary: fc.constantFrom(...TICKET_SURVEY.lostTimeOptions.map((o) => o.id)) },
  { weight: 1, arbitrary: fc.constantFrom('', null, 'forever', '1-4-HOURS', 150, ['none']) },
);

const localeArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom('de-DE', 'fi', 'en-GB', 'sv_SE', 'JA', 'pt-BR') },
  { weight: 2, arbitrary: fc.constantFrom('xx', 'klingon', '', 'de-DE-x-private-very-long-tag', 'zh') },
  { weight: 1, arbitrary: fc.constantFrom(5, null, ['de']) },
);

const messyAnswerArb: fc.Arbitrary<AnswerRecipe> = fc.record({
  score: scoreArb,
  factors: factorsArb,
  lostTime: lostTimeArb,
  comment: commentArb,
  locale: localeArb,
  extra: fc.oneof(
    { weight: 10, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { surveyId: 's-bob-1' },
        { requesterId: 'mallory' },
        { version: 99 },
        { Score: 9 },
      ),
    },
  ),
});

// Answers a requester would give, so that edits of stored answers are frequent too.
const cleanAnswerArb: fc.Arbitrary<AnswerRecipe> = fc.record({
  score: fc.integer({ min: 0, max: 10 }).map((value) => ({ value })),
  factors: fc.array(fc.nat(20), { maxLength: 3 }).map((picks) => ({ mode: 'matching' as const, picks })),
  lostTime: lostTimeArb,
  comment: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...UNICODE_SAMPLES, ...HTML_SAMPLES),
    fc.string({ maxLength: 40 }),
  ),
  locale: fc.constantFrom(undefined, 'de-DE', 'fi', 'en'),
});

export const answerArb: fc.Arbitrary<AnswerRecipe> = fc.oneof(
  { weight: 14, arbitrary: messyAnswerArb },
  { weight: 8, arbitrary: cleanAnswerArb },
  // A replayed bare click: nothing but the link's own score, which never overwrites an answer given.
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<unknown>(null, {})
      .map((top) => ({ top, score: { absent: true } as const, factors: { mode: 'absent' } as const })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('9', 9, ['score', 9], true, 'null')
      .map((top) => ({ top, score: { absent: true } as const, factors: { mode: 'absent' } as const })),
  },
);

const fixture = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(5, 6) },
);
const maybeScore = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined, freq: 3 });

const tokenArb: fc.Arbitrary<TokenRecipe> = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.record({ kind: fc.constant('genuine' as const), survey: fixture, score: maybeScore }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('grant' as const), survey: fixture }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('reminder' as const), survey: fixture, score: maybeScore }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('forged' as const), survey: fixture, score: maybeScore }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('unknown-key' as const), survey: fixture, score: maybeScore }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('expired' as const),
      survey: fixture,
      score: maybeScore,
      ago: fc.integer({ min: 0, max: 30 * DAY }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unknown-survey' as const), score: maybeScore }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wrong-recipient' as const),
      survey: fixture,
      score: maybeScore,
      person: fc.nat(2),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('truncated' as const),
      survey: fixture,
      score: maybeScore,
      keep: fc.double({ min: 0, max: 0.999, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bad-base64' as const),
      survey: fixture,
      score: maybeScore,
      at: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('signed-garbage' as const),
      payload: fc.constantFrom('', '!!!', 'e30', 'W10', 'bnVsbA', 'eyJzIjoxfQ', '%%%', 'eyJzIjoicyJ9'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      text: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.constantFrom('x1', 'x1...', 'x1.k1.e30.', 'x1.k1.e30.AAAA', 'x2.k1.a.b', '....', 'x1.k1.a.b.c'),
        fc.integer({ min: 1990, max: 2100 }).map((n) => `x1.k1.${'A'.repeat(n)}.sig`),
      ),
    }),
  },
);

export const tokenCaseArb = (channel: TokenChannel): fc.Arbitrary<TokenCase> =>
  fc.record(
    {
      channel: fc.constant(channel),
      token: tokenArb,
      answer: channel === 'get' ? fc.constant(undefined) : fc.option(answerArb, { nil: undefined, freq: 8 }),
      locale: channel === 'json' ? fc.constantFrom('en-GB', 'de', 'x'.repeat(40)) : fc.constant(undefined),
      brokenBody:
        channel === 'json'
          ? fc.oneof(
              { weight: 30, arbitrary: fc.constant(undefined) },
              { weight: 1, arbitrary: fc.constantFrom('{"token":', 'null', '[]', '"x1"', '{"token":1}', '') },
            )
          : fc.constant(undefined),
    },
    { requiredKeys: ['channel', 'token'] },
  );

export const resolverCaseArb: fc.Arbitrary<ResolverCase> = fc.record(
  {
    channel: fc.constant('resolver' as const),
    caller: fc.constantFrom(...PEOPLE),
    surveyId: fc.oneof(
      { weight: 12, arbitrary: fixture.map((n) => ({ fixture: n })) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('s-nope', '', 'x'.repeat(301), 42, null, ['s-alice-1'], undefined)
          .map((value) => ({ value })),
      },
    ),
    answer: fc.option(answerArb, { nil: undefined, freq: 10 }),
    withToken: fc.boolean(),
    shape: fc.oneof(
      { weight: 30, arbitrary: fc.constant('normal' as const) },
      { weight: 1, arbitrary: fc.constantFrom('payload-array' as const, 'broken-json' as const) },
    ),
  },
  { requiredKeys: ['channel', 'caller', 'surveyId', 'shape', 'withToken'] },
);

// ---------------------------------------------------------------------------------------------------------------
// Turning recipes into inputs.

/** What a token is, by construction: the claims it was signed with, or the refusal it must get. */
export type TokenTruth =
  | { readonly genuine: true; readonly claims: TokenClaims }
  | { readonly genuine: false; readonly code: 'malformed' | 'unknown-key' | 'bad-signature' };

const OTHER_KEYRING: TokenKeyring = { currentKeyId: 'k1', keys: { k1: 'someone-elses-key-0123456789' } };

export function makeToken(
  recipe: TokenRecipe,
  keyring: TokenKeyring,
  crypto: Crypto,
): { token: string; truth: TokenTruth } {
  const claimsFor = (index: number, score?: number): TokenClaims => {
    const target = FIXTURE_SURVEYS[index] as Survey;
    return {
      surveyId: target.id,
      ticketId: target.ticketId,
      recipient: target.requester.id,
      expiresAt: NOW + 20 * DAY,
      ...(score !== undefined ? { score: score as NonNullable<TokenClaims['score']> } : {}),
    };
  };
  const sign = (claims: TokenClaims, ring = keyring) => signToken(claims, { crypto, keyring: ring });
  const genuine = (claims: TokenClaims) => ({
    token: sign(claims),
    truth: { genuine: true, claims } as const,
  });
  switch (recipe.kind) {
    case 'genuine':
      return genuine(claimsFor(recipe.survey, recipe.score));
    case 'forged':
      // The right shape and key id, signed with a key that is not the platform's.
      return {
        token: sign(claimsFor(recipe.survey, recipe.score), {
          currentKeyId: keyring.currentKeyId,
          keys: { [keyring.currentKeyId]: OTHER_KEYRING.keys.k1 as string },
        }),
        truth: { genuine: false, code: 'bad-signature' },
      };
    case 'unknown-key':
      return {
        token: sign(claimsFor(recipe.survey, recipe.score), {
          currentKeyId: 'k-gone',
          keys: { 'k-gone': OTHER_KEYRING.keys.k1 as string },
        }),
        truth: { genuine: false, code: 'unknown-key' },
      };
    case 'expired':
      return genuine({ ...claimsFor(recipe.survey, recipe.score), expiresAt: NOW - recipe.ago });
    case 'unknown-survey':
      return genuine({ ...claimsFor(0, recipe.score), surveyId: 's-nope', ticketId: 'jira:SD-0' });
    case 'wrong-recipient': {
      const claims = claimsFor(recipe.survey, recipe.score);
      const others = PEOPLE.filter((p) => p !== claims.recipient);
      return genuine({ ...claims, recipient: others[recipe.person % others.length] as string });
    }
    case 'truncated': {
      const whole = sign(claimsFor(recipe.survey, recipe.score));
      return {
        token: whole.slice(0, Math.floor(recipe.keep * whole.length)),
        truth: { genuine: false, code: 'malformed' },
      };
    }
    case 'bad-base64': {
      const [v, k, payload = '', signature] = sign(claimsFor(recipe.survey, recipe.score)).split('.');
      const at = recipe.at % Math.max(1, payload.length);
      const broken = `${payload.slice(0, at)}${'+/=!*'[recipe.at % 5]}${payload.slice(at + 1)}`;
      return { token: `${v}.${k}.${broken}.${signature}`, truth: { genuine: false, code: 'bad-signature' } };
    }
    case 'signed-garbage': {
      const signed = `x1.${keyring.currentKeyId}.${recipe.payload}`;
      const key = keyring.keys[keyring.currentKeyId] as string;
      return {
        token: `${signed}.${crypto.hmacSha256(key, signed)}`,
        truth: { genuine: false, code: 'malformed' },
      };
    }
    case 'garbage':
      return { token: recipe.text, truth: { genuine: false, code: 'malformed' } };
    case 'grant':
      // Handed out with a recorded answer, valid for half an hour.
      return genuine({ ...claimsFor(recipe.survey), expiresAt: NOW + 30 * 60_000, purpose: 'edit' });
    case 'reminder':
      return genuine({ ...claimsFor(recipe.survey, recipe.score), purpose: 'reminder' });
  }
}

const FACTORS_BY_BAND = (band: ScoreBand, kind: Survey['kind']) =>
  factorsFor(TICKET_SURVEY, band, kind).map((f) => f.id);

/** The answer as a plain value, its factors chosen for the survey's kind and the score it will be read with. */
export function makeAnswer(recipe: AnswerRecipe, kind: Survey['kind'], tokenScore?: number): unknown {
  if ('top' in recipe) return recipe.top;
  const given = 'value' in recipe.score ? recipe.score.value : undefined;
  const numeric = typeof given === 'string' && /^\s*-?\d+\s*$/.test(given) ? Number(given) : given;
  const score = typeof numeric === 'number' && isScore(numeric) ? numeric : (tokenScore ?? 9);
  const band = scoreBand(score as Response['score']);
  const f = recipe.factors;
  let factors: unknown;
  if (f.mode === 'matching') {
    const offered = FACTORS_BY_BAND(band, kind);
    factors = f.picks.map((p) => offered[p % offered.length]);
  } else if (f.mode === 'other-band') {
    const others = (['positive', 'neutral', 'negative'] as const)
      .filter((b) => b !== band)
      .flatMap((b) => FACTORS_BY_BAND(b, kind));
    factors = [others[f.pick % others.length]];
  } else if (f.mode === 'wrong-kind') {
    factors = [kind === 'incident' ? 'easy-to-request' : 'solved-for-good'];
  } else if (f.mode === 'unknown') factors = f.ids;
  else if (f.mode === 'raw') factors = f.value;
  return {
    ...('value' in recipe.score ? { score: recipe.score.value } : {}),
    ...(factors !== undefined ? { factors } : {}),
    ...(recipe.lostTime !== undefined ? { lostTime: recipe.lostTime } : {}),
    ...(recipe.comment !== undefined ? { comment: recipe.comment } : {}),
    ...(recipe.locale !== undefined ? { locale: recipe.locale } : {}),
    ...(recipe.extra ?? {}),
  };
}

/** A string as it survives being sent as UTF-8: unpaired surrogates become U+FFFD. */
export function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + (text[i + 1] as string);
        i++;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += text[i];
  }
  return out;
}

/** The fields of a urlencoded follow-up form for an answer: a form can only carry strings. */
export function formFields(token: string, answer: unknown): [string, string][] {
  const fields: [string, string][] = [['token', token]];
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return fields;
  for (const [name, value] of Object.entries(answer as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      fields.push([name, wellFormed(typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))]);
    }
  }
  return fields;
}

export const encodeForm = (fields: readonly (readonly [string, string])[]) =>
  fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(wellFormed(v))}`).join('&');

/** What the core is given from a posted form: the one-click form's fields and nothing else. */
function answerFromForm(fields: readonly [string, string][]): Record<string, unknown> {
  const all = (name: string) => fields.filter(([k]) => k === name).map(([, v]) => v);
  const first = (name: string) => all(name)[0];
  const lostTime = first('lostTime');
  const comment = first('comment');
  return {
    score: first('score'),
    factors: all('factors'),
    ...(lostTime ? { lostTime } : {}),
    ...(comment !== undefined ? { comment } : {}),
    locale: pageLocale(first('locale'), undefined),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// What the core's rules say must happen.

export type Expected =
  | { readonly kind: 'stored'; readonly surveyId: string; readonly response: Response }
  /** Answered 200 and nothing changes: a page or view shown, a bare click on an answered survey, a same answer. */
  | { readonly kind: 'unchanged'; readonly surveyId?: string }
  | {
      readonly kind: 'refused';
      readonly code: string;
      /** For an invalid answer: what is wrong with it. */
      readonly problems?: readonly string[];
    };

export interface World {
  readonly now: number;
  survey(id: string): Survey | undefined;
  response(surveyId: string): StoredResponse | undefined;
}

const refused = (code: string): Expected => ({ kind: 'refused', code });
const SUPPORTED = Object.keys(TICKET_SURVEY.messages);
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const roundTrip = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

const same = (a: StoredResponse, b: Response) =>
  a.score === b.score &&
  a.factors.join('\n') === b.factors.join('\n') &&
  a.lostTimeOption === b.lostTimeOption &&
  a.comment === b.comment &&
  a.locale === b.locale;

/** The answer's fate once the survey is known to take answers from this person. */
function judgeAnswer(
  world: World,
  target: Survey,
  raw: unknown,
  channel: 'email' | 'portal',
  oneAnswer: boolean,
  onInvalid: Expected,
  onAlreadyUsed: Expected,
): Expected {
  if (target.state === 'expired' || world.now >= (target.expiresAt ?? Number.POSITIVE_INFINITY))
    return refused('expired');
  const existing = world.response(target.id);
  if (oneAnswer && existing) return onAlreadyUsed;
  let answer = raw;
  if (isPlain(answer) && answer.locale === undefined) {
    answer = { ...answer, locale: resolveLocale(target.requester.locale ?? '', SUPPORTED) ?? 'en' };
  }
  const validated = validateAnswer(answer, {
    instrument: TICKET_SURVEY,
    survey: target,
    channel,
    answeredAt: world.now,
  });
  if (!validated.ok)
    return onInvalid.kind === 'refused'
      ? { ...onInvalid, problems: validated.error.map((e) => e.code) }
      : onInvalid;
  if (existing && same(existing, validated.value)) return { kind: 'unchanged', surveyId: target.id };
  return { kind: 'stored', surveyId: target.id, response: validated.value };
}

/** A one-click submission's expected fate, with the concrete request to send. */
export function expectToken(
  world: World,
  c: TokenCase,
  keyring: TokenKeyring,
  crypto: Crypto,
): { expected: Expected; token: string; answer: unknown; form?: [string, string][] } {
  const { token, truth } = makeToken(c.token, keyring, crypto);
  const targetId = truth.genuine ? truth.claims.surveyId : undefined;
  const kind = (targetId && world.survey(targetId)?.kind) || 'incident';
  const tokenScore = truth.genuine ? truth.claims.score : undefined;
  const answer = c.answer ? makeAnswer(c.answer, kind, tokenScore) : undefined;
  const form = c.channel === 'form' ? formFields(token, answer) : undefined;
  const expected = (): Expected => {
    if (c.channel === 'json') {
      if (c.brokenBody !== undefined) return refused('bad-request');
      if (token.length === 0 || token.length > 2000) return refused('bad-request');
    }
    if (!truth.genuine) return refused(truth.code);
    const claims = truth.claims;
    if (world.now >= claims.expiresAt) return refused('expired');
    const target = world.survey(claims.surveyId);
    if (!target) return refused('unknown-survey');
    if (target.requester.id !== claims.recipient) return refused('wrong-recipient');
    if (target.state === 'cancelled') return refused('survey-closed');
    // The script's call without an answer only shows the survey, closed or not.
    if (c.channel === 'json' && answer === undefined) return { kind: 'unchanged', surveyId: target.id };
    // A GET (a click, or a mail scanner's fetch) only shows the survey, or says it is closed; it never records.
    if (c.channel === 'get') {
      const closed =
        target.state === 'expired' || world.now >= (target.expiresAt ?? Number.POSITIVE_INFINITY);
      return closed ? refused('expired') : { kind: 'unchanged', surveyId: target.id };
    }
    let raw: unknown = c.channel === 'form' ? answerFromForm(form ?? []) : (roundTrip(answer) ?? {});
    if (raw === null) raw = {};
    if (isPlain(raw) && claims.score !== undefined && raw.score === undefined)
      raw = { ...raw, score: claims.score };
    // A link from the e-mail records one answer; only the edit grant that came back with it may change it.
    const oneAnswer = claims.purpose !== 'edit';
    return judgeAnswer(
      world,
      target,
      raw,
      'email',
      oneAnswer,
      refused('invalid-answer'),
      refused('already-used'),
    );
  };
  return { expected: expected(), token, answer, ...(form ? { form } : {}) };
}

/** A portal submission's expected fate (`submitMyResponse`), with the payload to send. */
export function expectResolver(
  world: World,
  c: ResolverCase,
  keyring: TokenKeyring,
  crypto: Crypto,
): { expected: Expected; payload: unknown } {
  const surveyId =
    'fixture' in c.surveyId ? (FIXTURE_SURVEYS[c.surveyId.fixture] as Survey).id : c.surveyId.value;
  const kind = (typeof surveyId === 'string' && world.survey(surveyId)?.kind) || 'incident';
  const answer = c.answer ? makeAnswer(c.answer, kind) : undefined;
  const token =
    c.withToken && 'fixture' in c.surveyId
      ? makeToken({ kind: 'genuine', survey: c.surveyId.fixture, score: 9 }, keyring, crypto).token
      : undefined;
  const payload =
    c.shape === 'payload-array'
      ? [surveyId, answer]
      : roundTrip({ ...(surveyId !== undefined ? { surveyId } : {}), answer, token });
  const expected = (): Expected => {
    if (c.shape !== 'normal') return refused('bad-request');
    if (typeof surveyId !== 'string' || surveyId.length === 0 || surveyId.length > 300)
      return refused('bad-request');
    const target = world.survey(surveyId);
    if (!target) return refused('unknown-survey');
    if (target.requester.id !== c.caller) return refused('not-your-survey');
    if (target.state === 'cancelled') return refused('survey-closed');
    const raw = (payload as { answer?: unknown }).answer ?? {};
    return judgeAnswer(
      world,
      target,
      raw,
      'portal',
      false,
      refused('invalid-answer'),
      refused('already-used'),
    );
  };
  return { expected: expected(), payload };
}

/** The status each channel answers a refusal with. */
export function refusalStatus(channel: Case['channel'], code: string): number {
  if (channel === 'json') {
    return code === 'wrong-recipient' || code === 'not-your-survey'
      ? 403
      : code === 'unknown-survey'
        ? 404
        : code === 'already-used'
          ? 409
          : code === 'expired' || code === 'survey-closed'
            ? 410
            : 400;
  }
  if (channel === 'resolver') return code === 'not-your-survey' ? 403 : code === 'unknown-survey' ? 404 : 400;
  return code === 'expired' || code === 'survey-closed'
    ? 410
    : code === 'unknown-survey'
      ? 404
      : code === 'already-used'
        ? 409
        : 400;
}

const ALL_FACTORS = new Map(TICKET_SURVEY.factors.map((f) => [f.id, f]));
const LOST = new Map(TICKET_SURVEY.lostTimeOptions.map((o) => [o.id, o.minutes]));
const hasControl = (text: string) =>
  [...text].some((c) => {
    const code = c.charCodeAt(0);
    return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
  });
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * What any stored answer must be, checked without the core's validator: a whole score 0–10, distinct factors of the
 * score's band and the ticket's kind, a known lost-time option, a trimmed comment of at most 2,000 code points with no
 * control characters or broken surrogates, a locale the instrument speaks. Answers the problems found.
 */
export function problemsOf(response: StoredResponse, target: Survey): string[] {
  const problems: string[] = [];
  const { score } = response;
  if (!Number.isInteger(score) || score < 0 || score > 10) problems.push(`score ${score}`);
  const band = score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
  if (new Set(response.factors).size !== response.factors.length) problems.push('repeated factors');
  for (const id of response.factors) {
    const factor = ALL_FACTORS.get(id);
    if (!factor || factor.band !== band || !factor.kinds.includes(target.kind))
      problems.push(`factor ${id} for ${score} on a ${target.kind}`);
  }
  if (response.lostTimeOption !== undefined && LOST.get(response.lostTimeOption) !== response.lostTimeMinutes)
    problems.push(`lost time ${response.lostTimeOption}=${response.lostTimeMinutes}`);
  const comment = response.comment;
  if (comment !== undefined) {
    if (comment === '' || comment !== comment.trim()) problems.push('untrimmed comment');
    if ([...comment].length > 2000) problems.push(`comment of ${[...comment].length} code points`);
    if (hasControl(comment)) problems.push('control characters in the comment');
    if (LONE_SURROGATE.test(comment)) problems.push('broken surrogate in the comment');
  }
  if (!SUPPORTED.includes(response.locale)) problems.push(`locale ${response.locale}`);
  if (response.surveyId !== target.id || response.requesterId !== target.requester.id)
    problems.push('stored for someone else');
  return problems;
}
