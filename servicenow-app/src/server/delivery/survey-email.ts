import { escapeHtml, message, type OutgoingSurvey, TICKET_SURVEY } from '../core/xloop-core.js';

/** What the notification's mail script prints: subject and body in the requester's language. */
export interface SurveyEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/**
 * The invitation or reminder with the eleven one-click links (0–10), each carrying its signed token to the public
 * one-click route, introduced with the ticket's number and title. Texts are the instrument's, in the survey's locale.
 * @example surveyEmail(outgoing, 'https://acme.service-now.com/api/x_xloop/xloop/respond').subject
 */
export function surveyEmail(outgoing: OutgoingSurvey, oneClickUrl: string, title?: string): SurveyEmail {
  const ticket = outgoing.survey.ticketId.replace(/^servicenow:/, '');
  const t = (key: Parameters<typeof message>[2], params: Record<string, string> = {}) =>
    message(TICKET_SURVEY, outgoing.locale, key, params);
  const links = outgoing.tokens.scores.map((token, score) => ({
    score,
    href: `${oneClickUrl}?token=${encodeURIComponent(token)}`,
  }));
  // The opt-out link carries the invitation's "open" token: only the requester's e-mail holds it.
  const optOut = `${oneClickUrl.replace(/\/respond$/, '/optout')}?token=${encodeURIComponent(outgoing.tokens.open)}`;
  const subject =
    outgoing.kind === 'reminder' ? t('email.reminderSubject', { ticket }) : t('email.subject', { ticket });
  // The ticket's own title; the number again only when the ticket has none.
  const intro = t('email.body', { ticket, title: title || ticket });
  return {
    subject,
    html:
      `<p>${escapeHtml(intro)}</p><p>${escapeHtml(t('score.question'))}</p><p>` +
      links
        .map(
          (l) =>
            `<a href="${escapeHtml(l.href)}" style="display:inline-block;padding:6px 10px;margin:2px;border:1px solid #888;text-decoration:none">${l.score}</a>`,
        )
        .join('') +
      `</p><p style="color:#666;font-size:12px"><a href="${escapeHtml(optOut)}" style="color:#666">${escapeHtml(t('email.footer'))}</a></p>`,
    text: `${intro}\n${t('score.question')}\n${links.map((l) => `${l.score}: ${l.href}`).join('\n')}\n\n${t('email.footer')} ${optOut}`,
  };
}
