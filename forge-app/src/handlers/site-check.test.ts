import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { JSM_FIELD_IDS, jiraIssue, memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { fakeJira, response } from '../jira/jira-client.fixture';
import { checkSite, type SiteCheckContext } from './site-check';

const NOW = Date.UTC(2026, 10, 2, 12);
const RESOLVED = jiraIssue({ key: 'HELP-1' });

/** A freshly installed site: one service project, JSM's fields, the migrations run, and `issues` resolved lately. */
function site(issues: unknown[], overrides: Partial<SiteCheckContext> = {}) {
  const jira = fakeJira((path) => response(200, path.startsWith('/rest/api/3/search/jql') ? { issues } : []));
  const ports = memoryPorts({ now: NOW, zoned: dateFnsZonedTime, crypto: nodeCrypto });
  const context: SiteCheckContext = {
    ports,
    jira: jira.client,
    adminId: 'admin-1',
    fields: async () => ({ requestType: JSM_FIELD_IDS.requestType }),
    serviceProjects: async () => [{ id: 10000, key: 'HELP' }],
    webTriggerUrl: async () => 'https://example.com/x/one-click',
    migrations: async () => ({ applied: ['v001'], expected: ['v001'] }),
    ...overrides,
  };
  return { jira, ports, context };
}

const statuses = (checks: readonly { id: string; status: string }[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status]));

describe('checkSite', () => {
  it('passes on a site whose latest resolution reached XLoop, and writes nothing', async () => {
    const { jira, ports, context } = site([RESOLVED]);
    ports.surveys.save(
      {
        id: 'jira:HELP-1@x',
        ticketId: 'jira:HELP-1',
        resolutionKey: 'jira:HELP-1@x',
        kind: 'request',
        requester: { id: 'customer-1' },
        segment: {},
        state: 'scheduled',
        resolvedAt: 0,
        sendAt: 0,
        reasons: [],
      },
      undefined,
    );
    expect(statuses(await checkSite(context))).toEqual({
      scopes: 'pass',
      'service-projects': 'pass',
      'jsm-csat': 'manual',
      'web-trigger': 'pass',
      storage: 'pass',
      trigger: 'pass',
      'dry-run': 'pass',
    });
    expect(jira.calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('says what to fix: no service project, migrations missing, a resolution whose event never came', async () => {
    const { context } = site([RESOLVED], {
      serviceProjects: async () => [],
      migrations: async () => ({ applied: [], expected: ['v001'] }),
    });
    const checks = await checkSite(context);
    expect(statuses(checks)).toMatchObject({ 'service-projects': 'fail', storage: 'fail', trigger: 'fail' });
    for (const failed of checks.filter((c) => c.status === 'fail')) expect(failed.fix).toBeTruthy();
  });

  it('leaves the trigger and dry run to the admin without a recent resolution, and sends the test only when asked', async () => {
    const quiet = site([]);
    expect(statuses(await checkSite(quiet.context))).toMatchObject({
      trigger: 'manual',
      'dry-run': 'manual',
    });
    const asked = site([RESOLVED], { sendTest: true });
    const checks = await checkSite(asked.context);
    expect(checks.at(-1)).toMatchObject({ id: 'test-invitation', status: 'pass' });
    expect(asked.jira.calls.at(-1)).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/issue/HELP-1/notify',
      body: { to: { users: [{ accountId: 'admin-1' }] } },
    });
  });
});
