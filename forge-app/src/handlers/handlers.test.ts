import { DAY, HOUR, onTicketEvent, type Ticket } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { JSM_FIELD_IDS, jiraCustomer, jiraIssue, memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { jiraAdmin, jsmAgent, permissionsCheck } from '../../test/jira-permissions';
import { type JiraRequest, jiraClient } from '../jira/jira-client';
import { dispatchBatch } from './dispatch';
import { handleIssueEvent } from './issue-events';
import { handleOneClick } from './one-click';
import { resolverDefinitions } from './resolver';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const fresh = () => memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });
const ticket = (id: string): Ticket => ({
  id: `jira:${id}`,
  kind: 'incident',
  requester: { id: 'acc-1', locale: 'en' },
  agentId: 'agent-1',
  status: 'resolved',
  segment: { service: 'VPN' },
  createdAt: MONDAY - DAY,
  resolvedAt: MONDAY,
});

/**
 * A Jira that answers from a table of paths, as the Forge runtime would through requestJira; a function answers from
 * the request's body.
 */
const jira = (routes: Record<string, unknown>) => {
  const request: JiraRequest = async (path, init) => {
    const key = Object.keys(routes).find((prefix) => path.startsWith(prefix));
    const route = key === undefined ? undefined : routes[key];
    const body = typeof route === 'function' ? route(JSON.parse(init?.body ?? '{}')) : route;
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      headers: { get: () => null },
      json: async () => body,
      text: async () => JSON.stringify(body ?? {}),
    };
  };
  return jiraClient(request, { sleep: async () => {} });
};

describe('issue events', () => {
  it('reads the issue as it is now and lets the core schedule its survey', async () => {
    const ports = fresh();
    const issue = jiraIssue({
      key: 'SD-1',
      fields: {
        created: '2026-11-01T08:00:00.000+0000',
        issuetype: { name: 'Incident' },
        reporter: jiraCustomer({ accountId: 'acc-1', timeZone: 'UTC' }),
        resolutiondate: '2026-11-02T08:00:00.000+0000',
        [JSM_FIELD_IDS.requestType]: { requestType: { name: 'Report an incident' } },
      },
    });
    const client = jira({ '/rest/api/3/issue/SD-1': issue });
    const event = {
      eventType: 'avi:jira:updated:issue',
      issue: { id: '10001', key: 'SD-1' },
      timestamp: MONDAY,
    };
    // JSM's field ids, as the daily cache has them.
    const options = { fields: async () => ({ requestType: JSM_FIELD_IDS.requestType }) };
    expect(await handleIssueEvent(ports, client, event, options)).toEqual({ decisions: ['schedule'] });
    // Delivered again: nothing new.
    expect(await handleIssueEvent(ports, client, event, options)).toEqual({ decisions: [] });
    expect(await handleIssueEvent(ports, client, { eventType: 'avi:jira:updated:issue' }, options)).toEqual({
      ignored: 'no issue in the event',
    });
  });
});

describe('dispatch', () => {
  it('dispatches due surveys and queues another run while work remains', async () => {
    const ports = fresh();
    for (let i = 0; i < 3; i++) {
      await onTicketEvent(ports, {
        type: 'resolved',
        at: MONDAY,
        ticket: { ...ticket(`SD-${i}`), requester: { id: `first-${i}` } },
      });
    }
    ports.clock.advance(HOUR);
    const pushed: unknown[] = [];
    const queue = { push: async (event: unknown) => void pushed.push(event) };
    expect(await dispatchBatch(ports, queue)).toEqual({ processed: 3, more: false });
    expect(ports.delivery.sent).toHaveLength(3);
    expect(pushed).toEqual([]);
    // With no time left in the invocation, the remaining work goes back on the queue.
    for (let i = 3; i < 60; i++)
      await onTicketEvent(ports, {
        type: 'resolved',
        at: ports.clock.now(),
        ticket: { ...ticket(`SD-${i}`), requester: { id: `acc-${i}` }, resolvedAt: ports.clock.now() },
      });
    ports.clock.advance(HOUR);
    let tick = 0;
    // The clock reads 0 when the run starts and before the first batch, then the budget is spent.
    const result = await dispatchBatch(ports, queue, () => (tick++ < 2 ? 0 : 60_000));
    expect(result).toEqual({ processed: 50, more: true });
    expect(pushed).toEqual([
      { body: { reason: 'more-due' }, concurrency: { key: 'xloop-dispatch', limit: 1 } },
    ]);
  });
});

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

