import type { BuiltRecord } from './built-app';
import { recordsOf } from './built-app';

/**
 * ServiceNow's record ACL evaluation over the records the build wrote, so tests can ask "may this user do this to
 * this row" of the ACLs that would be installed. As the platform documents it:
 * - An ACL matches an operation on a table (`name` = table) or on a field (`table.field`, else `table.*`).
 * - A user passes one ACL when they hold one of its roles (none listed: anyone), its condition holds and its
 *   script sets `answer` true; an admin passes an ACL whose `admin_overrides` is true without further checks.
 * - Deny-Unless ACLs are checked first: failing any one denies. Then at least one Allow-If ACL must pass.
 * - Where no ACL of the table matches, the wildcard table rule (`*`) decides: with default deny, "The wildcard table
 *   ACL rules restrict … unless the user has the admin role", so an admin passes and nobody else does. Where no ACL
 *   of the field matches, the table's answer stands.
 * - A field operation needs the table's answer and the field's.
 * Role containment comes from `sys_user_role_contains`. Scripts run as written, with `current` and `gs` stand-ins.
 */
export interface AclUser {
  readonly id: string;
  /** Roles as assigned; `admin` has every role. */
  readonly roles: readonly string[];
}

export type Operation = 'read' | 'write' | 'create' | 'delete';

export function aclEvaluator(records: readonly BuiltRecord[]) {
  const acls = recordsOf(records, 'sys_security_acl').filter((a) => a.fields.type === 'record');
  const roleName = new Map(recordsOf(records, 'sys_user_role').map((r) => [r.fields.sys_id, r.fields.name]));
  const aclRoles = new Map<string, string[]>();
  for (const link of recordsOf(records, 'sys_security_acl_role')) {
    const acl = link.fields.sys_security_acl ?? '';
    aclRoles.set(acl, [...(aclRoles.get(acl) ?? []), roleName.get(link.fields.sys_user_role) ?? '']);
  }
  const contains = recordsOf(records, 'sys_user_role_contains').map((c) => ({
    role: roleName.get(c.fields.role) ?? '',
    contains: roleName.get(c.fields.contains) ?? '',
  }));
  const effectiveRoles = (user: AclUser) => {
    const held = new Set(user.roles);
    for (let grown = true; grown; ) {
      grown = false;
      for (const c of contains)
        if (held.has(c.role) && !held.has(c.contains)) {
          held.add(c.contains);
          grown = true;
        }
    }
    return held;
  };

  const passes = (acl: BuiltRecord, user: AclUser, row: Record<string, string>) => {
    const roles = effectiveRoles(user);
    const isAdmin = roles.has('admin');
    if (isAdmin && acl.fields.admin_overrides !== 'false') return true;
    const needed = aclRoles.get(acl.fields.sys_id ?? '') ?? [];
    if (needed.length > 0 && !isAdmin && !needed.some((r) => roles.has(r))) return false;
    if (acl.fields.condition)
      throw new Error(`ACL conditions are not evaluated here: ${acl.fields.condition}`);
    const script = acl.fields.script;
    if (acl.fields.advanced === 'true' && script) {
      const current = { getValue: (field: string) => row[field] ?? null };
      const gs = { getUserID: () => user.id, hasRole: (role: string) => isAdmin || roles.has(role) };
      const answer = new Function('current', 'gs', `var answer; ${script}; return answer;`)(current, gs);
      return answer === true;
    }
    return true;
  };

  /** `undefined` when no ACL matches this name and operation. */
  const decide = (name: string, operation: Operation, user: AclUser, row: Record<string, string>) => {
    const matching = acls.filter(
      (a) => a.fields.name === name && a.fields.operation === operation && a.fields.active !== 'false',
    );
    if (matching.length === 0) return undefined;
    const denies = matching.filter((a) => a.fields.decision_type === 'deny');
    if (denies.some((a) => !passes(a, user, row))) return false;
    const allows = matching.filter((a) => a.fields.decision_type !== 'deny');
    if (allows.length === 0) return true;
    return allows.some((a) => passes(a, user, row));
  };

  return {
    /** Whether the user may do the operation to the row (and to `field` of it, if given). */
    can(
      user: AclUser,
      operation: Operation,
      table: string,
      row: Record<string, string> = {},
      field?: string,
    ) {
      const onTable = decide(table, operation, user, row) ?? effectiveRoles(user).has('admin');
      if (!onTable) return false;
      if (field === undefined) return true;
      const onField =
        decide(`${table}.${field}`, operation, user, row) ?? decide(`${table}.*`, operation, user, row);
      return onField !== false;
    },
  };
}
