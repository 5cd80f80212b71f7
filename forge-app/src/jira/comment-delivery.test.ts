import { describe, expect, it } from 'vitest';
import { commentDelivery, surveyComment } from './comment-delivery';
import { JiraError } from './jira-client';
import { fakeJira, outgoing, response } from './jira-client.fixture';

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
