import type { Requester } from '../model/ticket';

/**
 * A Jira user as the REST API and exports carry it (`User`, `UserDetails`). Jira Cloud identifies users by
 * `accountId`; Jira Data Center, Server and exports from older Cloud sites by `key` and `name`, often with
 * `emailAddress`. One export may hold both shapes.
 */
export interface JiraUser {
  readonly accountId?: string;
  readonly accountType?: string;
  readonly key?: string;
  readonly name?: string;
  readonly emailAddress?: string;
  readonly displayName?: string;
  readonly timeZone?: string;
  readonly locale?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The one identity XLoop gives a Jira user, as requester or agent, whatever the export's shape: the `accountId` as
 * it is (so a Cloud user is the same person in live events, imports and the Forge app's sign-in); else
 * `jira:key:<key>` (Data Center's stable user key), else `jira:name:<name>`, else `jira:email:<emailAddress>` in
 * lower case. Account ids never start with `jira:`, so the two kinds cannot collide. Undefined for a user Jira
 * gave none of these.
 * @example jiraUserId({ key: 'JIRAUSER10100', name: 'anna' }) // 'jira:key:JIRAUSER10100'
 */
export function jiraUserId(user: JiraUser | null | undefined): string | undefined {
  if (typeof user !== 'object' || user === null) return undefined;
  const accountId = text(user.accountId);
  if (accountId !== undefined) return accountId;
  const key = text(user.key);
  if (key !== undefined) return `jira:key:${key}`;
  const name = text(user.name);
  if (name !== undefined) return `jira:name:${name}`;
  const email = text(user.emailAddress);
  return email !== undefined ? `jira:email:${email.toLowerCase()}` : undefined;
}

/**
 * The requester a Jira user is, with what Jira tells of them; undefined for a user Jira identifies by nothing.
 * Apps' accounts are service accounts, never surveyed.
 * @example jiraRequester({ accountId: 'a1', displayName: 'Anna', timeZone: 'Europe/Helsinki' }) // { id: 'a1', … }
 */
export function jiraRequester(user: JiraUser | null | undefined): Requester | undefined {
  const id = jiraUserId(user);
  if (id === undefined || !user) return undefined;
  return {
    id,
    ...(user.emailAddress ? { email: user.emailAddress } : {}),
    ...(user.displayName ? { displayName: user.displayName } : {}),
    ...(user.timeZone ? { timeZone: user.timeZone } : {}),
    ...(user.locale ? { locale: user.locale } : {}),
    ...(user.accountType === 'app' ? { isServiceAccount: true } : {}),
  };
}

/**
 * Why a user field cannot identify anyone, naming the field; undefined when it can (or is empty and `optional`).
 * @example jiraUserProblem('fields.reporter', { displayName: 'Anna' }) // 'fields.reporter has no accountId, key, …'
 */
export function jiraUserProblem(field: string, user: unknown, optional = false): string | undefined {
  if (user === undefined || user === null) return optional ? undefined : `${field} is missing`;
  return jiraUserId(user as JiraUser) === undefined
    ? `${field} has no accountId, key, name or emailAddress`
    : undefined;
}
