import type { Ticket, TicketEvent } from '../model/ticket';
import { err, ok, type Result } from '../result';
import { type JiraIssue, readJiraIssue, type ServiceDeskFields } from './jira-issue';
import {
  type JiraChangeItem,
  type JiraResolutionState,
  type JiraStatusCategories,
  jiraChangeStates,
  jiraInstant,
  jiraResolutionChange,
  jiraResolutionState,
  jiraResolved,
  jiraResolvedAt,
  jiraStatusCategories,
} from './jira-resolution';
import type { JiraUser } from './jira-user';

/** A Jira `IssueBean` with `expand=changelog`: the issue mapping reads the fields, the changelog gives the times. */
export interface JiraIssueWithChangelog extends JiraIssue {
  readonly changelog?: {
    readonly histories?: readonly {
      readonly created?: string;
      /** Who made the change: read by no rule here, whatever shape its user has. */
      readonly author?: JiraUser | null;
      readonly items?: readonly JiraChangeItem[];
    }[];
  };
}

/**
 * What a Jira issue is apart from its resolution (`readJiraIssue` without status, resolution time and code), for
 * sources that date the resolution themselves: a changelog, or an import of resolved issues.
 * @example jiraTicketBase(issue, jsm, 'jira')?.requester.id // '5b10ac8d…'
 */
export function jiraTicketBase(
  issue: JiraIssue,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Omit<Ticket, 'status' | 'resolvedAt' | 'resolutionCode'> | undefined {
  const read = readJiraIssue(issue, jsm, site);
  if (!read.ok) return undefined;
  const { status: _status, resolvedAt: _resolvedAt, resolutionCode: _code, ...base } = read.value;
  return base;
}

/**
 * The ticket events of one Jira issue with its changelog, for every source that reads Jira's history (the sandbox's
 * changelog files, the Forge app's policy preview): created at `fields.created`, then, history by history in time
 * order, a resolution or a reopening wherever `jiraResolutionChange` says the change was one — the resolution field
 * set or cleared, or a move into or out of a Done-category status while no resolution is set. A status's category
 * comes from `categories` (an export's issues show their current statuses) and from the issue's own status; a
 * status of unknown category counts as not Done. An issue whose changelog does not show how it came to be resolved
 * (no history, or a cut one) is resolved at `jiraResolvedAt`. Histories at one instant are one change, and a
 * history repeated changes nothing the second time. An unusable issue is an error saying why.
 * @example jiraIssueEvents(issueWithChangelog, jsm) // { ok: true, value: [created, resolved] }
 */
export function jiraIssueEvents(
  issue: Partial<JiraIssueWithChangelog> | null | undefined,
  jsm: ServiceDeskFields = {},
  site = 'jira',
  categories: JiraStatusCategories = new Map(),
): Result<TicketEvent[], string> {
  const fields = issue?.fields;
  if (typeof issue?.key !== 'string' || typeof fields !== 'object' || fields === null)
    return err('key and fields are required');
  const read = readJiraIssue(issue as JiraIssue, jsm, site);
  if (!read.ok) return read;
  const { status: _status, resolvedAt: _resolvedAt, resolutionCode: _code, ...base } = read.value;
  const known = jiraStatusCategories([fields.status], categories);
  // Histories at the same instant are one change (a transition whose post function sets the resolution may be
  // recorded apart from the status move): it counts once and keeps the resolution it set.
  const byTime = new Map<number, JiraChangeItem[]>();
  for (const history of Array.isArray(issue.changelog?.histories) ? issue.changelog.histories : []) {
    const at = jiraInstant(history?.created);
    if (at === undefined) continue;
    const items = Array.isArray(history?.items) ? history.items : [];
    byTime.set(at, [...(byTime.get(at) ?? []), ...items]);
  }
  const changes = [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, items]) => ({ at, ...jiraChangeStates(items, known) }));

  // Issues are created unresolved unless the first change to a part says otherwise.
  const first = (part: keyof JiraResolutionState) =>
    changes.find((c) => c.before[part] !== undefined)?.before[part];
  let state: JiraResolutionState = { resolution: first('resolution') ?? false, done: first('done') ?? false };
  let code: string | undefined = state.resolution ? fields.resolution?.name : undefined;
  const events: TicketEvent[] = [
    { type: 'created', at: base.createdAt, ticket: { ...base, status: 'open' } },
  ];
  const resolved = (at: number): TicketEvent => ({
    type: 'resolved',
    at,
    ticket: {
      ...base,
      status: 'resolved',
      resolvedAt: at,
      ...(code !== undefined ? { resolutionCode: code } : {}),
    },
  });
  if (jiraResolved(state)) events.push(resolved(base.createdAt));

  for (const change of changes) {
    const next: JiraResolutionState = { ...state, ...change.after };
    if (change.after.resolution !== undefined) code = change.resolutionCode;
    const meaning = jiraResolutionChange(state, next);
    if (meaning === 'resolved') events.push(resolved(change.at));
    else if (meaning === 'reopened')
      events.push({ type: 'reopened', at: change.at, ticket: { ...base, status: 'open' } });
    state = next;
  }
  // The changelog does not show how the issue came to be resolved: Jira's own dates say since when it is.
  const now = jiraResolutionState(fields);
  const since = jiraResolvedAt(fields);
  if (!jiraResolved(state) && jiraResolved(now) && since !== undefined) {
    code = now.resolution ? fields.resolution?.name : undefined;
    events.push(resolved(since));
  }
  return ok(events);
}
