import {
  type Delivery,
  type DeliveryResult,
  escapeHtml,
  message,
  type OutgoingSurvey,
  TICKET_SURVEY,
} from '@xloop/shared-core';
import { deliveryFailure, type JiraClient, JiraError } from './jira-client';

const SENT_PROPERTY = 'xloop-survey-messages';

/**
 * Delivers surveys with Jira's notify API (`POST /rest/api/3/issue/{key}/notify`) to the reporter: an e-mail of its
 * own, outside the request's comment thread. The notify API has no idempotency, so the keys of messages sent are kept
 * in an issue property and checked first. A notify call that fails without saying whether Jira took it (a time-out,
 * a 5xx) is not repeated on the spot but left to the next dispatch run, as is a crash between sending and recording:
 * either can send one message twice, never lose it. Comment delivery, the default, has neither gap.
 */
export function notifyDelivery(jira: JiraClient, oneClickUrl: () => Promise<string>): Delivery {
  return {
    async send(outgoing: OutgoingSurvey): Promise<DeliveryResult> {
      const key = outgoing.survey.ticketId.replace(/^jira:/, '');
      const t = (k: Parameters<typeof message>[2], params?: Record<string, string>) =>
        message(TICKET_SURVEY, outgoing.locale, k, params);
      try {
        const property = await jira
          .get<{ value?: { sent?: string[] } }>(
            `/rest/api/3/issue/${encodeURIComponent(key)}/properties/${SENT_PROPERTY}`,
          )
          .catch((error: unknown) => {
            if (error instanceof JiraError && error.status === 404) return { value: { sent: [] } };
            throw error;
          });
        const sent = property.value?.sent ?? [];
        if (sent.includes(outgoing.idempotencyKey)) return { status: 'sent' };
        const url = await oneClickUrl();
        const links = outgoing.tokens.scores.map((token, score) => ({
          score,
          href: `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`,
        }));
        const subject =
          outgoing.kind === 'reminder'
            ? t('email.reminderSubject', { ticket: key })
            : t('email.subject', { ticket: key });
        await jira.send(
          'POST',
          `/rest/api/3/issue/${encodeURIComponent(key)}/notify`,
          {
            subject,
            textBody: `${t('score.question')}\n${links.map((l) => `${l.score}: ${l.href}`).join('\n')}\n\n${t('email.footer')}`,
            htmlBody: `<p>${escapeHtml(t('score.question'))}</p><p>${links
              .map((l) => `<a href="${escapeHtml(l.href)}">${l.score}</a>`)
              .join(' ')}</p><p>${escapeHtml(t('email.footer'))}</p>`,
            to: { reporter: true },
          },
          { repeatable: false },
        );
        await jira.send('PUT', `/rest/api/3/issue/${encodeURIComponent(key)}/properties/${SENT_PROPERTY}`, {
          sent: [...sent, outgoing.idempotencyKey].slice(-20),
        });
        return { status: 'sent' };
      } catch (error) {
        return deliveryFailure(error);
      }
    },
  };
}
