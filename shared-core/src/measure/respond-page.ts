import type { Score, ScoreBand } from '../model/response';
import type { TicketKind } from '../model/ticket';
import { factorsFor, message, TICKET_SURVEY } from './instrument';
import { resolveLocale } from './locale';
import type { MessageKey } from './locales';
import { scoreBand } from './score-band';
import type { AnswerError } from './validate-answer';

const t = (locale: string, key: MessageKey, params?: Record<string, string>) =>
  message(TICKET_SURVEY, locale, key, params);

/**
 * Text made safe for HTML content and quoted attributes.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The language a page speaks: the survey's, else the first the browser asks for that the instrument has, else English.
 * @example pageLocale(undefined, 'de-CH,de;q=0.9,en;q=0.8') // 'de'
 */
export function pageLocale(preferred: string | undefined, acceptLanguage: string | undefined): string {
  const supported = Object.keys(TICKET_SURVEY.messages);
  for (const tag of [preferred, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0])]) {
    const locale = tag ? resolveLocale(tag, supported) : undefined;
    if (locale) return locale;
  }
  return 'en';
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#172b4d}
fieldset{border:1px solid #c1c7d0;border-radius:4px;margin:1rem 0}legend{font-weight:600}label{display:block;margin:.25rem 0}
.scale{display:flex;gap:.25rem;flex-wrap:wrap}.scale label{display:inline-flex;flex-direction:column;align-items:center}
textarea{width:100%;min-height:6rem}button{font:inherit;padding:.5rem 1.5rem;margin-top:1rem}.error{color:#ae2e24}
:focus-visible{outline:3px solid #0c66e4;outline-offset:2px}`;

/**
 * A script made safe to inline in a `<script>` element: a `</script` inside it would end the element early. The
 * result is what a Content-Security-Policy hash must be computed over.
 * @example inlineScript('x("</script>")') // 'x("<\\/script>")'
 */
export function inlineScript(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * The script every one-click page carries: it takes the token out of the address bar (and so out of the browser's
 * history, bookmarks and anything copied from it) as soon as the page has loaded. The token stays on the page for
 * the form and the follow-up's script.
 */
export const ADDRESS_BAR_SCRIPT = 'history.replaceState(null,"",location.pathname)';

/** The CSP hash of `ADDRESS_BAR_SCRIPT` (checked against Node's SHA-256 in the platform tests). */
export const ADDRESS_BAR_SCRIPT_HASH = 'sha256-8A+3er73YJf04rRHGhbZwZQACPiiipi9EPduIeAAIDk=';

/**
 * The Content-Security-Policy for the one-click pages: nothing loads but their inline styles and the address-bar
 * script, forms post only to themselves, no page may frame them, no `<base>` may move their links; with the
 * follow-up's script, also exactly that script (by its hash) and its JSON calls to the same origin.
 * @example followUpPolicy('sha256-abc=') // "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; script-src 'sha256-8A+…' 'sha256-abc='; connect-src 'self'"
 */
export function followUpPolicy(scriptHash?: string): string {
  const base =
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  return scriptHash
    ? `${base}; script-src '${ADDRESS_BAR_SCRIPT_HASH}' '${scriptHash}'; connect-src 'self'`
    : `${base}; script-src '${ADDRESS_BAR_SCRIPT_HASH}'`;
}

function page(locale: string, title: string, body: string, main = '', script = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main${main}>${body}</main><script>${ADDRESS_BAR_SCRIPT}</script>${script ? `<script type="module">${inlineScript(script)}</script>` : ''}</body>
</html>`;
}

/** The most problems a page lists; the answer's validation reports at most this many. */
const SHOWN_ERRORS = 20;

/** What the follow-up page shows: the answer so far (or the clicked score) and any errors to fix. */
export interface FollowUpView {
  readonly token: string;
  readonly action: string;
  readonly locale: string;
  readonly kind: TicketKind;
  readonly score: Score;
  readonly factors?: readonly string[];
  readonly lostTime?: string;
  readonly comment?: string;
  readonly errors?: readonly AnswerError[];
  /**
   * A script that replaces the form with a richer one, reading the token from `main[data-token]`; without
   * JavaScript the form still works. The adapter's Content-Security-Policy must allow `inlineScript(enhancement)`.
   */
  readonly enhancement?: string;
}

/**
 * The one-click page every platform serves: the clicked score pre-selected (changeable), the factors of its band for
 * the ticket's kind, lost time and a comment, as one accessible form posting back to `action` with the token. Showing
 * it records nothing; sending it does. Every value is escaped; the page uses nothing from the request but the token.
 * @example followUpPage({ token, action: '/respond', locale: 'fi', kind: 'incident', score: 3 })
 */
export function followUpPage(view: FollowUpView): string {
  const { locale } = view;
  const band: ScoreBand = scoreBand(view.score);
  const chosen = new Set(view.factors ?? []);
  const checked = (on: boolean) => (on ? ' checked' : '');
  const errors =
    view.errors && view.errors.length > 0
      ? `<div role="alert" class="error"><ul>${view.errors
          .slice(0, SHOWN_ERRORS)
          .map((e) => `<li>${escapeHtml(e.message)}</li>`)
          .join('')}</ul></div>`
      : '';
  // A rejected comment comes back to be fixed, but never longer than the form takes.
  const comment = Array.from(view.comment ?? '')
    .slice(0, TICKET_SURVEY.commentMaxLength)
    .join('');
  const scale = Array.from(
    { length: 11 },
    (_, s) => `<label><input type="radio" name="score" value="${s}"${checked(s === view.score)}>${s}</label>`,
  ).join('');
  const factors = factorsFor(TICKET_SURVEY, band, view.kind)
    .map(
      (f) =>
        `<label><input type="checkbox" name="factors" value="${escapeHtml(f.id)}"${checked(chosen.has(f.id))}> ${escapeHtml(t(locale, `factor.${f.id}` as MessageKey))}</label>`,
    )
    .join('');
  const lost = TICKET_SURVEY.lostTimeOptions
    .map(
      (o) =>
        `<label><input type="radio" name="lostTime" value="${escapeHtml(o.id)}"${checked(o.id === view.lostTime)}> ${escapeHtml(t(locale, `lostTime.${o.id}` as MessageKey))}</label>`,
    )
    .join('');
  return page(
    locale,
    t(locale, 'survey.title'),
    `<h1>${escapeHtml(t(locale, 'survey.title'))}</h1>
${errors}
<form method="post" action="${escapeHtml(view.action)}">
<input type="hidden" name="token" value="${escapeHtml(view.token)}">
<input type="hidden" name="locale" value="${escapeHtml(locale)}">
<fieldset><legend>${escapeHtml(t(locale, 'score.question'))}</legend><div class="scale">${scale}</div>
<p><small>0 = ${escapeHtml(t(locale, 'score.low'))}, 10 = ${escapeHtml(t(locale, 'score.high'))}</small></p></fieldset>
<fieldset><legend>${escapeHtml(t(locale, `factors.question.${band}` as MessageKey))}</legend>${factors}</fieldset>
<fieldset><legend>${escapeHtml(t(locale, 'lostTime.question'))}</legend>${lost}</fieldset>
<label for="comment">${escapeHtml(t(locale, 'comment.label'))}</label>
<textarea id="comment" name="comment" maxlength="${TICKET_SURVEY.commentMaxLength}">${escapeHtml(comment)}</textarea>
<button type="submit">${escapeHtml(t(locale, 'submit'))}</button>
</form>`,
    view.enhancement
      ? ` data-token="${escapeHtml(view.token)}" data-locale="${escapeHtml(locale)}" data-action="${escapeHtml(view.action)}"`
      : '',
    view.enhancement,
  );
}

/**
 * The page after the follow-up is saved.
 * @example thanksPage('de') // '<!doctype html>… Vielen Dank! …'
 */
export function thanksPage(locale: string): string {
  return page(locale, t(locale, 'survey.title'), `<h1>${escapeHtml(t(locale, 'thanks'))}</h1>`);
}

/**
 * The page a link opens once its survey is answered: it says so and shows nothing of the answer, since whoever holds
 * the e-mail (a forwarded copy, a mail scanner) may be someone else.
 * @example answeredPage('en') // '<!doctype html>… Your answer is saved. …'
 */
export function answeredPage(locale: string): string {
  return page(
    locale,
    t(locale, 'survey.title'),
    `<h1>${escapeHtml(t(locale, 'answer.saved'))}</h1><p>${escapeHtml(t(locale, 'thanks'))}</p>`,
  );
}

/**
 * A page for a link that cannot be used, saying why.
 * @example problemPage('en', 'The survey has closed.')
 */
export function problemPage(locale: string, reason: string): string {
  return page(
    locale,
    t(locale, 'survey.title'),
    `<h1>${escapeHtml(t(locale, 'survey.title'))}</h1><p role="alert" class="error">${escapeHtml(reason)}</p>`,
  );
}
