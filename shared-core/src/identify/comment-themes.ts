import { isStopWord } from './stop-words';

/** One free-text comment; `locale` is informational, since stop words of every locale are dropped. */
export interface CommentSample {
  readonly text: string;
  readonly locale?: string;
}

/** A term that over-indexes in a segment's comments, with the evidence for it. */
export interface Theme {
  readonly term: string;
  /** Segment comments containing the term. */
  readonly count: number;
  /** `count` / segment comments, 0–1. */
  readonly share: number;
  /** Comments containing the term / all comments, 0–1. */
  readonly referenceShare: number;
  /** Weighted log-odds ratio δ of the segment against the other comments. */
  readonly logOdds: number;
  /** δ / σ(δ); themes have z > 1.96. */
  readonly zScore: number;
  /** Anonymised segment comments containing the term, shortest first, truncated. */
  readonly examples: readonly string[];
}

export interface CommentThemeOptions {
  /** Most themes returned (default 5). */
  readonly limit?: number;
  /** Fewest segment comments a term must appear in (default 3), so one loud comment is not a theme. */
  readonly minCount?: number;
  /** Examples per theme (default 2). */
  readonly examples?: number;
  /** Longest example in code points, ellipsis included (default 200). */
  readonly maxExampleLength?: number;
}

// Two-sided 95 %: a theme must stand out beyond what sampling noise would give one term in twenty.
const Z_THRESHOLD = 1.96;

// ServiceNow's engine has neither the `u` flag nor \p{…} escapes, so letters, digits and CJK are spelled out as
// BMP ranges: Latin (with combining marks), Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Hangul, kana,
// Han and full-width forms.
const ALNUM =
  '0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F\\u0370-\\u0373' +
  '\\u0376-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA\\u0620-\\u064A\\u0660-\\u0669\\u0900-\\u0DFF' +
  '\\u0E01-\\u0E3A\\u1E00-\\u1FFF\\u3005\\u3040-\\u309F\\u30A0-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF' +
  '\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
const DIGIT = '0-9\\uFF10-\\uFF19';
// Kana includes the prolonged sound mark ー (U+30FC), so it stays inside katakana words.
const CJK_CLASS = '\\u3005\\u3040-\\u309F\\u30A0-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF';

const URL = /(?:https?:\/\/|www\.)[^\s<>"'(){}]*[^\s<>"'(){}.,;:!?\]]/gi;
// Local part optional, so a bare `@domain.tld` is caught too and no `@` is ever left before a domain. The
// second branch consumes address-like runs that are not followed by a domain, so a long run is scanned once
// rather than once per character (which would be quadratic); the replacer gives those runs back unchanged.
const EMAIL_OR_RUN = new RegExp(`[${ALNUM}._%+'-]*@[${ALNUM}-]+(?:\\.[${ALNUM}-]+)+|[${ALNUM}._%+'-]+`, 'g');
// 7+ digits, each pair of digit groups joined by at most two separators (space, dash, dot, parenthesis,
// including their full-width and typographic forms used in Japanese and copied text).
const PHONE = new RegExp(
  `\\+?[(\\uFF08]?[${DIGIT}](?:[\\s().\\-\\u2010-\\u2015\\u2212\\uFF0D\\uFF08\\uFF09]{0,2}[${DIGIT}]){6,}`,
  'g',
);
const DIGITS_ONLY = new RegExp(`^[${DIGIT}]+$`);
const LONG_NUMBER = new RegExp(`[${DIGIT}]{5,}`, 'g');
const PLACEHOLDER = /\[(?:email|link|phone|number)\]/g;

const WORD = new RegExp(`[${ALNUM}]+`, 'g');
const CJK_OR_NOT = new RegExp(`[${CJK_CLASS}]+|[^${CJK_CLASS}]+`, 'g');
const CJK = new RegExp(`^[${CJK_CLASS}]`);
const NUMBER = new RegExp(`^[${DIGIT}]+$`);
const MIN_WORD_LENGTH = 3;

// Composed form, so a word typed with combining accents still matches its stop word and stays one token.
const composed = (text: string): string =>
  typeof text.normalize === 'function' ? text.normalize('NFC') : text;

const codePoints = (text: string): string[] => Array.from(text);

/**
 * The text with personal data replaced: e-mail addresses by `[email]`, URLs by `[link]`, phone numbers
 * (7+ digits with separators or a leading `+`) by `[phone]` and unbroken runs of 5+ digits (employee,
 * card or phone numbers) by `[number]`.
 * @example anonymise('Mail anna@example.com or call +358 40 123 4567') // 'Mail [email] or call [phone]'
 */
export function anonymise(text: string): string {
  return composed(text)
    .replace(URL, '[link]')
    .replace(EMAIL_OR_RUN, (match) => (match.indexOf('@') >= 0 ? '[email]' : match))
    .replace(PHONE, (match) => (DIGITS_ONLY.test(match) ? '[number]' : '[phone]'))
    .replace(LONG_NUMBER, '[number]');
}

// Overlapping bigrams, the usual way to index unsegmented Japanese; a lone character carries too little.
const bigrams = (run: string): string[] => {
  const chars = codePoints(run);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
};

const keepWord = (word: string): boolean =>
  codePoints(word).length >= MIN_WORD_LENGTH && !NUMBER.test(word) && !isStopWord(word);

// Tokens of text that is already anonymised.
const tokensOf = (anonymised: string): string[] => {
  const tokens: string[] = [];
  const words = anonymised.replace(PLACEHOLDER, ' ').toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    for (const part of word.match(CJK_OR_NOT) ?? []) {
      if (CJK.test(part)) tokens.push(...bigrams(part));
      else if (keepWord(part)) tokens.push(part);
    }
  }
  return tokens;
};

