import type { Response, ResponseChannel, Score } from '../model/response';
import type { Survey } from '../model/survey';
import type { Instant } from '../model/time';
import { err, ok, type Result } from '../result';
import { factorsFor, type Instrument } from './instrument';
import { resolveLocale } from './locale';
import { isScore, scoreBand } from './score-band';

/** The survey being answered, and how and when. */
export interface AnswerContext {
  readonly instrument: Instrument;
  readonly survey: Pick<Survey, 'id' | 'ticketId' | 'kind'>;
  readonly channel: ResponseChannel;
  readonly answeredAt: Instant;
}

export type AnswerErrorCode =
  | 'not-an-object'
  | 'unknown-field'
  | 'score-missing'
  | 'score-not-integer'
  | 'score-out-of-range'
  | 'factors-not-a-list'
  | 'too-many-factors'
  | 'unknown-factor'
  | 'factor-wrong-band'
  | 'unknown-lost-time-option'
  | 'comment-not-text'
  | 'comment-too-long'
  | 'comment-invalid-characters'
  | 'unknown-locale';

export interface AnswerError {
  readonly field: string;
  readonly code: AnswerErrorCode;
  readonly message: string;
}

const FIELDS = ['score', 'factors', 'lostTime', 'comment', 'locale'];

/** The most problems one answer reports: an answer built to produce millions of errors gets this many. */
export const MAX_ANSWER_ERRORS = 20;

/**
 * Turns a requester's raw answer (`{ score, factors?, lostTime?, comment?, locale? }`, as parsed from a form or
 * JSON) into a Response, or every error it has. The score may come as a number or a string of digits (HTML forms
 * post strings); everything else must have its own type. Factors must belong to the score's band and the ticket's
 * kind; repeats are dropped. The comment is trimmed, at most `commentMaxLength` code points, with no control
 * characters other than tab and line breaks and no broken surrogate pairs. However large the input, the work and the
 * errors are bounded: more factors than the instrument has is one error, and at most `MAX_ANSWER_ERRORS` are listed.
 * @example
 * validateAnswer({ score: 9, factors: ['quick'], lostTime: 'none', locale: 'de-DE' }, context)
 * // { ok: true, value: { score: 9, factors: ['quick'], lostTimeMinutes: 0, locale: 'de', … } }
 * validateAnswer({ score: 11 }, context) // { ok: false, error: [{ field: 'score', code: 'score-out-of-range', … }] }
 */
export function validateAnswer(
  raw: unknown,
  context: AnswerContext,
): Result<Response, readonly AnswerError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err([{ field: '', code: 'not-an-object', message: 'The answer must be an object.' }]);
  }
  const input = raw as Record<string, unknown>;
  const { instrument, survey } = context;
  const errors: AnswerError[] = [];
  const fail = (field: string, code: AnswerErrorCode, message: string) => {
    if (errors.length < MAX_ANSWER_ERRORS) errors.push({ field, code, message });
  };
  for (const key in input) {
    if (errors.length >= MAX_ANSWER_ERRORS) break;
    if (Object.prototype.hasOwnProperty.call(input, key) && FIELDS.indexOf(key) < 0)
      fail(clip(key), 'unknown-field', `Unknown field ${describe(key)}.`);
  }

  const score = readScore(input.score, fail);
  const factors = readFactors(input.factors, score, context, fail);

  let lostTimeOption: string | undefined;
  let lostTimeMinutes: number | undefined;
  if (input.lostTime !== undefined && input.lostTime !== null && input.lostTime !== '') {
    const option = instrument.lostTimeOptions.find((candidate) => candidate.id === input.lostTime);
    if (option === undefined) {
      const ids = instrument.lostTimeOptions.map((o) => o.id).join(', ');
      fail(
        'lostTime',
        'unknown-lost-time-option',
        `Unknown lost-time answer ${describe(input.lostTime)}; expected one of ${ids}.`,
      );
    } else {
      lostTimeOption = option.id;
      lostTimeMinutes = option.minutes;
    }
  }

  const comment = readComment(input.comment, instrument.commentMaxLength, fail);

  const supported = Object.keys(instrument.messages);
  let locale: string | undefined = instrument.defaultLocale;
  if (input.locale !== undefined) {
    locale = typeof input.locale === 'string' ? resolveLocale(input.locale, supported) : undefined;
    if (locale === undefined) {
      fail(
        'locale',
        'unknown-locale',
        `Unknown locale ${describe(input.locale)}; supported: ${supported.join(', ')}.`,
      );
    }
  }

  if (errors.length > 0 || score === undefined || locale === undefined) return err(errors);
  return ok({
    surveyId: survey.id,
    ticketId: survey.ticketId,
    score,
    factors,
    ...(lostTimeOption !== undefined ? { lostTimeOption, lostTimeMinutes } : {}),
    ...(comment !== undefined ? { comment } : {}),
    locale,
    channel: context.channel,
    answeredAt: context.answeredAt,
  });
}

