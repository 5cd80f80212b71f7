import { describe, expect, it } from 'vitest';
import { fakeJira, response } from './jira/jira-client.fixture';
import { scopeOf, standing } from './roles';

const CHECK = '/rest/api/3/permissions/check';

/** A Jira answering the permission check with `grants` and the group look-up with `groups`. */
const jiraWith = (grants: unknown, groups: readonly string[] = []) =>
  fakeJira((path) =>
    response(200, path === CHECK ? grants : groups.map((name) => ({ name, groupId: name }))),
  );

const projectGrants = (permission: string, projects: number[], issues: number[] = []) => ({
  permission,
  projects,
  issues,
});

describe('standing', () => {
  it('makes a portal call, or an unlicensed or customer account, a customer without asking Jira', async () => {
    for (const caller of [
      { accountId: 'c1', moduleKey: 'rate-request' },
      { accountId: 'c2', accountType: 'customer' },
      { accountId: 'c3', accountType: 'unlicensed' },
    ]) {
      const jira = jiraWith({ globalPermissions: ['ADMINISTER'] });
      expect(await standing(jira.client, caller, [10000])).toEqual({
        roles: ['customer'],
        agentProjects: [],
        browsedProjects: [],
      });
      expect(jira.calls).toEqual([]);
    }
  });

  it('asks once for the agent and browse grants of the service projects and the context issue', async () => {
    const jira = jiraWith({
      globalPermissions: [],
      projectPermissions: [
        projectGrants('SERVICEDESK_AGENT', [10000]),
        projectGrants('BROWSE_PROJECTS', [10000, 10001], [42]),
      ],
    });
    const caller = { accountId: 'a1', issue: { id: '42', key: 'HELP-1' } };
    expect(await standing(jira.client, caller, [10000, 10001])).toEqual({
      roles: ['customer', 'agent'],
      agentProjects: [10000],
      browsedProjects: [10000, 10001],
      browsesIssue: true,
    });
    expect(jira.calls[0]).toEqual({
      method: 'POST',
      path: CHECK,
      body: {
        accountId: 'a1',
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [
          { permissions: ['SERVICEDESK_AGENT', 'BROWSE_PROJECTS'], projects: [10000, 10001] },
          { permissions: ['BROWSE_PROJECTS'], issues: [42] },
        ],
      },
    });
    // Not an admin: the CSI manager group is looked up.
    expect(jira.calls[1]?.path).toBe('/rest/api/3/user/groups?accountId=a1');
  });

  it('makes an admin a CSI manager and an agent too, without a group look-up', async () => {
    const jira = jiraWith({ globalPermissions: ['ADMINISTER'], projectPermissions: [] });
    expect((await standing(jira.client, { accountId: 'x' }, [])).roles).toEqual([
      'customer',
      'agent',
      'csi-manager',
      'admin',
    ]);
    expect(jira.calls).toHaveLength(1);
  });

  it('makes a member of the configured group a CSI manager', async () => {
    const jira = jiraWith({ globalPermissions: [], projectPermissions: [] }, ['xloop-csi-managers']);
    expect((await standing(jira.client, { accountId: 'm1' }, [10000])).roles).toEqual([
      'customer',
      'agent',
      'csi-manager',
    ]);
    const other = jiraWith({ globalPermissions: [], projectPermissions: [] }, ['jira-users']);
    expect((await standing(other.client, { accountId: 'm2' }, [10000])).roles).toEqual(['customer']);
  });

  it('reads grant lists Jira leaves out as granting nothing, and an issue it does not grant as not browsed', async () => {
    const jira = jiraWith({});
    expect(
      await standing(jira.client, { accountId: 'a2', issue: { id: '7', key: 'HELP-7' } }, [10000]),
    ).toEqual({ roles: ['customer'], agentProjects: [], browsedProjects: [], browsesIssue: false });
  });
});

describe('scopeOf', () => {
  const projects = [
    { id: 10000, key: 'HELP' },
    { id: 10001, key: 'IT' },
  ];

  it('shows CSI managers and admins everything', () => {
    for (const role of ['csi-manager', 'admin'] as const)
      expect(
        scopeOf({ roles: ['customer', role], agentProjects: [], browsedProjects: [] }, projects),
      ).toBeUndefined();
  });

  it('shows an agent the projects where they are an agent and browse, known ones only', () => {
    const agent = {
      roles: ['customer' as const, 'agent' as const],
      agentProjects: [10000, 10001, 10002],
      browsedProjects: [10000, 10002],
    };
    expect(scopeOf(agent, projects)).toEqual({ dimension: 'project', values: ['HELP'] });
  });
});
