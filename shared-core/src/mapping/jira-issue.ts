import type { Segment } from '../model/segment';
import type { Ticket } from '../model/ticket';
import { err, ok, type Result } from '../result';
import {
  type JiraStatus,
  jiraInstant,
  jiraResolutionState,
  jiraResolved,
  jiraResolvedAt,
} from './jira-resolution';
import { type JiraUser, jiraRequester, jiraUserId, jiraUserProblem } from './jira-user';

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
  'statuscategorychangedate',
  'project',
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

/** An issue as `GET /rest/api/3/issue/{key}` returns it (`IssueBean`), the parts XLoop reads. */
export interface JiraIssue {
  readonly id?: string;
  readonly key: string;
  readonly fields: {
    readonly created?: string;
    readonly issuetype?: { readonly name?: string } | null;
    readonly reporter?: JiraUser | null;
    readonly assignee?: JiraUser | null;
    readonly priority?: { readonly name?: string } | null;
    readonly components?: readonly { readonly name?: string }[];
    /** The project, whose key is the `project` dimension: agents see the projects they browse. */
    readonly project?: { readonly key?: string } | null;
    readonly resolution?: { readonly name?: string } | null;
    readonly resolutiondate?: string | null;
    readonly status?: JiraStatus | null;
    /** "Status Category Changed": when the issue last moved into another status category. */
    readonly statuscategorychangedate?: string | null;
    /** JSM's fields under their site-specific ids (see `serviceDeskFields`). */
    readonly [custom: string]: unknown;
  };
}

/**
 * The ticket a Jira issue (`IssueBean`) is now, for every adapter that reads Jira: the Forge app's live events and
 * the sandbox's imports. Pure data mapping, no call to Jira; an issue that is no ticket is an error naming the
 * field.
 *
 * The ticket is resolved while the issue is (`jiraResolved`: a resolution set, or a Done-category status without
 * one) and Jira says since when (`jiraResolvedAt`), open otherwise. The reporter is the requester (apps are service
 * accounts), the assignee the agent, both identified by `jiraUserId`; the first component is the service and the
 * project key the project; issue types named like "incident" are incidents, the rest requests.
 * @example readJiraIssue(issue, jsm) // { ok: true, value: { id: 'jira:SD-7', status: 'resolved', … } }
 */
export function readJiraIssue(
  issue: JiraIssue,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Result<Ticket, string> {
  const f = issue.fields;
  if (typeof f !== 'object' || f === null) return err('fields are required');
  const created = jiraInstant(f.created);
  if (created === undefined) return err('fields.created is missing or not a time');
  const reporter = f.reporter;
  const problem =
    jiraUserProblem('fields.reporter', reporter) ?? jiraUserProblem('fields.assignee', f.assignee, true);
  const requester = jiraRequester(reporter);
  if (problem !== undefined || requester === undefined) return err(problem ?? 'fields.reporter is missing');
  const agentId = jiraUserId(f.assignee);
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
    ...(f.project?.key ? { project: f.project.key } : {}),
  };
  const resolvedAt = jiraResolved(jiraResolutionState(f)) ? jiraResolvedAt(f) : undefined;
  return ok({
    id: `${site}:${issue.key}`,
    kind: /incident/i.test(typeName) ? 'incident' : 'request',
    title: issue.key,
    requester,
    ...(agentId !== undefined ? { agentId } : {}),
    status: resolvedAt !== undefined ? 'resolved' : 'open',
    ...(resolvedAt !== undefined && f.resolution?.name ? { resolutionCode: f.resolution.name } : {}),
    ...(requestType ? { requestType } : {}),
    segment,
    createdAt: created,
    ...(resolvedAt !== undefined ? { resolvedAt } : {}),
  });
}

/**
 * `readJiraIssue` without the reason: the ticket, or undefined for an issue that is no ticket.
 * @example jiraIssueTicket(issue, jsm, 'acme')?.id // 'acme:SD-7'
 */
export function jiraIssueTicket(
  issue: JiraIssue,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Ticket | undefined {
  const read = readJiraIssue(issue, jsm, site);
  return read.ok ? read.value : undefined;
}
