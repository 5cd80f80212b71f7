import { describe, expect, it } from 'vitest';
import { en } from './en';
import { MESSAGES } from './index';

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe('instrument translations', () => {
  it('cover at least the ten launch locales', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([
      'de',
      'en',
      'es',
      'fi',
      'fr',
      'ja',
      'nl',
      'pl',
      'pt',
      'sv',
    ]);
  });

  for (const [locale, messages] of Object.entries(MESSAGES)) {
    it(`${locale} has every key, no extra key, no empty string and the same placeholders as English`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        const translated = messages[key as keyof typeof en];
        expect(translated.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(translated), `${locale} ${key}`).toEqual(placeholders(text));
      }
    });
  }

  it('translates rather than copies: most strings differ from English', () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      if (locale === 'en') continue;
      const same = Object.entries(en).filter(([key, text]) => messages[key as keyof typeof en] === text);
      expect(same.length, `${locale}: ${same.map(([k]) => k).join(', ')}`).toBeLessThanOrEqual(1);
    }
  });
});
