import { DAY, onTicketEvent, type Ticket } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { jiraAdmin, jsmAgent, type PermissionRule, permissionsCheck } from '../../test/jira-permissions';
import { jiraStub } from '../../test/jira-stub';
import { resolverDefinitions } from './resolver';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const HELP = { id: 10000, key: 'HELP' };
const RESTRICTED = { id: 10001, key: 'HR' };

const ticket = (key: string, requester: string, agentId = 'agent-a'): Ticket => ({
  id: `jira:${key}`,
  kind: 'request',
  requester: { id: requester, locale: 'en' },
  agentId,
  status: 'resolved',
  segment: { service: 'VPN', agent: agentId, project: key.split('-')[0] ?? '' },
  createdAt: MONDAY - DAY,
  resolvedAt: MONDAY,
});

/** A site where HR-1 sits in a restricted project (or behind a security level): only its own agents browse it. */
const PERMISSIONS: PermissionRule[] = [
  { ...jiraAdmin('admin-x'), issues: { BROWSE_PROJECTS: [10001] } },
  jsmAgent(['agent-a', 'agent-b'], [HELP.id], [10001]),
  jsmAgent('agent-hr', [RESTRICTED.id], [20001]),
  // agent-b is also a customer of HR: JSM's portal access lets customers browse the project.
  { who: 'agent-b', projects: { BROWSE_PROJECTS: [RESTRICTED.id] } },
];

async function setUp() {
  const ports = memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });
  await onTicketEvent(ports, { type: 'resolved', at: MONDAY, ticket: ticket('HELP-1', 'alice') });
  await onTicketEvent(ports, { type: 'resolved', at: MONDAY, ticket: ticket('HR-1', 'carol', 'agent-hr') });
  const site = jiraStub((call) => {
    if (call.template === '/rest/api/3/permissions/check')
      return { status: 200, body: permissionsCheck(PERMISSIONS, call.body) };
    if (call.template === '/rest/api/3/user/groups')
      return {
        status: 200,
        body:
          call.query.get('accountId') === 'csi-c'
            ? [{ name: 'xloop-csi-managers', groupId: 'g1' }]
            : call.query.get('accountId') === 'admin-x'
              ? [{ name: 'our-jira-bosses', groupId: 'g2' }]
              : [],
      };
    return undefined;
  });
  const definitions = resolverDefinitions(() => ports, site.client, {
    serviceProjects: async () => [HELP, RESTRICTED],
  });
  const call = (
    accountId: string,
    functionKey: string,
    payload: unknown,
    context: Record<string, unknown> = {},
  ) =>
    definitions({ call: { functionKey, payload }, context }, { principal: { accountId } }) as Promise<{
      value?: unknown;
      error?: { status: number; code: string };
    }>;
  return { ports, site, call };
}

const onIssue = (key: string, id: number) => ({ extension: { issue: { key, id: String(id) } } });

describe('Forge resolvers authorise by Jira’s permissions', () => {
  it('lets a portal customer in with no Jira look-up, and reads the request the portal shows, not the payload’s', async () => {
    const { site, call } = await setUp();
    const portal = { moduleKey: 'rate-request', extension: { request: { key: 'HELP-1' } } };
    const own = await call('alice', 'getMyTicketSurvey', { ticketId: 'jira:HR-1' }, portal);
    expect(own.value).toMatchObject({ surveyId: expect.any(String), state: 'scheduled' });
    const other = await call('bob', 'getMyTicketSurvey', {}, portal);
    expect(other).toEqual({ value: null });
    expect(site.calls).toEqual([]);
    // Without a request in the context there is nothing to show.
    expect(
      await call('alice', 'getMyTicketSurvey', { ticketId: 'jira:HELP-1' }, { moduleKey: 'rate-request' }),
    ).toMatchObject({
      error: { status: 400 },
    });
  });

  it('shows an agent the experience of an issue they can browse, from the backend context, and refuses a restricted one', async () => {
    const { site, call } = await setUp();
    const seen = await call(
      'agent-a',
      'getTicketExperience',
      { ticketId: 'jira:HR-1' },
      onIssue('HELP-1', 10001),
    );
    expect(seen.value).toMatchObject({ surveys: [{ ticketId: 'jira:HELP-1' }] });
    // HR-1 is in a restricted project (or has a security level): Jira says agent-a cannot browse it.
    expect(await call('agent-a', 'getTicketExperience', {}, onIssue('HR-1', 20001))).toMatchObject({
      error: { status: 403 },
    });
    expect(await call('agent-hr', 'getTicketExperience', {}, onIssue('HR-1', 20001))).toMatchObject({
      value: { surveys: [{ ticketId: 'jira:HR-1' }] },
    });
    const check = site.calls.find((c) => c.template === '/rest/api/3/permissions/check');
    expect(check?.body).toMatchObject({
      accountId: 'agent-a',
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        { permissions: ['SERVICEDESK_AGENT', 'BROWSE_PROJECTS'], projects: [HELP.id, RESTRICTED.id] },
        { permissions: ['BROWSE_PROJECTS'], issues: [10001] },
      ],
    });
    expect(site.problems).toEqual([]);
  });

  it('shows agents the dashboards of the service projects they browse, and CSI managers every project', async () => {
    const { call } = await setUp();
    const projectsOf = async (accountId: string) => {
      const answer = await call(accountId, 'getBreakdown', { dimension: 'project' });
      return (answer.value as { value: string }[] | undefined)?.map((row) => row.value).sort();
    };
    expect(await projectsOf('agent-a')).toEqual(['HELP']);
    expect(await projectsOf('agent-hr')).toEqual(['HR']);
    // Browsing HR as its customer shows agent-b nothing of HR's scores.
    expect(await projectsOf('agent-b')).toEqual(['HELP']);
    expect(await projectsOf('csi-c')).toEqual(['HELP', 'HR']);
    expect(await call('agent-a', 'getDashboard', { segment: { project: 'HELP' } })).toMatchObject({
      value: { segment: { project: 'HELP' } },
    });
    expect(await call('agent-a', 'getDashboard', { segment: { project: 'HR' } })).toMatchObject({
      error: { status: 403, code: 'forbidden' },
    });
  });

  it('makes an admin of whoever administers Jira, whatever their group is called', async () => {
    const { call } = await setUp();
    expect(await call('admin-x', 'getSettings', {})).toMatchObject({ value: expect.any(Object) });
    expect(await call('agent-a', 'getSettings', {})).toMatchObject({ error: { status: 403 } });
    expect(await call('licensed-user', 'getDashboard', {})).toMatchObject({ error: { status: 403 } });
  });

  it('gives per-agent scores only to that agent and to CSI managers', async () => {
    const { call } = await setUp();
    expect(await call('agent-a', 'getBreakdown', { dimension: 'agent' })).toMatchObject({
      error: { status: 403 },
    });
    expect(await call('agent-a', 'getDashboard', { segment: { agent: 'agent-b' } })).toMatchObject({
      error: { status: 403 },
    });
    expect(await call('agent-a', 'getDashboard', { segment: { agent: 'agent-a' } })).toMatchObject({
      value: expect.any(Object),
    });
    expect(await call('csi-c', 'getBreakdown', { dimension: 'agent' })).toMatchObject({
      value: expect.any(Object),
    });
    expect(await call('admin-x', 'getDashboard', { segment: { agent: 'agent-b' } })).toMatchObject({
      value: expect.any(Object),
    });
  });
});
