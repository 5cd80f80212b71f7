import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStopWord, STOP_WORDS } from './stop-words';

const LOCALES = ['en', 'de', 'fr', 'es', 'fi', 'sv', 'nl', 'pt', 'pl'] as const;
const allStopWords = Object.keys(STOP_WORDS).reduce<string[]>(
  (words, locale) => words.concat(STOP_WORDS[locale] ?? []),
  [],
);

describe('STOP_WORDS', () => {
  it('has a list of common function words for every supported locale', () => {
    for (const locale of LOCALES) {
      const words = STOP_WORDS[locale] ?? [];
      expect(words.length, locale).toBeGreaterThanOrEqual(60);
      expect(words.length, locale).toBeLessThanOrEqual(150);
    }
  });

  it('leaves Japanese to character bigrams', () => {
    expect(STOP_WORDS.ja).toEqual([]);
  });

  it('holds lowercase single words without duplicates, so each survives tokenizing unchanged', () => {
    for (const locale of Object.keys(STOP_WORDS)) {
      const words = STOP_WORDS[locale] ?? [];
      expect(new Set(words).size, locale).toBe(words.length);
      for (const word of words) {
        expect(word, locale).toMatch(/^\p{Ll}+$/u);
        expect(word.toLowerCase(), locale).toBe(word);
      }
    }
  });

  it('keeps words that name IT themes out of every list', () => {
    for (const word of ['password', 'reset', 'vpn', 'printer', 'laptop', 'slow', 'mail', 'net']) {
      expect(isStopWord(word), word).toBe(false);
    }
  });
});

describe('isStopWord', () => {
  it('knows the function words of each locale', () => {
    const samples: Readonly<Record<string, string>> = {
      en: 'the',
      de: 'und',
      fr: 'avec',
      es: 'porque',
      fi: 'että',
      sv: 'och',
      nl: 'niet',
      pt: 'não',
      pl: 'że',
    };
    for (const locale of LOCALES) {
      const word = samples[locale] ?? '';
      expect(STOP_WORDS[locale], locale).toContain(word);
      expect(isStopWord(word), locale).toBe(true);
    }
  });

  it('matches any stop word of any locale whatever its case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allStopWords), fc.boolean(), (word, upper) => {
        expect(isStopWord(upper ? word.toUpperCase() : word)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not match content words or the empty string', () => {
    expect(isStopWord('')).toBe(false);
    expect(isStopWord('keyboard')).toBe(false);
    expect(isStopWord('toner')).toBe(false);
  });
});
