import { describe, expect, it } from 'vitest';
import { conformance, schemaProblems } from './jira-openapi';
import { jiraAdmin, jsmAgent, type PermissionRule, permissionsCheck } from './jira-permissions';

// The fake of `POST /rest/api/3/permissions/check` asked as the app asks it (`BulkPermissionsRequestBean`), and
// answering as Jira documents it (`BulkPermissionGrants`): only what was asked, and of that only what is held.
const CHECK = '/rest/api/3/permissions/check';

/** The fake's answer to `body`, with the body and the answer both held to Jira's OpenAPI document. */
function check(rules: readonly PermissionRule[], body: Record<string, unknown>) {
  expect(schemaProblems('BulkPermissionsRequestBean', body)).toEqual([]);
  const answer = permissionsCheck(rules, body);
  expect(conformance('POST', CHECK, answer)).toEqual([]);
  return answer;
}

describe('the fake of Jira’s permission check', () => {
  const site = [
    jiraAdmin('admin-1'),
    jsmAgent('agent-all', 'all'),
    jsmAgent('agent-some', [10000], [20001]),
    jsmAgent((accountId) => accountId.startsWith('contractor-'), { except: [10001] }),
    { who: ['admin-1', 'agent-some'], global: ['USER_PICKER'] },
  ];
  const projects = {
    permissions: ['SERVICEDESK_AGENT', 'BROWSE_PROJECTS'],
    projects: [10000, 10001, 10002],
    issues: [20001, 20002],
  };

  it('answers the global permissions asked that the account holds, from every rule about it', () => {
    expect(
      check(site, { accountId: 'admin-1', globalPermissions: ['ADMINISTER', 'USER_PICKER', 'SYSTEM_ADMIN'] }),
    ).toEqual({ globalPermissions: ['ADMINISTER', 'USER_PICKER'], projectPermissions: [] });
    expect(
      check(site, { accountId: 'agent-some', globalPermissions: ['ADMINISTER', 'USER_PICKER'] }),
    ).toEqual({
      globalPermissions: ['USER_PICKER'],
      projectPermissions: [],
    });
    expect(check(site, { accountId: 'customer-1', globalPermissions: ['ADMINISTER'] })).toEqual({
      globalPermissions: [],
      projectPermissions: [],
    });
  });

  it("answers a project permission held on 'all' on every project asked about", () => {
    expect(check(site, { accountId: 'agent-all', projectPermissions: [projects] })).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'SERVICEDESK_AGENT', projects: [10000, 10001, 10002], issues: [] },
        { permission: 'BROWSE_PROJECTS', projects: [10000, 10001, 10002], issues: [] },
      ],
    });
  });

  it('answers a project permission held on a list of ids on those projects and issues only', () => {
    expect(check(site, { accountId: 'agent-some', projectPermissions: [projects] })).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'SERVICEDESK_AGENT', projects: [10000], issues: [] },
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [20001] },
      ],
    });
  });

  it('answers a project permission held with exceptions on every project asked about but those', () => {
    expect(check(site, { accountId: 'contractor-7', projectPermissions: [projects] })).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'SERVICEDESK_AGENT', projects: [10000, 10002], issues: [] },
        { permission: 'BROWSE_PROJECTS', projects: [10000, 10002], issues: [] },
      ],
    });
  });

  it('answers every permission asked, empty where none is held, and nothing that was not asked', () => {
    expect(
      check(site, {
        accountId: 'customer-1',
        globalPermissions: ['ADMINISTER'],
        projectPermissions: [{ permissions: ['SERVICEDESK_AGENT'], projects: [10000] }],
      }),
    ).toEqual({
      globalPermissions: [],
      projectPermissions: [{ permission: 'SERVICEDESK_AGENT', projects: [], issues: [] }],
    });
    expect(check(site, { accountId: 'admin-1' })).toEqual({ globalPermissions: [], projectPermissions: [] });
  });
});
