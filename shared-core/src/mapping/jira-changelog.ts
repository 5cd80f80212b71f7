import type { Ticket, TicketEvent } from '../model/ticket';
import { err, ok, type Result } from '../result';
import { type JiraIssue, jiraIssueTicket, type ServiceDeskFields } from './jira-issue';

/** A Jira `IssueBean` with `expand=changelog`: the issue mapping reads the fields, the changelog gives the times. */
export interface JiraIssueWithChangelog extends JiraIssue {
  readonly changelog?: {
    readonly histories?: readonly {
      readonly created?: string;
      readonly items?: readonly {
        readonly field?: string;
        readonly fieldId?: string;
        readonly to?: string | null;
        readonly toString?: string | null;
      }[];
    }[];
  };
}

const time = (value: string | null | undefined): number | undefined => {
  const parsed = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
};

/**
 * What a Jira issue is apart from its resolution (`jiraIssueTicket` without status, resolution time and code), for
 * sources that date the resolution themselves: a changelog, or an import of resolved issues.
 * @example jiraTicketBase(issue, jsm, 'jira')?.requester.id // '5b10ac8d…'
 */
export function jiraTicketBase(
  issue: JiraIssue,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Omit<Ticket, 'status' | 'resolvedAt' | 'resolutionCode'> | undefined {
  const ticket = jiraIssueTicket(issue, jsm, site);
  if (!ticket) return undefined;
  const { status: _status, resolvedAt: _resolvedAt, resolutionCode: _code, ...base } = ticket;
  return base;
}

/**
 * The ticket events of one Jira issue with its changelog, for every source that reads Jira's history (the sandbox's
 * changelog files, the Forge app's policy preview): created at `fields.created`; resolved when the changelog sets
 * `resolution`, reopened when it clears it; an issue without a resolution in its changelog but with a resolution
 * date is resolved then. An unusable issue is an error saying why.
 * @example jiraIssueEvents(issueWithChangelog, jsm) // { ok: true, value: [created, resolved] }
 */
export function jiraIssueEvents(
  issue: Partial<JiraIssueWithChangelog> | null | undefined,
  jsm: ServiceDeskFields = {},
  site = 'jira',
): Result<TicketEvent[], string> {
  const fields = issue?.fields;
  if (typeof issue?.key !== 'string' || !fields) return err('key and fields are required');
  const base = jiraTicketBase(issue as JiraIssue, jsm, site);
  // The issue mapping needs a creation time and a reporter; say which is missing.
  if (!base)
    return err(
      time(fields.created) === undefined
        ? 'fields.created is missing or not a time'
        : 'fields.reporter.accountId is missing',
    );
  const events: TicketEvent[] = [
    { type: 'created', at: base.createdAt, ticket: { ...base, status: 'open' } },
  ];
  const histories = [...(issue.changelog?.histories ?? [])].sort(
    (a, b) => (time(a.created) ?? 0) - (time(b.created) ?? 0),
  );
  let sawResolution = false;
  for (const history of histories) {
    const at = time(history.created);
    if (at === undefined) continue;
    for (const item of history.items ?? []) {
      if (item.fieldId !== 'resolution' && item.field !== 'resolution') continue;
      sawResolution = true;
      // `toString` is read as an own property: every object inherits a function by that name.
      const shown = Object.prototype.hasOwnProperty.call(item, 'toString') ? item.toString : undefined;
      if (item.to || shown) {
        const code = shown ?? item.to ?? undefined;
        events.push({
          type: 'resolved',
          at,
          ticket: { ...base, status: 'resolved', resolvedAt: at, ...(code ? { resolutionCode: code } : {}) },
        });
      } else {
        events.push({ type: 'reopened', at, ticket: { ...base, status: 'open' } });
      }
    }
  }
  // Issues imported without history still say when they were resolved.
  const resolvedAt = time(fields.resolutiondate);
  if (!sawResolution && resolvedAt !== undefined) {
    const code = fields.resolution?.name;
    events.push({
      type: 'resolved',
      at: resolvedAt,
      ticket: { ...base, status: 'resolved', resolvedAt, ...(code ? { resolutionCode: code } : {}) },
    });
  }
  return ok(events);
}
