import { describe, expect, it } from 'vitest';
import { fakeJira, outgoing, response } from './jira-client.fixture';
import { notifyDelivery } from './notify-delivery';

describe('notifyDelivery', () => {
  it('sends the survey with the notify API once, remembering it on the issue', async () => {
    let property: unknown;
    const jira = fakeJira((_path, init) => {
      if (init?.method === 'PUT') {
        property = JSON.parse(init.body ?? '{}');
        return response(200);
      }
      if (init?.method === 'POST') return response(204);
      return property === undefined
        ? response(404, { errorMessages: ['no property'] })
        : response(200, { key: 'xloop-survey-messages', value: property });
    });
    const delivery = notifyDelivery(jira.client, async () => 'https://x/one-click');
    expect(await delivery.send(outgoing)).toEqual({ status: 'sent' });
    expect(await delivery.send(outgoing)).toEqual({ status: 'sent' });
    const notices = jira.calls.filter((c) => c.method === 'POST');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      path: '/rest/api/3/issue/SD-7/notify',
      body: { subject: 'Wie zufrieden waren Sie mit SD-7?', to: { reporter: true } },
    });
    expect(JSON.stringify(notices[0]?.body)).toContain('https://x/one-click?token=x1.k1.s10.sig');
  });
});
