import type { TicketEvent } from '@xloop/shared-core';
import { type JiraStatus, jiraIssueEvents, jiraStatusCategories } from '@xloop/shared-core/jira';
import type { Parsed, ParseProblem } from './parse-error';

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
 * Ticket events from a file of Jira issues with their changelog (`GET /rest/api/3/search/jql?expand=changelog` or
 * `/rest/api/3/issue/{key}?expand=changelog`, or a Data Center or Server export of the same), each issue read by
 * the core's `jiraIssueEvents`: users by account id or by key, name or e-mail, a move into or out of a Done-category
 * status read as a resolution or reopening when no resolution is set. The statuses the file's issues are in now tell
 * the categories of the statuses their changelogs move between. Every unusable issue is reported by its position
 * and key, saying which field is wrong.
 * @example parseJiraChangelog(JSON.stringify({ issues: [issueWithChangelog] })).records[1].type // 'resolved'
 */
export function parseJiraChangelog(text: string, site = 'jira'): Parsed<TicketEvent> {
  const { issues, problems } = issuesOf(text);
  const statuses = issues.map(
    (raw) => (raw as { fields?: { status?: JiraStatus | null } } | null)?.fields?.status,
  );
  const categories = jiraStatusCategories(statuses);
  const records: TicketEvent[] = [];
  for (const [index, raw] of issues.entries()) {
    const issue = raw as Parameters<typeof jiraIssueEvents>[0];
    const events = jiraIssueEvents(issue, {}, site, categories);
    if (events.ok) records.push(...events.value);
    else problems.push({ at: index + 1, message: `${issue?.key ?? 'issue'}: ${events.error}` });
  }
  return { records, problems };
}