describe('resolvers', () => {
  const call = (
    definitions: ReturnType<typeof resolverDefinitions>,
    functionKey: string,
    payload: unknown,
    accountId?: string,
  ) =>
    // The account comes from the runtime's principal, as on Forge; whatever the UI puts in its context is ignored.
    definitions(
      { call: { functionKey, payload }, context: { accountId: 'forged-by-ui' } },
      accountId ? { principal: { accountId } } : {},
    );

  it('answers UI calls with roles taken from Jira’s permissions, never from the caller', async () => {
    const ports = fresh();
    const request: JiraRequest = async (path, init) => {
      const body = path.startsWith('/rest/api/3/permissions/check')
        ? permissionsCheck([jsmAgent('agent', [10000])], JSON.parse(init?.body ?? '{}'))
        : [];
      return {
        ok: true,
        status: 200,
        headers: { get: () => null },
        json: async () => body,
        text: async () => '',
      };
    };
    const definitions = resolverDefinitions(() => ports, jiraClient(request, { sleep: async () => {} }), {
      serviceProjects: async () => [{ id: 10000, key: 'SD' }],
    });
    expect(await call(definitions, 'getInstrument', { locale: 'de' }, 'customer')).toMatchObject({
      value: { locale: 'de' },
    });
    expect(await call(definitions, 'getDashboard', { roles: ['admin'] }, 'customer')).toMatchObject({
      error: { status: 403 },
    });
    expect(await call(definitions, 'getDashboard', {}, 'agent')).toMatchObject({ value: { segment: {} } });
    expect(await call(definitions, 'getInstrument', {})).toMatchObject({ error: { status: 401 } });
  });
});

describe('a portal answer', () => {
  it('goes onto the issue for agents and JQL, as a one-click answer does; refused ones write nothing', async () => {
    const ports = fresh();
    await onTicketEvent(ports, { type: 'resolved', ticket: ticket('SD-4'), at: MONDAY });
    ports.clock.current = MONDAY + HOUR;
    await dispatchBatch(ports, { push: async () => undefined });
    const [survey] = await ports.surveys.forTicket('jira:SD-4');
    const puts: { path: string; body: unknown }[] = [];
    const request: JiraRequest = async (path, init) => {
      if (init?.method === 'PUT') puts.push({ path, body: JSON.parse(init.body ?? '{}') });
      const body = path.startsWith('/rest/api/3/user/groups') ? [] : {};
      return {
        ok: true,
        status: 200,
        headers: { get: () => null },
        json: async () => body,
        text: async () => '',
      };
    };
    const definitions = resolverDefinitions(() => ports, jiraClient(request, { sleep: async () => {} }));
    const submit = (accountId: string, answer: unknown) =>
      definitions(
        { call: { functionKey: 'submitMyResponse', payload: { surveyId: survey?.id, answer } }, context: {} },
        { principal: { accountId } },
      );

    expect(await submit('someone-else', { score: 2 })).toMatchObject({ error: { status: 403 } });
    expect(await submit('acc-1', { score: 11 })).toMatchObject({ error: { status: 400 } });
    expect(puts).toEqual([]);
    expect(await submit('acc-1', { score: 3, factors: ['slow'] })).toMatchObject({
      value: { response: { score: 3 } },
    });
    expect(puts).toEqual([
      {
        path: '/rest/api/3/issue/SD-4/properties/xloop-experience',
        body: expect.objectContaining({ score: 3, state: 'answered' }),
      },
    ]);
  });
});

