import { onTicketEvent, type Ports } from '@xloop/shared-core';
import {
  JIRA_ISSUE_FIELDS,
  type JiraIssue,
  type JiraStatus,
  jiraIssueChange,
  type ServiceDeskFields,
} from '@xloop/shared-core/jira';
import { type JiraClient, JiraError, transientJiraError } from '../jira/jira-client';

/** One changed field of an issue event's changelog, with its values before and after (ids, and as shown). */
export interface IssueEventChange {
  readonly field?: string;
  readonly fieldId?: string;
  readonly from?: string | null;
  readonly fromString?: string | null;
  readonly to?: string | null;
  /** Only an own string counts: every object inherits a `toString` function. */
  readonly toString?: unknown;
}

/** The parts of Forge's `avi:jira:updated:issue` event XLoop reads (with the fields `payload.include` adds). */
export interface IssueEventPayload {
  readonly eventType?: string;
  readonly issue?: {
    readonly id?: string;
    readonly key?: string;
    readonly fields?: {
      readonly project?: { readonly key?: string; readonly projectTypeKey?: string } | null;
      readonly [field: string]: unknown;
    };
  };
  readonly changelog?: { readonly id?: string; readonly items?: readonly IssueEventChange[] } | null;
  /** On a status change, the statuses it moved between. */
  readonly associatedStatuses?: readonly JiraStatus[] | null;
  readonly timestamp?: number;
}

/**
 * The resolutions kept across a reopening that was only the requester answering the survey e-mail, by ticket: the
 * next resolution of that ticket counts as the same one, so nothing is cancelled or surveyed twice.
 */
export interface SurveyReplies {
  kept(ticketId: string): Promise<number | undefined>;
  keep(ticketId: string, resolvedAt: number): Promise<void>;
  forget(ticketId: string): Promise<void>;
}

/** What the trigger needs beyond the ports: JSM's field ids and the chosen service projects. */
export interface IssueEventOptions {
  /** Where a reply's kept resolution is remembered; without it a reply reopens as any update does. */
  readonly replies?: SurveyReplies;
  /** JSM's field ids, cached (see `cachedServiceDeskFields`). */
  readonly fields: () => Promise<ServiceDeskFields>;
  /** The service projects surveyed, by key; empty: every service project. */
  readonly serviceProjects?: () => Promise<readonly string[] | undefined>;
}

/** The only fields whose change can resolve or reopen a request (see the core's `jiraResolved`). */
const RESOLVING_FIELDS = ['status', 'resolution'];

/**
 * The trigger's filter (`manifest.yml`, `filter.expression`), applied again in code: Forge invokes the function when
 * the expression fails to evaluate (`onError: RECEIVE_AND_LOG`), and a replayed or swept event has no filter. A change
 * that moves neither status nor resolution, or an issue outside the chosen service projects, costs no Jira call.
 * @example unwantedIssueEvent({ changelog: { items: [{ fieldId: 'summary' }] } }) // 'neither status nor resolution changed'
 */
export function unwantedIssueEvent(
  event: IssueEventPayload,
  serviceProjects: readonly string[] = [],
): string | undefined {
  const items = event.changelog?.items;
  if (
    Array.isArray(items) &&
    !items.some((item) => RESOLVING_FIELDS.includes(item.fieldId ?? item.field ?? ''))
  )
    return 'neither status nor resolution changed';
  const project = event.issue?.fields?.project;
  if (project?.projectTypeKey !== undefined && project.projectTypeKey !== 'service_desk')
    return 'not a service project';
  if (project?.key !== undefined && serviceProjects.length > 0 && !serviceProjects.includes(project.key))
    return `project ${project.key} is not surveyed`;
  return undefined;
}

interface IssueWithProject extends JiraIssue {
  readonly fields: JiraIssue['fields'] & {
    readonly project?: { readonly key?: string; readonly projectTypeKey?: string } | null;
  };
}

/**
 * A Jira issue event: reads the issue as it is now (the event's own fields are partial) and lets the core decide.
 * Only customer requests are surveyed: an issue of a service project with a request type. Events arrive at least
 * once and out of order; the core's decisions are idempotent, so a repeat changes nothing. The event time is Jira's
 * own record of the change (the resolution date, or when the status last changed category), never the clock.
 */
