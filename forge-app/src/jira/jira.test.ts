import type { OutgoingSurvey } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { commentDelivery, surveyComment } from './comment-delivery';
import { deliveryFailure, JiraError, type JiraRequest, type JiraResponse, jiraClient } from './jira-client';
import { notifyDelivery } from './notify-delivery';

const response = (
  status: number,
  body: unknown = {},
  headers: Record<string, string> = {},
): JiraResponse => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  json: async () => body,
  text: async () => JSON.stringify(body),
});

function fakeJira(
  answers: (path: string, init?: { method?: string; body?: string }) => JiraResponse | Promise<JiraResponse>,
) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const request: JiraRequest = async (path, init) => {
    calls.push({
      method: init?.method ?? 'GET',
      path,
      ...(init?.body ? { body: JSON.parse(init.body) } : {}),
    });
    return answers(path, init);
  };
  const waits: number[] = [];
  return { calls, waits, client: jiraClient(request, { sleep: async (ms) => void waits.push(ms) }) };
}

describe('jiraClient', () => {
  it('waits for Retry-After on 429 and backs off on 5xx and network errors', async () => {
    let n = 0;
    const jira = fakeJira(() => {
      n++;
      if (n === 1) return response(429, {}, { 'retry-after': '3' });
      if (n === 2) return response(503);
      if (n === 3) throw new Error('socket hang up');
      return response(200, { ok: true });
    });
    expect(await jira.client.get('/rest/api/3/myself')).toEqual({ ok: true });
    expect(jira.waits).toEqual([3000, 1000, 2000]);
  });

  it('turns other failures into a JiraError with Jira’s message, and gives up after the retries', async () => {
    const bad = fakeJira(() => response(400, { errorMessages: ['Field does not exist'] }));
    await expect(bad.client.get('/rest/api/3/issue/X-1')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('Field does not exist'),
    });
    const down = fakeJira(() => response(502));
    await expect(down.client.send('POST', '/rest/api/3/issue/X-1/comment', {})).rejects.toBeInstanceOf(
      JiraError,
    );
    expect(down.calls).toHaveLength(5);
  });
});

const outgoing: OutgoingSurvey = {
  kind: 'invitation',
  survey: {
    id: 'jira:SD-7@2026-11-02T09:30:00.000Z',
    ticketId: 'jira:SD-7',
    resolutionKey: 'jira:SD-7@2026-11-02T09:30:00.000Z',
    kind: 'incident',
    requester: { id: 'acc-1' },
    segment: {},
    state: 'scheduled',
    resolvedAt: 0,
    sendAt: 0,
    reasons: [],
  },
  locale: 'de',
  tokens: { open: 'x1.k1.open.sig', scores: Array.from({ length: 11 }, (_, s) => `x1.k1.s${s}.sig`) },
  idempotencyKey: 'jira:SD-7@2026-11-02T09:30:00.000Z/invitation',
};

