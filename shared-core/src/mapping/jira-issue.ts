import type { Segment } from '../model/segment';
import type { Ticket } from '../model/ticket';

/** The system fields the adapter reads: `GET /rest/api/3/issue/{key}?fields=…`. */
export const JIRA_ISSUE_FIELDS = [
  'issuetype',
  'reporter',
  'assignee',
  'priority',
  'components',
  'resolution',
  'resolutiondate',
  'created',
  'status',
  'customfield_10010',
];

/** JSM's own fields, whose ids differ between sites and are found by their type (`GET /rest/api/3/field`). */
export interface ServiceDeskFields {
  /** "Customer Request Type" (`com.atlassian.servicedesk:vp-origin`). */
  readonly requestType?: string;
  /** "Organizations" (`com.atlassian.servicedesk:sd-customer-organizations`): the MSP customer. */
  readonly organizations?: string;
}

/** Finds JSM's field ids in a `GET /rest/api/3/field` answer. */
export function serviceDeskFields(
  fields: readonly { id?: string; schema?: { custom?: string } }[],
): ServiceDeskFields {
  const find = (custom: string) => fields.find((f) => f.schema?.custom === custom)?.id;
  const requestType = find('com.atlassian.servicedesk:vp-origin');
  const organizations = find('com.atlassian.servicedesk:sd-customer-organizations');
  return { ...(requestType ? { requestType } : {}), ...(organizations ? { organizations } : {}) };
}

interface User {
  readonly accountId?: string;
  readonly accountType?: string;
  readonly emailAddress?: string;
  readonly displayName?: string;
  readonly timeZone?: string;
  readonly locale?: string;
}

/** An issue as `GET /rest/api/3/issue/{key}` returns it (`IssueBean`), the parts XLoop reads. */
export interface JiraIssue {
  readonly id?: string;
  readonly key: string;
  readonly fields: {
    readonly created?: string;
    readonly issuetype?: { readonly name?: string } | null;
    readonly reporter?: User | null;
    readonly assignee?: User | null;
    readonly priority?: { readonly name?: string } | null;
    readonly components?: readonly { readonly name?: string }[];
    readonly resolution?: { readonly name?: string } | null;
    readonly resolutiondate?: string | null;
    readonly status?: { readonly statusCategory?: { readonly key?: string } } | null;
    /** JSM's fields under their site-specific ids (see `serviceDeskFields`). */
    readonly [custom: string]: unknown;
  };
}

const time = (value: string | null | undefined) => {
  const parsed = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
};

/**
 * The ticket a Jira issue (`IssueBean`) is now, for every adapter that reads Jira: the Forge app's live events and
 * the sandbox's imports. Pure data mapping, no call to Jira.
 *
 * The ticket an issue is now: resolved while it has a resolution date and a done status category, open otherwise.
 * The reporter is the requester (apps are service accounts), the assignee the agent, the first component the
 * service; issue types named like "incident" are incidents, the rest requests.
 */
export function jiraIssueTicket(
  issue: JiraIssue,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Ticket | undefined {
  const f = issue.fields;
  const created = time(f.created);
  const reporter = f.reporter;
  if (created === undefined || !reporter?.accountId) return undefined;
  const typeName = f.issuetype?.name ?? '';
  const requestType = jsm.requestType
    ? (f[jsm.requestType] as { requestType?: { name?: string } } | null)?.requestType?.name
    : undefined;
  const organization = jsm.organizations
    ? (f[jsm.organizations] as { name?: string }[] | null)?.[0]?.name
    : undefined;
  const segment: Segment = {
    ...(f.components?.[0]?.name ? { service: f.components[0].name } : {}),
    ...(f.priority?.name ? { priority: f.priority.name } : {}),
    ...(typeName ? { category: typeName } : {}),
    ...(organization ? { customer: organization } : {}),
  };
  const resolvedAt = time(f.resolutiondate);
  const done = f.status?.statusCategory?.key === 'done';
  return {
    id: `${site}:${issue.key}`,
    kind: /incident/i.test(typeName) ? 'incident' : 'request',
    title: issue.key,
    requester: {
      id: reporter.accountId,
      ...(reporter.emailAddress ? { email: reporter.emailAddress } : {}),
      ...(reporter.displayName ? { displayName: reporter.displayName } : {}),
      ...(reporter.timeZone ? { timeZone: reporter.timeZone } : {}),
      ...(reporter.locale ? { locale: reporter.locale } : {}),
      ...(reporter.accountType === 'app' ? { isServiceAccount: true } : {}),
    },
    ...(f.assignee?.accountId ? { agentId: f.assignee.accountId } : {}),
    status: resolvedAt !== undefined && done ? 'resolved' : 'open',
    ...(f.resolution?.name ? { resolutionCode: f.resolution.name } : {}),
    ...(requestType ? { requestType } : {}),
    segment,
    createdAt: created,
    ...(resolvedAt !== undefined && done ? { resolvedAt } : {}),
  };
}