type Fail = (field: string, code: AnswerErrorCode, message: string) => void;

const clip = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A value named in a message: a short quote of text, a number, or only its kind; never a walk through it. */
const describe = (value: unknown): string => {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return clip(String(value));
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value;
};

function readScore(raw: unknown, fail: Fail): Score | undefined {
  if (raw === undefined || raw === null || raw === '') {
    fail('score', 'score-missing', 'A score from 0 to 10 is required.');
    return undefined;
  }
  const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    fail(
      'score',
      'score-not-integer',
      `The score must be a whole number from 0 to 10, not ${describe(raw)}.`,
    );
    return undefined;
  }
  if (!isScore(value)) {
    fail('score', 'score-out-of-range', `The score must be from 0 to 10, not ${value}.`);
    return undefined;
  }
  return value;
}

function readFactors(raw: unknown, score: Score | undefined, context: AnswerContext, fail: Fail): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) {
    fail('factors', 'factors-not-a-list', 'factors must be a list of factor ids.');
    return [];
  }
  const { instrument, survey } = context;
  if (raw.length > instrument.factors.length) {
    fail(
      'factors',
      'too-many-factors',
      `At most ${instrument.factors.length} factors can be chosen, not ${raw.length}.`,
    );
    return [];
  }
  const offered = score === undefined ? undefined : factorsFor(instrument, scoreBand(score), survey.kind);
  const factors: string[] = [];
  for (const id of raw as string[]) {
    if (factors.indexOf(id) >= 0) continue;
    const factor = instrument.factors.find((candidate) => candidate.id === id);
    if (factor === undefined || factor.kinds.indexOf(survey.kind) < 0) {
      fail('factors', 'unknown-factor', `Unknown factor ${describe(id)} for ${survey.kind}s.`);
    } else if (offered !== undefined && offered.indexOf(factor) < 0 && score !== undefined) {
      fail(
        'factors',
        'factor-wrong-band',
        `Factor "${id}" belongs to ${factor.band} scores, but ${score} is ${scoreBand(score)}.`,
      );
    } else factors.push(id);
  }
  return factors;
}

function readComment(raw: unknown, maxLength: number, fail: Fail): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') {
    fail('comment', 'comment-not-text', 'The comment must be text.');
    return undefined;
  }
  const comment = raw.trim();
  if (comment === '') return undefined;
  if (!isPrintable(comment)) {
    fail(
      'comment',
      'comment-invalid-characters',
      'The comment contains control characters or broken Unicode.',
    );
    return undefined;
  }
  const length = Array.from(comment).length;
  if (length > maxLength) {
    fail(
      'comment',
      'comment-too-long',
      `The comment is ${length} characters long; the most is ${maxLength}.`,
    );
    return undefined;
  }
  return comment;
}

// Tab, line feed and carriage return are text; other C0 controls, DEL and unpaired surrogates are not.
function isPrintable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (code >= 0xdc00 && code <= 0xdfff) return false;
  }
  return true;
}
