import {
  type Delivery,
  type DeliveryResult,
  message,
  type OutgoingSurvey,
  TICKET_SURVEY,
} from '@xloop/shared-core';
import { deliveryFailure, type JiraClient } from './jira-client';

const key = (ticketId: string) => ticketId.replace(/^jira:/, '');

/** The survey as Atlassian Document Format: the question, then the 0–10 links, then the opt-out line. */
export function surveyComment(outgoing: OutgoingSurvey, oneClickUrl: string) {
  const t = (k: Parameters<typeof message>[2], params?: Record<string, string>) =>
    message(TICKET_SURVEY, outgoing.locale, k, params);
  const link = (text: string, token: string) => ({
    type: 'text',
    text,
    marks: [
      {
        type: 'link',
        attrs: {
          href: `${oneClickUrl}${oneClickUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`,
        },
      },
    ],
  });
  const scores = outgoing.tokens.scores.flatMap((token, score) => [
    ...(score > 0 ? [{ type: 'text', text: '  ' }] : []),
    link(String(score), token),
  ]);
  return {
    version: 1,
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text:
              outgoing.kind === 'reminder'
                ? t('email.reminderSubject', { ticket: key(outgoing.survey.ticketId) })
                : t('email.subject', { ticket: key(outgoing.survey.ticketId) }),
            marks: [{ type: 'strong' }],
          },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: t('score.question') }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: `0 = ${t('score.low')}, 10 = ${t('score.high')}: ` }, ...scores],
      },
      { type: 'paragraph', content: [{ type: 'text', text: t('email.footer') }] },
    ],
  };
}

/**
 * Delivers surveys as a public comment on the request: JSM e-mails public comments to the customer, in the thread
 * they already know, so the invitation reaches portal-only customers too. The comment carries a property with the
 * message's idempotency key, and a comment with that key already on the issue is not posted again.
 */
export function commentDelivery(jira: JiraClient, oneClickUrl: () => Promise<string>): Delivery {
  return {
    async send(outgoing: OutgoingSurvey): Promise<DeliveryResult> {
      const issue = key(outgoing.survey.ticketId);
      const path = `/rest/api/3/issue/${encodeURIComponent(issue)}/comment`;
      const posted = async () => {
        const existing = await jira.get<{
          comments?: { properties?: { key: string; value: { id?: string } }[] }[];
        }>(`${path}?expand=properties&maxResults=100&orderBy=-created`);
        return (existing.comments ?? []).some((c) =>
          (c.properties ?? []).some(
            (p) => p.key === 'xloop.survey' && p.value?.id === outgoing.idempotencyKey,
          ),
        );
      };
      try {
        if (await posted()) return { status: 'sent' };
        try {
          await jira.send(
            'POST',
            path,
            {
              body: surveyComment(outgoing, await oneClickUrl()),
              properties: [
                { key: 'sd.public.comment', value: { internal: false } },
                { key: 'xloop.survey', value: { id: outgoing.idempotencyKey } },
              ],
            },
            { repeatable: false },
          );
        } catch (error) {
          // A time-out or an outage can come after Jira stored the comment: look before trying again.
          if (deliveryFailure(error).status === 'retry' && (await posted().catch(() => false)))
            return { status: 'sent' };
          throw error;
        }
        return { status: 'sent' };
      } catch (error) {
        return deliveryFailure(error);
      }
    },
  };
}
