// One fake of Jira's `POST /rest/api/3/permissions/check`, answering from declared rules: who holds which global
// permission, and which project permission on which projects and issues. Every test site that the app asks about
// people (unit stubs, the journey, e2e's sites) answers through it.

/** The projects or issues a permission is held on: these ids, every one asked about, or all but these. */
export type PermissionScope = readonly number[] | 'all' | { readonly except: readonly number[] };

/** Who a rule is about: one account, several, or any account a predicate picks. */
export type Holder = string | readonly string[] | ((accountId: string) => boolean);

/** One declared rule; an account holds what any rule about it grants. */
export interface PermissionRule {
  readonly who: Holder;
  /** Global permissions held, e.g. `ADMINISTER`. */
  readonly global?: readonly string[];
  /** Project permission (e.g. `SERVICEDESK_AGENT`, `BROWSE_PROJECTS`) → the projects it is held on. */
  readonly projects?: Readonly<Record<string, PermissionScope>>;
  /** Project permission (e.g. `BROWSE_PROJECTS`) → the issues it is held on. */
  readonly issues?: Readonly<Record<string, PermissionScope>>;
}

/** An administrator of Jira (`ADMINISTER`). */
export const jiraAdmin = (who: Holder): PermissionRule => ({ who, global: ['ADMINISTER'] });

/**
 * A JSM agent of `projects` (`SERVICEDESK_AGENT`), browsing those projects and `issues` (`BROWSE_PROJECTS`).
 * @example jsmAgent('agent-1', [10000], [10042])
 */
export const jsmAgent = (
  who: Holder,
  projects: PermissionScope,
  issues: PermissionScope = [],
): PermissionRule => ({
  who,
  projects: { SERVICEDESK_AGENT: projects, BROWSE_PROJECTS: projects },
  issues: { BROWSE_PROJECTS: issues },
});

const holds = (who: Holder, accountId: string) =>
  typeof who === 'function'
    ? who(accountId)
    : typeof who === 'string'
      ? who === accountId
      : who.includes(accountId);

const within = (scope: PermissionScope | undefined, id: number) =>
  scope === undefined
    ? false
    : scope === 'all'
      ? true
      : 'except' in scope
        ? !scope.except.includes(id)
        : (scope as readonly number[]).includes(id);

/**
 * The permission check's answer (`BulkPermissionGrants`) to one request body (`BulkPermissionsRequestBean`): the
 * global permissions asked that the account holds, and per project permission asked, the projects and issues asked
 * on which it holds it.
 * @example permissionsCheck([jiraAdmin('admin-1')], { accountId: 'admin-1', globalPermissions: ['ADMINISTER'] })
 * // { globalPermissions: ['ADMINISTER'], projectPermissions: [] }
 */
export function permissionsCheck(rules: readonly PermissionRule[], body: unknown) {
  const asked = (body ?? {}) as {
    accountId?: string;
    globalPermissions?: string[];
    projectPermissions?: { permissions: string[]; projects?: number[]; issues?: number[] }[];
  };
  const mine = rules.filter((rule) => holds(rule.who, asked.accountId ?? ''));
  return {
    globalPermissions: (asked.globalPermissions ?? []).filter((p) =>
      mine.some((rule) => rule.global?.includes(p)),
    ),
    projectPermissions: (asked.projectPermissions ?? []).flatMap((entry) =>
      entry.permissions.map((permission) => ({
        permission,
        projects: (entry.projects ?? []).filter((id) =>
          mine.some((rule) => within(rule.projects?.[permission], id)),
        ),
        issues: (entry.issues ?? []).filter((id) =>
          mine.some((rule) => within(rule.issues?.[permission], id)),
        ),
      })),
    ),
  };
}
