import type { Role, Scope } from '@xloop/shared-core';
import type { JiraClient } from './jira/jira-client';

/**
 * The one role Jira has no permission for: CSI managers, by group. Agents and admins come from Jira's own
 * permissions (`POST /rest/api/3/permissions/check`), so no group name is needed for them; `agent` and `admin`
 * are kept only so older saved settings still read.
 */
export interface RoleGroups {
  readonly agent?: readonly string[];
  readonly csiManager: readonly string[];
  readonly admin?: readonly string[];
}

export const DEFAULT_ROLE_GROUPS: RoleGroups = { csiManager: ['xloop-csi-managers'] };

/** What Forge says about the call, from the invocation context (never from the UI's payload). */
export interface InvocationCaller {
  readonly accountId: string;
  /** `licensed`, `unlicensed`, `customer` or `anonymous`, where the platform says. */
  readonly accountType?: string;
  /** The module the call came from, e.g. `rate-request` (the portal panel). */
  readonly moduleKey?: string;
  /** The issue the module shows, from `context.extension`. */
  readonly issue?: { readonly id?: string; readonly key: string };
}

/** Modules only requesters use: a call from one of them needs no role look-up. */
export const PORTAL_MODULES: readonly string[] = ['rate-request'];
const UNLICENSED = ['unlicensed', 'customer', 'anonymous'];

/** A caller's standing: roles, the service projects they are an agent in, and whether they may browse the issue. */
export interface Standing {
  readonly roles: Role[];
  /** Service project ids where the caller has JSM's agent permission (`SERVICEDESK_AGENT`). */
  readonly agentProjects: readonly number[];
  /** Service project ids the caller may browse (`BROWSE_PROJECTS`): what their dashboards may show. */
  readonly browsedProjects: readonly number[];
  /** Whether the caller may browse the issue of the invocation context (undefined without one). */
  readonly browsesIssue?: boolean;
}

interface PermissionGrants {
  readonly globalPermissions: readonly string[];
  readonly projectPermissions: readonly {
    readonly permission: string;
    readonly projects: readonly number[];
    readonly issues: readonly number[];
  }[];
}

/**
 * A caller's roles, decided in the backend so a UI can never grant itself more:
 * - a portal call, or an unlicensed or customer account, is a customer of their own requests, with no Jira call
 *   (group and permission look-ups may be refused for them);
 * - otherwise one `POST /rest/api/3/permissions/check` as the user: *Administer Jira* (`ADMINISTER`) makes an admin,
 *   JSM's agent permission on a service project an agent, *Browse projects* on the context's issue lets them read it,
 *   and the service projects where they are an agent and browse bound what their dashboards show (`scopeOf`);
 * - CSI managers are admins and members of the configured groups (`GET /rest/api/3/user/groups`, licensed users only).
 * @example await standing(userJira, { accountId: 'a1' }, [10000], groups) // { roles: ['customer', 'agent'], … }
 */
export async function standing(
  userJira: JiraClient,
  caller: InvocationCaller,
  serviceProjects: readonly number[],
  groups: RoleGroups = DEFAULT_ROLE_GROUPS,
  appJira: JiraClient = userJira,
): Promise<Standing> {
  if (
    (caller.moduleKey !== undefined && PORTAL_MODULES.includes(caller.moduleKey)) ||
    (caller.accountType !== undefined && UNLICENSED.includes(caller.accountType))
  )
    return { roles: ['customer'], agentProjects: [], browsedProjects: [] };
  const issueId = caller.issue?.id !== undefined ? Number(caller.issue.id) : undefined;
  const grants = await userJira.post<PermissionGrants>('/rest/api/3/permissions/check', {
    accountId: caller.accountId,
    globalPermissions: ['ADMINISTER'],
    projectPermissions: [
      ...(serviceProjects.length > 0
        ? [
            {
              permissions: ['SERVICEDESK_AGENT', 'BROWSE_PROJECTS'],
              projects: serviceProjects.slice(0, 1000),
            },
          ]
        : []),
      ...(issueId !== undefined && Number.isInteger(issueId)
        ? [{ permissions: ['BROWSE_PROJECTS'], issues: [issueId] }]
        : []),
    ],
  });
  // A grant list Jira leaves out grants nothing.
  const global = Array.isArray(grants?.globalPermissions) ? grants.globalPermissions : [];
  const project = Array.isArray(grants?.projectPermissions) ? grants.projectPermissions : [];
  const admin = global.includes('ADMINISTER');
  // One grant per permission is what Jira answers; several are read as their union all the same.
  const granted = (permission: string, of: 'projects' | 'issues'): number[] => [
    ...new Set(
      project.filter((grant) => grant.permission === permission).flatMap((grant) => grant[of] ?? []),
    ),
  ];
  const agentProjects = granted('SERVICEDESK_AGENT', 'projects');
  const browsedProjects = granted('BROWSE_PROJECTS', 'projects');
  const browsesIssue =
    issueId === undefined ? undefined : granted('BROWSE_PROJECTS', 'issues').includes(issueId);
  let csiManager = admin;
  if (!csiManager && groups.csiManager.length > 0) {
    const member = await appJira.get<{ name?: string }[]>(
      `/rest/api/3/user/groups?accountId=${encodeURIComponent(caller.accountId)}`,
    );
    csiManager = member.some((group) => groups.csiManager.includes(group.name ?? ''));
  }
  const roles: Role[] = ['customer'];
  if (admin || csiManager || agentProjects.length > 0) roles.push('agent');
  if (admin || csiManager) roles.push('csi-manager');
  if (admin) roles.push('admin');
  return { roles, agentProjects, browsedProjects, ...(browsesIssue !== undefined ? { browsesIssue } : {}) };
}

/**
 * What the caller's dashboards may show: everything for CSI managers and admins, else the service projects they
 * are an agent in and browse, by the project keys tickets carry. Browse alone is not enough: JSM grants it to the
 * customers of a project through its portal-access security type, and an agent of one project may be a customer of
 * another. A project Jira grants but the daily cache does not know yet is left
 * out until the cache knows it, never shown under a guessed key.
 * @example scopeOf(standing, [{ id: 10000, key: 'HELP' }]) // { dimension: 'project', values: ['HELP'] }
 */
export function scopeOf(
  standing: Pick<Standing, 'roles' | 'agentProjects' | 'browsedProjects'>,
  projects: readonly { readonly id: number; readonly key: string }[],
): Scope | undefined {
  if (standing.roles.includes('csi-manager') || standing.roles.includes('admin')) return undefined;
  const agent = new Set(standing.agentProjects);
  const browsed = new Set(standing.browsedProjects);
  const seen = projects.filter((p) => agent.has(p.id) && browsed.has(p.id));
  return { dimension: 'project', values: seen.map((p) => p.key) };
}