export async function handleIssueEvent(
  ports: Ports,
  jira: JiraClient,
  event: IssueEventPayload,
  options: IssueEventOptions,
) {
  const key = event.issue?.key ?? event.issue?.id;
  if (!key) return { ignored: 'no issue in the event' };
  const unchanged = unwantedIssueEvent(event);
  if (unchanged) return { ignored: unchanged };
  const chosen = (await options.serviceProjects?.()) ?? [];
  const unwanted = unwantedIssueEvent(event, chosen);
  if (unwanted) return { ignored: unwanted };
  const jsm = await options.fields();
  // The manifest's `payload.include` puts the usual request-type field in the event: where it is the site's, an
  // issue without a request type is no customer request, known without reading the issue.
  const included = event.issue?.fields;
  if (jsm.requestType && included && jsm.requestType in included && !included[jsm.requestType])
    return { ignored: 'no request type: not a customer request' };
  const fields = [
    ...JIRA_ISSUE_FIELDS,
    'project',
    ...(jsm.requestType ? [jsm.requestType] : []),
    ...(jsm.organizations ? [jsm.organizations] : []),
  ];
  const issue = await jira.get<IssueWithProject>(
    `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${[...new Set(fields)].join(',')}`,
  );
  return surveyIssue(ports, issue, jsm, chosen, event, {
    jira,
    ...(options.replies ? { replies: options.replies } : {}),
  });
}

/**
 * The core's decision for an issue as Jira has it now: shared by the trigger and the hourly sweep.
 * @example await surveyIssue(ports, issue, jsm, []) // { decisions: ['schedule'] }
 */
export async function surveyIssue(
  ports: Ports,
  issue: IssueWithProject,
  jsm: ServiceDeskFields,
  chosen: readonly string[],
  event: IssueEventPayload = {},
  replying: { readonly jira?: JiraClient; readonly replies?: SurveyReplies } = {},
) {
  const project = issue.fields.project;
  if (project?.projectTypeKey !== undefined && project.projectTypeKey !== 'service_desk')
    return { ignored: 'not a service project' };
  if (project?.key !== undefined && chosen.length > 0 && !chosen.includes(project.key))
    return { ignored: `project ${project.key} is not surveyed` };
  if (!jsm.requestType || !issue.fields[jsm.requestType])
    return { ignored: 'no request type: not a customer request' };
  // The ticket and what happened to it, by the core: the update's changelog tells a reopening (out of Done without
  // a resolution, or the resolution cleared).
  const mapped = jiraIssueChange(
    issue,
    {
      created: event.eventType === 'avi:jira:created:issue',
      changelog: event.changelog,
      associatedStatuses: event.associatedStatuses,
    },
    jsm,
  );
  if (!mapped) return { ignored: 'issue without a reporter or creation date' };
  let { ticket } = mapped;
  let at =
    eventTime(ticket, issue, event) ??
    (replying.jira ? await changelogTime(replying.jira, issue, event) : undefined);
  if (at === undefined) return { ignored: 'Jira records no time for this change' };
  const { jira, replies } = replying;
  if (replies && jira && mapped.type === 'reopened') {
    const kept = await surveyReply(ports, jira, ticket);
    if (kept !== undefined) {
      await replies.keep(ticket.id, kept);
      return { ignored: 'the requester answered the survey e-mail: not a reopening' };
    }
    await replies.forget(ticket.id);
  }
  if (replies && mapped.type === 'resolved') {
    // Resolved again after a reply reopened it: the same resolution, already decided.
    const kept = await replies.kept(ticket.id);
    if (kept !== undefined && ticket.resolvedAt !== undefined && kept < ticket.resolvedAt) {
      ticket = { ...ticket, resolvedAt: kept };
      at = kept;
    }
  }
  const decisions = await onTicketEvent(ports, { type: mapped.type, at, ticket });
  return { decisions: decisions.map((d) => d.kind) };
}

interface IssueComment {
  readonly created?: string;
  readonly author?: { readonly accountId?: string };
  readonly properties?: readonly { readonly key: string; readonly value?: { readonly id?: string } }[];
}