describe('jiraClient and Forge’s own errors', () => {
  it('passes a missing user consent to Forge at once and unchanged, so Forge can ask the user for it', async () => {
    // As `asUser().requestJira` throws it (`@forge/api` NeedsAuthenticationError).
    const consent = Object.assign(new Error('Authentication required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    const jira = fakeJira(() => Promise.reject(consent));
    await expect(jira.client.get('/rest/api/3/myself')).rejects.toBe(consent);
    expect(jira.calls).toHaveLength(1);
    expect(jira.waits).toEqual([]);
  });
});

describe('jiraClient within an invocation', () => {
  it('never waits past the time left, and hands the wait back to the dispatcher as the retry delay', async () => {
    let now = 0;
    const waits: number[] = [];
    let calls = 0;
    const client = jiraClient(
      async () =>
        calls++ === 0
          ? response(429, {}, { 'retry-after': '2' })
          : response(429, {}, { 'retry-after': '30' }),
      { sleep: async (ms) => void waits.push(ms), now: () => now, deadline: () => 25_000 },
    );
    now = 10_000;
    const failed = await client.get('/rest/api/3/field').catch((error: unknown) => error);
    // The first 2 s wait fits; the next 30 s would end after 25 s less the 5 s margin: not taken.
    expect(waits).toEqual([2000]);
    expect(failed).toBeInstanceOf(JiraError);
    expect(failed).toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(deliveryFailure(failed)).toMatchObject({ status: 'retry', retryAfterMs: 30_000 });
  });
});

describe('commentDelivery', () => {
  it('posts one public comment with the eleven one-click links, and not again for the same message', async () => {
    let posted = false;
    const jira = fakeJira((_path, init) => {
      if (init?.method === 'POST') {
        posted = true;
        return response(201, {});
      }
      return response(200, {
        comments: posted
          ? [{ properties: [{ key: 'xloop.survey', value: { id: outgoing.idempotencyKey } }] }]
          : [],
      });
    });
    const delivery = commentDelivery(jira.client, async () => 'https://example.atlassian.net/x1/abc');
    expect(await delivery.send(outgoing)).toEqual({ status: 'sent' });
    expect(await delivery.send(outgoing)).toEqual({ status: 'sent' });
    const posts = jira.calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.path).toBe('/rest/api/3/issue/SD-7/comment');
    const body = JSON.stringify(posts[0]?.body);
    expect(body).toContain('Wie zufrieden waren Sie mit SD-7?');
    expect(body).toContain('"key":"sd.public.comment","value":{"internal":false}');
    for (let s = 0; s <= 10; s++)
      expect(body).toContain(`https://example.atlassian.net/x1/abc?token=x1.k1.s${s}.sig`);
  });

  it('gives up on a request that is gone and retries an outage', async () => {
    const gone = commentDelivery(
      fakeJira(() => response(404, { errorMessages: ['Issue does not exist'] })).client,
      async () => 'u',
    );
    expect(await gone.send(outgoing)).toMatchObject({ status: 'failed' });
    const down = commentDelivery(fakeJira(() => response(503)).client, async () => 'u');
    expect(await down.send(outgoing)).toMatchObject({ status: 'retry' });
  });

  it('writes Atlassian Document Format', () => {
    const doc = surveyComment(outgoing, 'https://x/y?a=1');
    expect(doc).toMatchObject({ version: 1, type: 'doc' });
    expect(JSON.stringify(doc)).toContain('https://x/y?a=1&token=x1.k1.s10.sig');
  });
});

describe('a comment POST that fails after Jira stored it', () => {
  it('is not repeated blindly: the client leaves it to delivery, which finds the comment and posts nothing more', async () => {
    const stored: unknown[] = [];
    let failNextPost = true;
    const jira = fakeJira((_path, init) => {
      if (init?.method === 'POST') {
        stored.push(JSON.parse(init.body ?? '{}'));
        if (failNextPost) {
          failNextPost = false;
          return response(503);
        }
        return response(201, { id: String(stored.length) });
      }
      return response(200, { comments: stored });
    });
    expect(await commentDelivery(jira.client, async () => 'https://x/one-click').send(outgoing)).toEqual({
      status: 'sent',
    });
    expect(stored).toHaveLength(1);
    expect(jira.calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
  });

  it('retries a write that must not happen twice only on 429, which Jira answers before doing anything', async () => {
    const answers = [response(429, {}, { 'retry-after': '1' }), response(201), response(502)];
    const jira = fakeJira(() => answers.shift() ?? response(200));
    await jira.client.send('POST', '/rest/api/3/issue/SD-1/comment', {}, { repeatable: false });
    expect(jira.calls).toHaveLength(2);
    await expect(
      jira.client.send('POST', '/rest/api/3/issue/SD-1/comment', {}, { repeatable: false }),
    ).rejects.toThrow(JiraError);
    expect(jira.calls).toHaveLength(3);
  });
});

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