/**
 * The terms of a comment: anonymised, lowercased, split on anything that is not a letter or digit, without
 * stop words, pure numbers and words under 3 characters; Chinese/Japanese runs become character bigrams.
 * @example
 * tokenize('The VPN drops, call 040-123 4567!') // ['vpn', 'drops', 'call']
 * tokenize('パスワードを忘れた') // ['パス', 'スワ', 'ワー', 'ード', 'ドを', 'を忘', '忘れ', 'れた']
 */
export function tokenize(text: string): string[] {
  return tokensOf(anonymise(text));
}

// Each term once per comment: one comment repeating a word ten times is still one voice.
const documentFrequencies = (termSets: readonly ReadonlySet<string>[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const terms of termSets) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
};

/** Counts for one term, and their sums over the vocabulary. */
export interface LogOddsInput {
  readonly y: number;
  readonly yRef: number;
  readonly alpha: number;
  readonly n: number;
  readonly nRef: number;
  readonly alpha0: number;
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior: Monroe, Colaresi & Quinn (2008),
 * "Fightin' Words: Lexical Feature Selection and Evaluation for Identifying the Content of Political
 * Conflict", Political Analysis 16(4), 372–403, the model with an informative prior:
 *
 *   δ_i = log((y_i + α_i) / (n + α0 − y_i − α_i)) − log((yr_i + α_i) / (nr + α0 − yr_i − α_i))
 *   σ²(δ_i) ≈ 1 / (y_i + α_i) + 1 / (yr_i + α_i),   z_i = δ_i / σ(δ_i)
 *
 * y = segment counts, yr = counts in the other comments, α = counts in all comments, n, nr, α0 their sums.
 * `undefined` when the odds are undefined (the term is the whole vocabulary).
 * @example logOdds({ y: 8, yRef: 0, alpha: 8, n: 40, nRef: 160, alpha0: 200 }) // { delta: ≈1.145, z: ≈2.64 }
 */
export function logOdds(input: LogOddsInput): { readonly delta: number; readonly z: number } | undefined {
  const { y, yRef, alpha, n, nRef, alpha0 } = input;
  const restSegment = n + alpha0 - y - alpha;
  const restReference = nRef + alpha0 - yRef - alpha;
  if (y + alpha <= 0 || yRef + alpha <= 0 || restSegment <= 0 || restReference <= 0) return undefined;
  const delta = Math.log((y + alpha) / restSegment) - Math.log((yRef + alpha) / restReference);
  const z = delta / Math.sqrt(1 / (y + alpha) + 1 / (yRef + alpha));
  return { delta, z };
}

/**
 * Up to `max` code points, the last one an ellipsis when the text was cut.
 * @example truncate('password reset', 9) // 'password…'
 */
export function truncate(text: string, max: number): string {
  const chars = codePoints(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

const byShortest = (a: string, b: string): number => codePoints(a).length - codePoints(b).length;

const pickExamples = (
  term: string,
  texts: readonly string[],
  termSets: readonly ReadonlySet<string>[],
  count: number,
  maxLength: number,
): string[] => {
  const matching: string[] = [];
  const seen = new Set<string>();
  texts.forEach((text, index) => {
    const tidy = text.replace(/\s+/g, ' ').trim();
    if (!termSets[index]?.has(term) || seen.has(tidy)) return;
    seen.add(tidy);
    matching.push(tidy);
  });
  // Array.prototype.sort is stable (ES2019), so equally long examples keep the comments' order.
  return matching
    .sort(byShortest)
    .slice(0, Math.max(0, count))
    .map((text) => truncate(text, maxLength));
};

/**
 * The terms a segment's comments mention more than everyone else's, by the weighted log-odds ratio with
 * an informative Dirichlet prior (see `logOdds`), counting each term once per comment. `allComments` is the
 * background and includes the segment's comments. Terms need `minCount` segment comments and z > 1.96;
 * sorted by z descending, then by term.
 * @example
 * commentThemes(deskComments, allComments)
 * // [{ term: 'vpn', count: 9, share: 0.75, referenceShare: 0.15, logOdds: 1.6, zScore: 3.9,
 * //    examples: ['VPN drops again', 'VPN keeps dropping at home'] }, …]
 */
export function commentThemes(
  segmentComments: readonly CommentSample[],
  allComments: readonly CommentSample[],
  options: CommentThemeOptions = {},
): Theme[] {
  if (segmentComments.length === 0) return [];
  const { limit = 5, minCount = 3, examples = 2, maxExampleLength = 200 } = options;

  const segmentTexts = segmentComments.map((comment) => anonymise(comment.text));
  const segmentTermSets = segmentTexts.map((text) => new Set(tokensOf(text)));
  const segmentCounts = documentFrequencies(segmentTermSets);
  const allCounts = documentFrequencies(allComments.map((comment) => new Set(tokenize(comment.text))));

  // The prior is never below the segment's own count, so counts stay non-negative and z finite even when a
  // caller's background leaves out the segment's comments.
  const alphaOf = (term: string): number => Math.max(allCounts.get(term) ?? 0, segmentCounts.get(term) ?? 0);
  let alpha0 = 0;
  let n = 0;
  for (const term of allCounts.keys()) alpha0 += alphaOf(term);
  for (const [term, y] of segmentCounts) {
    n += y;
    if (!allCounts.has(term)) alpha0 += y;
  }
  const nRef = alpha0 - n;
  const backgroundSize = Math.max(allComments.length, segmentComments.length);

  const themes: Omit<Theme, 'examples'>[] = [];
  for (const [term, y] of segmentCounts) {
    if (y < minCount) continue;
    const alpha = alphaOf(term);
    const odds = logOdds({ y, yRef: alpha - y, alpha, n, nRef, alpha0 });
    if (odds === undefined || !(odds.z > Z_THRESHOLD)) continue;
    themes.push({
      term,
      count: y,
      share: y / segmentComments.length,
      referenceShare: alpha / backgroundSize,
      logOdds: odds.delta,
      zScore: odds.z,
    });
  }

  return themes
    .sort((a, b) => b.zScore - a.zScore || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, Math.max(0, limit))
    .map((theme) => ({
      ...theme,
      examples: pickExamples(theme.term, segmentTexts, segmentTermSets, examples, maxExampleLength),
    }));
}