/**
 * Whether a reopening is only the requester answering the survey: the invitation went out, and every comment since
 * XLoop's survey comment is the requester's (a reply to the e-mail becomes one, and the usual "customer commented →
 * reopen" automation moves the request back). Answers the resolution that survey was for, or undefined.
 */
async function surveyReply(
  ports: Ports,
  jira: JiraClient,
  ticket: { readonly id: string; readonly requester: { readonly id: string } },
): Promise<number | undefined> {
  const surveys = await ports.surveys.forTicket(ticket.id);
  const invited = surveys
    .filter((s) => s.state === 'sent' || s.state === 'reminded' || s.state === 'answered')
    .sort((a, b) => b.resolvedAt - a.resolvedAt)[0];
  if (!invited) return undefined;
  const key = ticket.id.replace(/^jira:/, '');
  const { comments = [] } = await jira.get<{ comments?: IssueComment[] }>(
    `/rest/api/3/issue/${encodeURIComponent(key)}/comment?expand=properties&maxResults=20&orderBy=-created`,
  );
  const since = comments.findIndex((c) => (c.properties ?? []).some((p) => p.key === 'xloop.survey'));
  if (since <= 0) return undefined;
  const after = comments.slice(0, since);
  return after.every((c) => c.author?.accountId === ticket.requester.id) ? invited.resolvedAt : undefined;
}

const instant = (value: unknown) => {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
};

/**
 * When the change happened, from Jira's record: a resolution at its resolution date; a reopening when the status
 * last changed category (Jira's "Status Category Changed", kept from the changelog); else the time the event carries.
 * Undefined when none says; the trigger then asks Jira for the event's changelog entry.
 */
function eventTime(
  ticket: { readonly status: string; readonly resolvedAt?: number },
  issue: JiraIssue,
  event: IssueEventPayload,
): number | undefined {
  if (ticket.status === 'resolved' && ticket.resolvedAt !== undefined) return ticket.resolvedAt;
  return (
    instant((issue.fields as { statuscategorychangedate?: unknown }).statuscategorychangedate) ??
    (typeof event.timestamp === 'number' ? event.timestamp : undefined)
  );
}

/**
 * When the event's own changelog entry was made (`POST /rest/api/3/issue/{key}/changelog/list`), for a change the
 * issue's dates do not tell: the event carries the entry's id, Jira keeps its time.
 */
async function changelogTime(jira: JiraClient, issue: JiraIssue, event: IssueEventPayload) {
  const id = Number(event.changelog?.id);
  if (!Number.isInteger(id) || !issue.key) return undefined;
  const found = await jira.post<{ histories?: { id?: string; created?: string }[] }>(
    `/rest/api/3/issue/${encodeURIComponent(issue.key)}/changelog/list`,
    { changelogIds: [id] },
  );
  return instant(found.histories?.find((entry) => entry.id === String(id))?.created);
}

/** Deliveries of one event Forge is asked for at most, before the hourly sweep is left to pick it up. */
export const EVENT_RETRIES = 3;

/**
 * Whether a failed event should come back (Forge's product event retries: the trigger returns an `InvocationError`
 * from `@forge/events`), after how long, and why: only failures that may pass, and not forever. Jira's 429 is an
 * upstream rate limit (`FUNCTION_UPSTREAM_RATE_LIMITED`), anything else a plain retry request.
 * @example eventRetry(new JiraError(429, '…', 30_000), 0) // { afterSeconds: 30, reason: 'upstream-rate-limited' }
 */
export function eventRetry(
  error: unknown,
  retryCount: number,
): { afterSeconds: number; reason: 'upstream-rate-limited' | 'retry' } | undefined {
  if (retryCount >= EVENT_RETRIES || !transientJiraError(error)) return undefined;
  const waited = error instanceof JiraError ? error.retryAfterMs : undefined;
  return {
    afterSeconds: Math.min(900, Math.max(1, Math.ceil((waited ?? 60_000 * 2 ** retryCount) / 1000))),
    reason: error instanceof JiraError && error.status === 429 ? 'upstream-rate-limited' : 'retry',
  };
}
