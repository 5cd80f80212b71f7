import {
  type AnswerError,
  factorsFor,
  type MessageKey,
  message,
  resolveLocale,
  type Score,
  scoreBand,
  TICKET_SURVEY,
  type TicketKind,
} from '@xloop/shared-core';
import { html, raw } from 'hono/html';

const t = (locale: string, key: MessageKey, params?: Record<string, string>) =>
  message(TICKET_SURVEY, locale, key, params);

/** The locale a page speaks: the survey's, else what the browser asks for, else English. */
export function pageLocale(preferred: string | undefined, acceptLanguage: string | undefined): string {
  const supported = Object.keys(TICKET_SURVEY.messages);
  for (const tag of [preferred, ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0])]) {
    const locale = tag ? resolveLocale(tag, supported) : undefined;
    if (locale) return locale;
  }
  return 'en';
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #172b4d; }
  fieldset { border: 1px solid #c1c7d0; border-radius: 4px; margin: 1rem 0; }
  legend { font-weight: 600; }
  label { display: block; margin: .25rem 0; }
  .scale { display: flex; gap: .25rem; flex-wrap: wrap; }
  .scale label { display: inline-flex; flex-direction: column; align-items: center; }
  textarea { width: 100%; min-height: 6rem; }
  button { font: inherit; padding: .5rem 1.5rem; margin-top: 1rem; }
  .error { color: #ae2e24; }
  :focus-visible { outline: 3px solid #0c66e4; outline-offset: 2px; }
`;

function page(locale: string, title: string, body: ReturnType<typeof html>) {
  return html`<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${raw(STYLE)}</style></head>
<body><main>${body}</main></body>
</html>`;
}

export interface FollowUpView {
  readonly token: string;
  readonly locale: string;
  readonly kind: TicketKind;
  readonly score: Score;
  readonly factors?: readonly string[];
  readonly lostTime?: string;
  readonly comment?: string;
  readonly errors?: readonly AnswerError[];
}

/**
 * The follow-up page after a one-click score: the score (changeable), the factors of its band, lost time and a
 * comment, in one accessible form. Every value is escaped; nothing from the query string but the token is used.
 */
export function followUpPage(view: FollowUpView) {
  const { locale } = view;
  const band = scoreBand(view.score);
  const chosen = new Set(view.factors ?? []);
  const scale = Array.from({ length: 11 }, (_, s) => s);
  return page(
    locale,
    t(locale, 'survey.title'),
    html`<h1>${t(locale, 'survey.title')}</h1>
<p>${t(locale, 'thanks')}</p>
${
  view.errors && view.errors.length > 0
    ? html`<div role="alert" class="error"><ul>${view.errors.map((e) => html`<li>${e.message}</li>`)}</ul></div>`
    : ''
}
<form method="post" action="/respond">
  <input type="hidden" name="token" value="${view.token}">
  <input type="hidden" name="locale" value="${locale}">
  <fieldset>
    <legend>${t(locale, 'score.question')}</legend>
    <div class="scale">
      ${scale.map(
        (s) =>
          html`<label><input type="radio" name="score" value="${s}"${s === view.score ? raw(' checked') : ''}>${s}</label>`,
      )}
    </div>
    <p><small>0 = ${t(locale, 'score.low')}, 10 = ${t(locale, 'score.high')}</small></p>
  </fieldset>
  <fieldset>
    <legend>${t(locale, `factors.question.${band}` as MessageKey)}</legend>
    ${factorsFor(TICKET_SURVEY, band, view.kind).map(
      (f) =>
        html`<label><input type="checkbox" name="factors" value="${f.id}"${chosen.has(f.id) ? raw(' checked') : ''}> ${t(
          locale,
          `factor.${f.id}` as MessageKey,
        )}</label>`,
    )}
  </fieldset>
  <fieldset>
    <legend>${t(locale, 'lostTime.question')}</legend>
    ${TICKET_SURVEY.lostTimeOptions.map(
      (o) =>
        html`<label><input type="radio" name="lostTime" value="${o.id}"${o.id === view.lostTime ? raw(' checked') : ''}> ${t(
          locale,
          `lostTime.${o.id}` as MessageKey,
        )}</label>`,
    )}
  </fieldset>
  <label for="comment">${t(locale, 'comment.label')}</label>
  <textarea id="comment" name="comment" maxlength="${TICKET_SURVEY.commentMaxLength}">${view.comment ?? ''}</textarea>
  <button type="submit">${t(locale, 'submit')}</button>
</form>`,
  );
}

/** The page after the follow-up is saved. */
export function thanksPage(locale: string) {
  return page(locale, t(locale, 'survey.title'), html`<h1>${t(locale, 'thanks')}</h1>`);
}

/** A page for a link that cannot be used, with the reason. */
export function problemPage(locale: string, reason: string) {
  return page(
    locale,
    t(locale, 'survey.title'),
    html`<h1>${t(locale, 'survey.title')}</h1><p role="alert" class="error">${reason}</p>`,
  );
}
