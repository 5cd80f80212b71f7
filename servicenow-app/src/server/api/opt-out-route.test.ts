import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { restRequest, restResponse } from '../../../test/app-scenario';
import { GlideRecord } from '../../../test/glide-stand-in';
import { scriptCrypto, signToken, type TokenKeyring } from '../core/xloop-core.js';
import { eventDelivery } from '../delivery/event-delivery';
import { surveyMessageToSend } from '../delivery/message-at-rest';
import { glidePorts } from '../glide-ports';
import { GlideSurveyStore } from '../stores/glide-survey-store';
import { ensureKeyring } from '../stores/property-settings-store';
import { TABLE } from '../tables';
import { optOutGet, optOutPost } from './opt-out-route';

const NOW = Date.UTC(2026, 10, 2, 9);
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

describe('the opt-out link', () => {
  it('is in the e-mail; GET only asks, POST stops every future survey to that requester', () => {
    freshInstance(() => NOW);
    const ports = glidePorts();
    const keyring = ensureKeyring() as TokenKeyring;
    const claims = {
      surveyId: 's1',
      ticketId: survey.ticketId,
      recipient: 'u-anna',
      expiresAt: NOW + 86_400_000,
    };
    const sign = (score?: number) =>
      signToken(score === undefined ? claims : { ...claims, score: score as 0 }, {
        crypto: scriptCrypto,
        keyring,
      });
    new GlideSurveyStore().save(survey, 2);
    eventDelivery(
      () => 'https://acme.service-now.com/api/x_xloop/xloop/respond',
      () => keyring,
    ).send({
      kind: 'invitation',
      survey,
      locale: 'en',
      tokens: { open: sign(), scores: Array.from({ length: 11 }, (_, s) => sign(s)) },
      idempotencyKey: 's1/invitation',
    });
    const record = new GlideRecord(TABLE.survey);
    record.get('survey_id', 's1');
    const html = surveyMessageToSend(record as never).html;
    const link = html.match(
      /href="(https:\/\/acme\.service-now\.com\/api\/x_xloop\/xloop\/optout\?token=[^"]+)"/,
    )?.[1];
    expect(link).toBeDefined();
    const token = decodeURIComponent(link?.split('token=')[1] ?? '');

    const asked = restResponse();
    optOutGet(restRequest({ query: { token } }) as never, asked);
    expect(asked.sent.status).toBe(200);
    expect(asked.sent.text).toContain('<button type="submit">Stop surveys</button>');
    expect(ports.surveys.isOptedOut('u-anna')).toBe(false);

    const done = restResponse();
    optOutPost(restRequest({ form: `token=${encodeURIComponent(token)}` }) as never, done);
    expect(done.sent.status).toBe(200);
    expect(ports.surveys.isOptedOut('u-anna')).toBe(true);
    expect(done.sent.headers['Cache-Control']).toBe('no-store');
  });

  it('refuses a forged or expired link and changes nothing', () => {
    freshInstance(() => NOW);
    const ports = glidePorts();
    const keyring = ensureKeyring() as TokenKeyring;
    const expired = signToken(
      { surveyId: 's1', ticketId: 't', recipient: 'u-bo', expiresAt: NOW - 1 },
      { crypto: scriptCrypto, keyring },
    );
    for (const token of ['forged.token', expired]) {
      const response = restResponse();
      optOutPost(restRequest({ form: `token=${encodeURIComponent(token)}` }) as never, response);
      expect(response.sent.status).toBe(400);
    }
    expect(ports.surveys.isOptedOut('u-bo')).toBe(false);
  });

  it('answers "not ready" before the job made the keyring, and writes nothing', () => {
    const instance = freshInstance(() => NOW);
    const asked = restResponse();
    optOutGet(restRequest({ query: { token: 'x1.any' } }) as never, asked);
    const posted = restResponse();
    optOutPost(restRequest({ form: 'token=x1.any' }) as never, posted);
    expect([asked.sent.status, posted.sent.status]).toEqual([503, 503]);
    expect(instance.rows(TABLE.secret)).toHaveLength(0);
  });
});
