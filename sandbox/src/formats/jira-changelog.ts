import {
  type JiraIssue,
  jiraIssueTicket,
  type ServiceDeskFields,
  type Ticket,
  type TicketEvent,
} from '@xloop/shared-core';
import type { Parsed, ParseProblem } from './parse-error';

/** A Jira `IssueBean` with `expand=changelog`: the core's mapping reads the fields, the changelog gives the times. */
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
  if (!value) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
};

/**
 * What a Jira issue is apart from its resolution (the core's `jiraIssueTicket`), for sources that date the
 * resolution themselves: a changelog, or an import of resolved issues.
 */
export function jiraTicketBase(
  issue: JiraIssue,
  site: string,
  jsm: ServiceDeskFields = {},
): Omit<Ticket, 'status' | 'resolvedAt' | 'resolutionCode'> | undefined {
  const ticket = jiraIssueTicket(issue, jsm, site);
  if (!ticket) return undefined;
  const { status: _status, resolvedAt: _resolvedAt, resolutionCode: _code, ...base } = ticket;
  return base;
}

/** The issues of a file: a JSON array of issues, a search response `{ issues }`, or one issue per line. */
function issuesOf(text: string): { issues: unknown[]; problems: ParseProblem[] } {
  const trimmed = text.trim();
  if (trimmed === '') return { issues: [], problems: [] };
  try {
    const whole = JSON.parse(trimmed) as unknown;
    if (Array.isArray(whole)) return { issues: whole, problems: [] };
    if (
      typeof whole === 'object' &&
      whole !== null &&
      Array.isArray((whole as { issues?: unknown }).issues)
    ) {
      return { issues: (whole as { issues: unknown[] }).issues, problems: [] };
    }
    return { issues: [whole], problems: [] };
  } catch {
    const issues: unknown[] = [];
    const problems: ParseProblem[] = [];
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        issues.push(JSON.parse(line));
      } catch {
        problems.push({ at: index + 1, message: 'not valid JSON' });
      }
    });
    return { issues, problems };
  }
}

/**
 * Ticket events from Jira issues with their changelog (`GET /rest/api/3/search/jql?expand=changelog` or
 * `/rest/api/3/issue/{key}?expand=changelog`): created at `fields.created`; resolved when the changelog sets
 * `resolution`, reopened when it clears it; the reporter is the requester and the assignee the agent. Issue types
 * named like "incident" are incidents, the rest requests. Every unusable issue is reported by its position.
 * @example parseJiraChangelog(JSON.stringify({ issues: [issueWithChangelog] })).records[1].type // 'resolved'
 */
export function parseJiraChangelog(text: string, site = 'jira'): Parsed<TicketEvent> {
  const { issues, problems } = issuesOf(text);
  const records: TicketEvent[] = [];
  for (const [index, raw] of issues.entries()) {
    const issue = raw as Partial<JiraIssueWithChangelog> | null;
    const fail = (message: string) =>
      problems.push({ at: index + 1, message: `${issue?.key ?? 'issue'}: ${message}` });
    const fields = issue?.fields;
    const created = time(fields?.created);
    const reporter = fields?.reporter;
    if (typeof issue?.key !== 'string' || !fields) {
      fail('key and fields are required');
      continue;
    }
    if (created === undefined) {
      fail('fields.created is missing or not a time');
      continue;
    }
    if (!reporter?.accountId) {
      fail('fields.reporter.accountId is missing');
      continue;
    }
    const base = jiraTicketBase(issue as JiraIssue, site);
    if (!base) {
      fail('not a ticket');
      continue;
    }
    records.push({ type: 'created', at: created, ticket: { ...base, status: 'open' } });
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
        if (item.to || item.toString) {
          const code = item.toString ?? item.to ?? undefined;
          records.push({
            type: 'resolved',
            at,
            ticket: {
              ...base,
              status: 'resolved',
              resolvedAt: at,
              ...(code ? { resolutionCode: code } : {}),
            },
          });
        } else {
          records.push({ type: 'reopened', at, ticket: { ...base, status: 'open' } });
        }
      }
    }
    // Issues imported without history still say when they were resolved.
    const resolvedAt = time(fields.resolutiondate ?? undefined);
    if (!sawResolution && resolvedAt !== undefined) {
      const code = fields.resolution?.name;
      records.push({
        type: 'resolved',
        at: resolvedAt,
        ticket: { ...base, status: 'resolved', resolvedAt, ...(code ? { resolutionCode: code } : {}) },
      });
    }
  }
  return { records, problems };
}
