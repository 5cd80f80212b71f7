import { GlideRecord, gs } from '@servicenow/glide';
import { resolveLocale, TICKET_SURVEY } from '../core/xloop-core.js';
import { UI_TEXTS, type UiKey } from './index';

/** The locale the screens fall back to. */
export const DEFAULT_LOCALE = 'en';

/** The screens' locale for a language tag as the platform gives it (`de`, `pt-BR`, `zh`): a supported one, or English. */
export function uiLocale(tag: string | null | undefined): string {
  return resolveLocale(tag ?? '', Object.keys(UI_TEXTS)) ?? DEFAULT_LOCALE;
}

/**
 * The signed-in user's locale: the session's language (`gs.getSession().getLanguage()`, what the user chose in their
 * preferences or at login), else their `sys_user.preferred_language`, else English.
 */
export function sessionLocale(): string {
  const session = gs.getSession() as { getLanguage?: () => string } | null | undefined;
  const language = session?.getLanguage?.() ?? '';
  if (language) return uiLocale(language);
  const user = new GlideRecord('sys_user');
  return uiLocale(user.get(gs.getUserID()) ? user.getValue('preferred_language') : '');
}

/**
 * A translator for the app's own screen texts in `locale` (English where the locale lacks one): `{name}`
 * placeholders are filled from `params`.
 * @example uiText('de')('agent.team', { team: 'Service Desk' }) // 'Service Desk, letzte 90 Tage'
 */
export function uiText(
  locale: string,
): (key: UiKey, params?: Readonly<Record<string, string | number>>) => string {
  const texts = UI_TEXTS[locale] ?? UI_TEXTS[DEFAULT_LOCALE];
  const english = UI_TEXTS[DEFAULT_LOCALE];
  return (key, params = {}) =>
    (texts?.[key] ?? english?.[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.keys(params).indexOf(name) >= 0 ? String(params[name]) : whole,
    );
}

/** The core's words the screens show too: factor and lost-time labels, "not enough answers yet". */
const CORE_KEY = /^(factor\.|lostTime\.)|^notEnoughAnswers$/;

/**
 * Every text a page shows, in `locale`: the app's table and, unchanged, the core instrument's factor and lost-time
 * labels and "not enough answers yet" (so they are written once). Placeholders are left for the page to fill.
 * @example pageText('fr').text['csi.register'] // 'Registre des améliorations'
 */
export function pageText(locale: string): { readonly locale: string; readonly text: Record<string, string> } {
  const chosen = UI_TEXTS[locale] ? locale : DEFAULT_LOCALE;
  const text: Record<string, string> = { ...UI_TEXTS[DEFAULT_LOCALE], ...UI_TEXTS[chosen] };
  const core = TICKET_SURVEY.messages[chosen] ?? TICKET_SURVEY.messages[TICKET_SURVEY.defaultLocale] ?? {};
  for (const key of Object.keys(core))
    if (CORE_KEY.test(key)) text[key] = (core as Record<string, string>)[key] ?? key;
  return { locale: chosen, text };
}
