import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { GlideRecord } from '../../../test/glide-stand-in';
import { type OutgoingSurvey, scriptCrypto, signToken, verifyToken } from '../core/xloop-core.js';
import { GlideSurveyStore } from '../stores/glide-survey-store';
import { ensureKeyring } from '../stores/property-settings-store';
import { TABLE } from '../tables';
import { eventDelivery } from './event-delivery';
import { surveyMessageToSend } from './message-at-rest';

const survey = {
  id: 's1',
  ticketId: 'servicenow:INC0010001',
  resolutionKey: 'servicenow:INC0010001@1',
  kind: 'incident' as const,
  requester: { id: 'u-anna', email: 'anna@example.com' },
  segment: {},
  state: 'scheduled' as const,
  resolvedAt: 1,
  sendAt: 2,
  reasons: [],
};
// The keyring the job made on its first run.
const keyring = () => ensureKeyring();
const claims = { surveyId: 's1', ticketId: survey.ticketId, recipient: 'u-anna', expiresAt: 9e12 };
const sign = (score?: number) =>
  signToken(score === undefined ? claims : { ...claims, score: score as 0 }, {
    crypto: scriptCrypto,
    keyring: keyring(),
  });
const outgoing = (overrides: Partial<OutgoingSurvey> = {}): OutgoingSurvey => ({
  kind: 'invitation',
  survey,
  locale: 'sv',
  tokens: { open: sign(), scores: Array.from({ length: 11 }, (_, s) => sign(s)) },
  idempotencyKey: 's1:invitation',
  ...overrides,
});
/** Every token-like string in links (`token=…`), as it stands. */
const linkTokens = (html: string) =>
  [...html.matchAll(/token=([^"&\s]+)/g)].map((m) => decodeURIComponent(m[1] ?? ''));
const verifies = (token: string) =>
  verifyToken(token, { crypto: scriptCrypto, keyring: keyring(), now: 0 }).ok;

describe('eventDelivery', () => {
  it('queues one event per message however often it is sent, with the message on the survey record', () => {
    const instance = freshInstance();
    new GlideSurveyStore().save(survey, 2);
    const delivery = eventDelivery(() => 'https://acme.service-now.com/api/x_xloop/xloop/respond', keyring);
    expect(delivery.send(outgoing())).toEqual({ status: 'sent' });
    expect(delivery.send(outgoing())).toEqual({ status: 'sent' });
    expect(instance.events.map((e) => [e.name, e.parm1, e.parm2])).toEqual([
      ['x_xloop.survey.send', 'u-anna', 'invitation'],
    ]);
    const message = JSON.parse(instance.rows(TABLE.survey)[0]?.message ?? '{}');
    expect(message.subject).toBe('Hur gick det med INC0010001?');
    expect(message.html).toContain(
      'href="https://acme.service-now.com/api/x_xloop/xloop/respond?token={{xloop-sign:x1.',
    );
    delivery.send(outgoing({ kind: 'reminder', idempotencyKey: 's1:reminder' }));
    expect(instance.events).toHaveLength(2);
  });

  it('stores no link that answers: the mail script signs them as the e-mail leaves', () => {
    const instance = freshInstance();
    new GlideSurveyStore().save(survey, 2);
    eventDelivery(() => 'https://acme.service-now.com/api/x_xloop/xloop/respond', keyring).send(outgoing());
    const stored = instance.rows(TABLE.survey)[0]?.message ?? '';
    const atRest = JSON.parse(stored) as { html: string; text: string };
    for (const token of [...linkTokens(atRest.html), ...linkTokens(atRest.text)])
      expect(verifies(token), token).toBe(false);
    // Eleven score links and the opt-out link.
    expect(linkTokens(atRest.html)).toHaveLength(12);
    for (const token of outgoing().tokens.scores) expect(stored).not.toContain(token);

    const record = new GlideRecord(TABLE.survey);
    record.get('survey_id', 's1');
    const sent = surveyMessageToSend(record as never);
    const tokens = linkTokens(sent.html);
    const { open, scores } = outgoing().tokens;
    expect(tokens).toEqual([...scores, open]);
    expect(tokens.every(verifies)).toBe(true);
    expect(linkTokens(sent.text)).toEqual([...scores, open]);
  });

  it('introduces the ticket by its number and its own title, not the number twice', () => {
    const instance = freshInstance();
    const incident = new GlideRecord('incident');
    incident.initialize();
    incident.setValue('number', 'INC0010001');
    incident.setValue('short_description', 'VPN drops every hour');
    incident.insert();
    new GlideSurveyStore().save(survey, 2);
    eventDelivery(() => '/respond', keyring).send(outgoing({ locale: 'en' }));
    const message = JSON.parse(instance.rows(TABLE.survey)[0]?.message ?? '{}');
    expect(message.html).toContain('INC0010001 &quot;VPN drops every hour&quot;');
    expect(message.text).not.toContain('INC0010001 "INC0010001"');
  });

  it('fails a requester without an e-mail address, and waits for a survey not stored yet', () => {
    freshInstance();
    const delivery = eventDelivery(() => '/respond', keyring);
    expect(delivery.send(outgoing({ survey: { ...survey, requester: { id: 'u-bo' } } })).status).toBe(
      'failed',
    );
    expect(delivery.send(outgoing()).status).toBe('retry');
  });
});
