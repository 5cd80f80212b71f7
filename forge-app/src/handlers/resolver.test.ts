import { HOUR, onTicketEvent } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { jiraAdmin, jsmAgent, permissionsCheck } from '../../test/jira-permissions';
import { type JiraRequest, jiraClient } from '../jira/jira-client';
import { dispatchBatch } from './dispatch';
import { fresh, jira, MONDAY, ticket } from './handlers.fixture';
import { resolverDefinitions } from './resolver';

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
  it('come from the stored ranking the consumer refreshes hourly, never from raw responses in the UI request', async () => {
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
  });
});
