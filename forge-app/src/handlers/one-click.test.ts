import { HOUR, onTicketEvent } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { jiraClient } from '../jira/jira-client';
import { dispatchBatch } from './dispatch';
import { fresh, MONDAY, ticket } from './handlers.fixture';
import { handleOneClick } from './one-click';

describe('one-click web trigger', () => {
  it('shows the clicked score and records nothing on GET or HEAD; the form records once; other methods refused', async () => {
    const ports = fresh();
    await onTicketEvent(ports, { type: 'resolved', at: MONDAY, ticket: ticket('SD-9') });
    ports.clock.advance(HOUR);
    await dispatchBatch(ports, { push: async () => {} });
    const token = ports.delivery.sent[0]?.tokens.scores[2] ?? '';
    const base = {
      path: '/x1/abc',
      headers: { 'Accept-Language': ['de-DE'] },
      queryParameters: {} as Record<string, string[]>,
      body: '',
    };
    const get = await handleOneClick(ports, {
      ...base,
      method: 'GET',
      queryParameters: { token: [token], other: ['<script>'] },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers?.['Content-Type']).toEqual(['text/html; charset=utf-8']);
    expect(get.headers?.['X-Content-Type-Options']).toEqual(['nosniff']);
    expect(get.headers?.['Referrer-Policy']).toEqual(['no-referrer']);
    expect(get.headers?.['Content-Security-Policy']?.[0]).toContain("frame-ancestors 'none'");
    // Posted back relatively, to the trigger's own segment of whatever public URL the page came from.
    expect(get.body).toContain('action="abc"');
    expect(get.body).toContain('value="2" checked');
    expect(get.body).not.toContain('&lt;script&gt;');
    expect(get.body).not.toContain('<script><');
    // A mail scanner fetching all 11 links, with GET and HEAD, records nothing.
    for (const method of ['GET', 'HEAD'] as const)
      for (const each of ports.delivery.sent[0]?.tokens.scores ?? []) {
        const seen = await handleOneClick(ports, {
          ...base,
          method: method as 'GET',
          queryParameters: { token: [each] },
        });
        expect(seen.statusCode).toBe(200);
        if (method === 'HEAD') expect(seen.body).toBe('');
      }
    expect(ports.responses.all()).toEqual([]);
    // With Jira at hand, the score lands on the issue as the searchable property, once it is recorded.
    const puts: { path: string; body: unknown }[] = [];
    const recording = jiraClient(async (path, init) => {
      if (init?.method === 'PUT') puts.push({ path, body: JSON.parse(init.body ?? '{}') });
      return {
        ok: true,
        status: 200,
        headers: { get: () => null },
        json: async () => ({}),
        text: async () => '',
      };
    });
    await handleOneClick(ports, { ...base, method: 'GET', queryParameters: { token: [token] } }, recording);
    expect(puts).toEqual([]);
    const post = await handleOneClick(
      ports,
      {
        ...base,
        method: 'POST',
        // A field named __proto__ is a field like any other, read by the core's own form reader.
        body: `${new URLSearchParams({ token, score: '3', factors: 'slow', comment: '<b>slow</b>' })}&__proto__=a&__proto__=b`,
      },
      recording,
    );
    expect(post.statusCode).toBe(200);
    expect(ports.responses.all()).toMatchObject([{ score: 3, factors: ['slow'], comment: '<b>slow</b>' }]);
    expect(puts).toEqual([
      {
        path: '/rest/api/3/issue/SD-9/properties/xloop-experience',
        body: expect.objectContaining({ score: 3, state: 'answered' }),
      },
    ]);
    // The link has recorded its one answer: another score by it is refused and touches nothing.
    const again = await handleOneClick(
      ports,
      { ...base, method: 'POST', body: new URLSearchParams({ token, score: '4' }).toString() },
      recording,
    );
    expect(again.statusCode).toBe(409);
    expect(puts).toHaveLength(1);
    expect(
      (await handleOneClick(ports, { ...base, method: 'GET', queryParameters: { token: ['x1.k1.bad.sig'] } }))
        .statusCode,
    ).toBe(400);
    expect((await handleOneClick(ports, { ...base, method: 'PUT' })).statusCode).toBe(405);
    // Bodies are bounded, and deep JSON is a 400 that names nothing internal.
    const big = await handleOneClick(ports, { ...base, method: 'POST', body: 'x'.repeat(70_000) });
    expect(big.statusCode).toBe(413);
    const deep = await handleOneClick(ports, {
      ...base,
      method: 'POST',
      headers: { 'Content-Type': ['application/json'] },
      body: `{"token":"t","answer":{"lostTime":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
    });
    expect(deep.statusCode).toBe(400);
    expect(deep.body).not.toMatch(/stack|Maximum/);
  });
});
