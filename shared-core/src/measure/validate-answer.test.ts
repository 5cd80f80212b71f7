import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TICKET_SURVEY } from './instrument';
import { type AnswerContext, MAX_ANSWER_ERRORS, validateAnswer } from './validate-answer';

const answeredAt = Date.UTC(2026, 10, 24, 12);
const incident: AnswerContext = {
  instrument: TICKET_SURVEY,
  survey: { id: 's1', ticketId: 'jira:SD-1', kind: 'incident' },
  channel: 'email',
  answeredAt,
};
const request: AnswerContext = { ...incident, survey: { ...incident.survey, kind: 'request' } };
const codes = (raw: unknown, context = incident) => {
  const result = validateAnswer(raw, context);
  return result.ok ? [] : result.error.map((e) => e.code);
};

describe('validateAnswer', () => {
  it('answers a million unknown factors with one error, and caps the list of errors', () => {
    const factors = Array.from({ length: 1_000_000 }, (_, i) => `nope-${i}`);
    const result = validateAnswer({ score: 3, factors }, incident);
    expect(result).toEqual({
      ok: false,
      error: [
        {
          field: 'factors',
          code: 'too-many-factors',
          message: `At most ${TICKET_SURVEY.factors.length} factors can be chosen, not 1000000.`,
        },
      ],
    });
    const fields = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i]));
    const many = validateAnswer({ score: 3, ...fields }, incident);
    expect(many.ok ? [] : many.error).toHaveLength(MAX_ANSWER_ERRORS);
    expect(JSON.stringify(many).length).toBeLessThan(2_000);
  });

  it('names a deeply nested or huge value by its kind, never by walking it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validateAnswer({ score: 3, lostTime: deep, locale: { a: deep } }, incident);
    expect(result.ok ? [] : result.error.map((e) => e.message)).toEqual([
      expect.stringContaining('Unknown lost-time answer a list;'),
      expect.stringContaining('Unknown locale an object;'),
    ]);
    const long = validateAnswer({ score: 3, lostTime: 'y'.repeat(1_000_000) }, incident);
    expect(JSON.stringify(long).length).toBeLessThan(500);
  });

  it('turns a full answer into a Response', () => {
    const result = validateAnswer(
      {
        score: 9,
        factors: ['quick', 'skilled', 'quick'],
        lostTime: '15-60-min',
        comment: '  Thanks!  ',
        locale: 'de-DE',
      },
      incident,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        surveyId: 's1',
        ticketId: 'jira:SD-1',
        score: 9,
        factors: ['quick', 'skilled'],
        lostTimeOption: '15-60-min',
        lostTimeMinutes: 38,
        comment: 'Thanks!',
        locale: 'de',
        channel: 'email',
        answeredAt,
      },
    });
  });

  it('needs only the score; the locale defaults to the instrument default', () => {
    expect(validateAnswer({ score: '0' }, incident)).toEqual({
      ok: true,
      value: {
        surveyId: 's1',
        ticketId: 'jira:SD-1',
        score: 0,
        factors: [],
        locale: 'en',
        channel: 'email',
        answeredAt,
      },
    });
    expect(validateAnswer({ score: 7, comment: '   ', lostTime: '' }, incident)).toMatchObject({
      ok: true,
      value: { score: 7 },
    });
  });

  it('explains a missing, fractional or out-of-range score', () => {
    expect(validateAnswer({}, incident)).toEqual({
      ok: false,
      error: [{ field: 'score', code: 'score-missing', message: 'A score from 0 to 10 is required.' }],
    });
    expect(codes({ score: 7.5 })).toEqual(['score-not-integer']);
    expect(codes({ score: 'seven' })).toEqual(['score-not-integer']);
    expect(codes({ score: 11 })).toEqual(['score-out-of-range']);
    expect(codes({ score: '-1' })).toEqual(['score-out-of-range']);
  });

  it('rejects unknown factors, factors of another band and factors of the other kind of ticket', () => {
    expect(validateAnswer({ score: 3, factors: ['quick'] }, incident)).toEqual({
      ok: false,
      error: [
        {
          field: 'factors',
          code: 'factor-wrong-band',
          message: 'Factor "quick" belongs to positive scores, but 3 is negative.',
        },
      ],
    });
    expect(codes({ score: 3, factors: ['telepathy'] })).toEqual(['unknown-factor']);
    expect(codes({ score: 3, factors: ['not-delivered'] }, incident)).toEqual(['unknown-factor']);
    expect(codes({ score: 3, factors: ['not-delivered'] }, request)).toEqual([]);
    expect(codes({ score: 3, factors: 'slow' })).toEqual(['factors-not-a-list']);
  });

  it('rejects unknown lost-time answers and locales', () => {
    expect(codes({ score: 5, lostTime: 'a fortnight' })).toEqual(['unknown-lost-time-option']);
    expect(codes({ score: 5, locale: 'tlh' })).toEqual(['unknown-locale']);
    expect(codes({ score: 5, locale: 42 })).toEqual(['unknown-locale']);
  });

  it('counts comment length in characters, not UTF-16 units, and rejects longer than 2000', () => {
    expect(codes({ score: 5, comment: '😀'.repeat(2000) })).toEqual([]);
    expect(validateAnswer({ score: 5, comment: 'x'.repeat(2001) }, incident)).toMatchObject({
      ok: false,
      error: [
        { code: 'comment-too-long', message: 'The comment is 2001 characters long; the most is 2000.' },
      ],
    });
  });

  it('rejects binary and broken text in comments but keeps HTML as text', () => {
    expect(codes({ score: 5, comment: 'a\u0000b' })).toEqual(['comment-invalid-characters']);
    expect(codes({ score: 5, comment: 'a\ud800b' })).toEqual(['comment-invalid-characters']);
    expect(codes({ score: 5, comment: 'a\udc00' })).toEqual(['comment-invalid-characters']);
    expect(codes({ score: 5, comment: 42 })).toEqual(['comment-not-text']);
    const html = '<img src=x onerror=alert(1)>';
    expect(validateAnswer({ score: 5, comment: `line 1\r\n\tline 2 ${html}` }, incident)).toMatchObject({
      ok: true,
      value: { comment: `line 1\r\n\tline 2 ${html}` },
    });
  });

  it('reports every error at once, including unknown fields', () => {
    expect(
      codes({
        score: 12,
        factors: ['telepathy'],
        lostTime: 'ages',
        comment: 'x'.repeat(3000),
        locale: 'xx',
        extra: 1,
      }),
    ).toEqual([
      'unknown-field',
      'score-out-of-range',
      'unknown-factor',
      'unknown-lost-time-option',
      'comment-too-long',
      'unknown-locale',
    ]);
    expect(codes('score=9')).toEqual(['not-an-object']);
    expect(codes(null)).toEqual(['not-an-object']);
  });

  it('accepts exactly the answers a requester can give, for any input', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            score: fc.oneof(
              fc.integer({ min: -5, max: 15 }),
              fc.double(),
              fc.string(),
              fc.constant(undefined),
            ),
            factors: fc.oneof(
              fc.array(fc.constantFrom(...TICKET_SURVEY.factors.map((f) => f.id), 'nope')),
              fc.anything(),
            ),
            lostTime: fc.oneof(
              fc.constantFrom(...TICKET_SURVEY.lostTimeOptions.map((o) => o.id)),
              fc.anything(),
            ),
            comment: fc.oneof(fc.string({ maxLength: 2500, unit: 'binary' }), fc.anything()),
            locale: fc.constantFrom('en', 'de-CH', 'xx', 'pt_BR'),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(incident, request),
        (raw, context) => {
          const result = validateAnswer(raw, context);
          if (!result.ok) {
            expect(result.error.length).toBeGreaterThan(0);
            for (const e of result.error) expect(e.message).toMatch(/\S/);
            return;
          }
          const response = result.value;
          expect(Number.isInteger(response.score) && response.score >= 0 && response.score <= 10).toBe(true);
          expect(new Set(response.factors).size).toBe(response.factors.length);
          if (response.comment !== undefined)
            expect(Array.from(response.comment).length).toBeLessThanOrEqual(2000);
          expect(Object.keys(TICKET_SURVEY.messages)).toContain(response.locale);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
