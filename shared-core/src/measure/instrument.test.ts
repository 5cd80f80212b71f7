import { describe, expect, it } from 'vitest';
import { factorsFor, message, TICKET_SURVEY } from './instrument';
import { resolveLocale } from './locale';
import { en } from './locales/en';
import { isScore, scoreBand } from './score-band';

describe('scoreBand', () => {
  it('splits 0–6, 7–8 and 9–10', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => scoreBand(s as 0))).toEqual([
      'negative',
      'negative',
      'neutral',
      'neutral',
      'positive',
      'positive',
    ]);
    expect(isScore(10)).toBe(true);
    expect(isScore(10.5)).toBe(false);
    expect(isScore('7')).toBe(false);
  });
});

describe('TICKET_SURVEY', () => {
  it('offers different factors for incidents and requests in each band', () => {
    const ids = (band: 'positive' | 'neutral' | 'negative', kind: 'incident' | 'request') =>
      factorsFor(TICKET_SURVEY, band, kind).map((f) => f.id);
    expect(ids('positive', 'incident')).toEqual([
      'quick',
      'skilled',
      'kept-informed',
      'friendly',
      'solved-for-good',
    ]);
    expect(ids('negative', 'incident')).toContain('not-solved');
    expect(ids('negative', 'incident')).toContain('explain-several-times');
    expect(ids('negative', 'request')).toContain('not-delivered');
    expect(ids('negative', 'request')).not.toContain('not-solved');
    for (const band of ['positive', 'neutral', 'negative'] as const) {
      expect(ids(band, 'incident')).not.toEqual(ids(band, 'request'));
    }
  });

  it('has a unique id and an English label for every factor and lost-time option', () => {
    const factorIds = TICKET_SURVEY.factors.map((f) => f.id);
    expect(new Set(factorIds).size).toBe(factorIds.length);
    for (const id of factorIds) expect(en).toHaveProperty(`factor.${id}`);
    for (const option of TICKET_SURVEY.lostTimeOptions) expect(en).toHaveProperty(`lostTime.${option.id}`);
    const minutes = TICKET_SURVEY.lostTimeOptions.map((o) => o.minutes);
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });
});

describe('message', () => {
  it('fills placeholders in the asked locale and falls back to the default', () => {
    expect(message(TICKET_SURVEY, 'de', 'email.subject', { ticket: 'SD-7' })).toBe(
      'Wie zufrieden waren Sie mit SD-7?',
    );
    expect(message(TICKET_SURVEY, 'xx', 'email.subject', { ticket: 'SD-7' })).toBe(
      'How did we do with SD-7?',
    );
    expect(message(TICKET_SURVEY, 'en', 'answer.change')).toBe('You can change your answer until {date}.');
  });
});

describe('resolveLocale', () => {
  const supported = Object.keys(TICKET_SURVEY.messages);
  it('takes the exact locale, else the language, whatever the case or separator', () => {
    expect(resolveLocale('de-DE', supported)).toBe('de');
    expect(resolveLocale('pt_BR', supported)).toBe('pt');
    expect(resolveLocale('JA', supported)).toBe('ja');
    expect(resolveLocale('en-US', ['en', 'en-us'])).toBe('en-us');
  });

  it('is undefined for unsupported or empty tags', () => {
    expect(resolveLocale('nb-NO', supported)).toBeUndefined();
    expect(resolveLocale('  ', supported)).toBeUndefined();
  });
});
