import type { Role } from '@xloop/shared-core';
import type { JiraClient } from './jira/jira-client';

/** Which Jira groups make which role; everyone signed in is at least a customer of their own requests. */
export interface RoleGroups {
  readonly agent: readonly string[];
  readonly csiManager: readonly string[];
  readonly admin: readonly string[];
}

export const DEFAULT_ROLE_GROUPS: RoleGroups = {
  agent: ['jira-servicemanagement-users', 'jira-servicedesk-users'],
  csiManager: ['xloop-csi-managers'],
  admin: ['jira-admins', 'site-admins', 'administrators'],
};

/**
 * A user's roles from their Jira groups (`GET /rest/api/3/user/groups`), decided in the backend so a UI can never
 * grant itself more. Admins may also manage initiatives and read everything.
 */
export async function rolesFor(
  jira: JiraClient,
  accountId: string,
  groups: RoleGroups = DEFAULT_ROLE_GROUPS,
): Promise<Role[]> {
  const member = await jira.get<{ name?: string }[]>(
    `/rest/api/3/user/groups?accountId=${encodeURIComponent(accountId)}`,
  );
  const names = new Set(member.map((g) => g.name ?? ''));
  const inAny = (list: readonly string[]) => list.some((name) => names.has(name));
  const roles: Role[] = ['customer'];
  if (inAny(groups.agent) || inAny(groups.csiManager) || inAny(groups.admin)) roles.push('agent');
  if (inAny(groups.csiManager) || inAny(groups.admin)) roles.push('csi-manager');
  if (inAny(groups.admin)) roles.push('admin');
  return roles;
}