describe('Forge-only resolvers', () => {
  it('let admins read and change the Forge settings, and track new initiatives as issues in the CSI project', async () => {
    const ports = fresh();
    const posted: { path: string; body: unknown }[] = [];
    const request: JiraRequest = async (path, init) => {
      if (init?.method === 'POST' && path !== '/rest/api/3/permissions/check')
        posted.push({ path, body: JSON.parse(init.body ?? '{}') });
      const body = path.startsWith('/rest/api/3/user/groups')
        ? []
        : path === '/rest/api/3/permissions/check'
          ? permissionsCheck([jiraAdmin('boss')], JSON.parse(init?.body ?? '{}'))
          : path === '/rest/api/3/issueLinkType'
            ? {
                issueLinkTypes: [
                  { id: '10001', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
                  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
                ],
              }
            : { id: '10500', key: 'CSI-7' };
      return {
        ok: true,
        status: init?.method === 'POST' ? 201 : 200,
        headers: { get: () => null },
        json: async () => body,
        text: async () => '',
      };
    };
    let stored = {
      delivery: 'comment' as const,
      roleGroups: { agent: ['jira-servicemanagement-users'], csiManager: [], admin: ['jira-admins'] },
    };
    const config = {
      read: async () => stored,
      save: async (c: typeof stored) => {
        stored = c;
      },
    };
    const definitions = resolverDefinitions(() => ports, jiraClient(request, { sleep: async () => {} }), {
      config: config as never,
    });
    const as = (accountId: string, functionKey: string, payload: unknown) =>
      definitions({ call: { functionKey, payload }, context: {} }, { principal: { accountId } });

    expect(await as('agent', 'getForgeConfig', {})).toMatchObject({ error: { status: 403 } });
    expect(await as('boss', 'saveForgeConfig', { config: { delivery: 'fax' } })).toMatchObject({
      error: { status: 400 },
    });
    expect(
      await as('boss', 'saveForgeConfig', { config: { csiProject: { key: 'CSI', issueType: 'Task' } } }),
    ).toMatchObject({
      value: { csiProject: { key: 'CSI', issueType: 'Task' } },
    });
    // Commented answers of the baseline window: the VPN ones on Jira are the evidence, worst first.
    const answered = (ticketId: string, score: number, service: string) =>
      ports.responses.save({
        surveyId: `s-${ticketId}`,
        ticketId,
        score: score as never,
        factors: [],
        comment: 'It keeps dropping',
        locale: 'en',
        channel: 'email',
        answeredAt: MONDAY - 86_400_000,
        requesterId: 'r',
        segment: { service },
        day: '2026-10-30',
        version: 1,
      });
    answered('jira:SD-1', 5, 'VPN');
    answered('jira:SD-2', 1, 'VPN');
    answered('servicenow:INC0001', 0, 'VPN');
    answered('jira:SD-3', 0, 'Email');
    const created = await as('boss', 'createInitiative', {
      id: 'init-1',
      title: 'VPN self-service',
      segment: { service: 'VPN' },
    });
    expect(created).toMatchObject({ value: { id: 'init-1', externalKey: 'CSI-7', version: 2 } });
    expect(posted).toMatchObject([
      {
        path: '/rest/api/3/issue',
        body: {
          fields: { project: { key: 'CSI' }, issuetype: { name: 'Task' }, summary: 'VPN self-service' },
        },
      },
      {
        path: '/rest/api/3/issueLink',
        body: { type: { name: 'Relates' }, inwardIssue: { key: 'SD-2' }, outwardIssue: { key: 'CSI-7' } },
      },
      {
        path: '/rest/api/3/issueLink',
        body: { type: { name: 'Relates' }, inwardIssue: { key: 'SD-1' }, outwardIssue: { key: 'CSI-7' } },
      },
    ]);
    expect(posted).toHaveLength(3);
  });
});

describe('opportunities on the CSI page', () => {
  it('come from the consumer’s hourly ranking, never from raw responses in the UI request', async () => {
    const ports = fresh();
    let commentReads = 0;
    const withComments = ports.responses.withComments.bind(ports.responses);
    ports.responses.withComments = (range, limit) => {
      commentReads++;
      return withComments(range, limit);
    };
    const client = jira({
      // Carol holds no permission in Jira: she is a CSI manager by her group alone.
      '/rest/api/3/permissions/check': (asked: unknown) => permissionsCheck([], asked),
      '/rest/api/3/user/groups': [{ name: 'xloop-csi-managers' }],
    });
    let cached: { computedAt: number; opportunities: never[] } | undefined;
    const definitions = resolverDefinitions(() => ports, client, {
      opportunities: { read: async () => cached },
    });
    const ask = () =>
      definitions(
        { call: { functionKey: 'getOpportunities', payload: {} }, context: {} },
        { principal: { accountId: 'carol' } },
      );

    expect(await ask()).toEqual({ value: [] });
    expect(commentReads).toBe(0);
    cached = { computedAt: MONDAY, opportunities: [{ key: 'service=VPN' } as never] };
    expect(await ask()).toEqual({ value: [{ key: 'service=VPN' }] });

    // The consumer refreshes the ranking when it has time left.
    let refreshed = 0;
    await dispatchBatch(ports, { push: async () => undefined }, Date.now, {
      refreshIfStale: async () => Boolean(++refreshed),
    });
    expect(refreshed).toBe(1);
  });
});
