import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { TICKET_SURVEY } from '../core/xloop-core.js';
import { insert } from '../glide-rows';
import { en } from './en';
import { UI_TEXTS } from './index';
import { pageText, sessionLocale, uiLocale, uiText } from './page-text';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the screens’ texts', () => {
  it('come in the core’s ten locales, each with every key and the English placeholders', () => {
    expect(Object.keys(UI_TEXTS).sort()).toEqual(Object.keys(TICKET_SURVEY.messages).sort());
    for (const [locale, texts] of Object.entries(UI_TEXTS)) {
      expect(Object.keys(texts).sort(), locale).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(texts[key].trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(texts[key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });

  it('are translated, not copied: most keys differ from English in every other locale', () => {
    for (const [locale, texts] of Object.entries(UI_TEXTS)) {
      if (locale === 'en') continue;
      const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => texts[k] === en[k]);
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThan(12);
    }
  });

  it('reuse the core’s words for factors and “not enough answers”, in the same locale', () => {
    const { locale, text } = pageText('de');
    expect(locale).toBe('de');
    expect(text['csi.register']).toBe('Verbesserungsregister');
    expect(text['factor.quick']).toBe(TICKET_SURVEY.messages.de?.['factor.quick']);
    expect(text.notEnoughAnswers).toBe('Noch nicht genug Antworten');
    expect(text['survey.title']).toBeUndefined();
  });

  it('choose the locale from the session’s language, then the user’s preferred language, else English', () => {
    const instance = freshInstance();
    instance.user = { id: 'u-ada', roles: [], language: 'fr' };
    expect(sessionLocale()).toBe('fr');
    instance.user = { id: 'u-ada', roles: [], language: 'pt-BR' };
    expect(sessionLocale()).toBe('pt');
    instance.user = { id: 'u-ada', roles: [], language: 'zh' };
    expect(sessionLocale()).toBe('en');
    insert('sys_user', { sys_id: 'u-ada', preferred_language: 'ja' });
    instance.user = { id: 'u-ada', roles: [], language: '' };
    expect(sessionLocale()).toBe('ja');
    expect(uiLocale(undefined)).toBe('en');
  });

  it('fill placeholders and fall back to English', () => {
    expect(uiText('sv')('agent.team', { team: 'Servicedesk' })).toBe('Servicedesk, senaste 90 dagarna');
    expect(uiText('xx')('settings.save')).toBe('Save');
  });
});
