import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import type { OutgoingSurvey } from '../core/xloop-core.js';
import { GlideSurveyStore } from '../stores/glide-survey-store';
import { TABLE } from '../tables';
import { eventDelivery } from './event-delivery';

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
const outgoing = (overrides: Partial<OutgoingSurvey> = {}): OutgoingSurvey => ({
  kind: 'invitation',
  survey,
  locale: 'sv',
  tokens: { open: 'open', scores: Array.from({ length: 11 }, (_, s) => `t${s}+/`) },
  idempotencyKey: 's1:invitation',
  ...overrides,
});

describe('eventDelivery', () => {
  it('queues one event per message however often it is sent, with the message on the survey record', () => {
    const instance = freshInstance();
    new GlideSurveyStore().save(survey, 2);
    const delivery = eventDelivery(() => 'https://acme.service-now.com/api/x_xloop/xloop/respond');
    expect(delivery.send(outgoing())).toEqual({ status: 'sent' });
    expect(delivery.send(outgoing())).toEqual({ status: 'sent' });
    expect(instance.events.map((e) => [e.name, e.parm1, e.parm2])).toEqual([
      ['x_xloop.survey.send', 'u-anna', 'invitation'],
    ]);
    const message = JSON.parse(instance.rows(TABLE.survey)[0]?.message ?? '{}');
    expect(message.subject).toBe('Hur gick det med INC0010001?');
    expect(message.html).toContain(
      'href="https://acme.service-now.com/api/x_xloop/xloop/respond?token=t10%2B%2F"',
    );
    delivery.send(outgoing({ kind: 'reminder', idempotencyKey: 's1:reminder' }));
    expect(instance.events).toHaveLength(2);
  });

  it('fails a requester without an e-mail address, and waits for a survey not stored yet', () => {
    freshInstance();
    const delivery = eventDelivery(() => '/respond');
    expect(delivery.send(outgoing({ survey: { ...survey, requester: { id: 'u-bo' } } })).status).toBe(
      'failed',
    );
    expect(delivery.send(outgoing()).status).toBe('retry');
  });
});
