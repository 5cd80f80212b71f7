import {
  DAY,
  type Instant,
  type TicketEvent,
  type TicketEvents,
  type TicketHistory,
} from '@xloop/shared-core';
import {
  JIRA_ISSUE_FIELDS,
  type JiraIssueWithChangelog,
  type JiraStatusCategories,
  jiraIssueEvents,
  jiraResolvedSinceJql,
  jiraStatusCategories,
  type ServiceDeskFields,
  serviceDeskFields,
} from '@xloop/shared-core/jira';
import type { JiraClient } from './jira-client';

/** Issues per search page; Jira may answer with fewer when changelogs are large. */
export const HISTORY_PAGE_SIZE = 100;
/**
 * Search requests for one preview at most: 500 resolved issues with their changelogs. Jira's rate limit is counted in
 * points per hour for the app across every site, and a preview is a click away, so it stays small; the answer says
 * how far the history reached (`lastCoverage`).
 */
export const HISTORY_MAX_PAGES = 5;
/** Reading stops after this long, leaving the rest of the 25 s resolver invocation to the replay. */
export const HISTORY_BUDGET_MS = 15_000;

export interface JiraTicketHistoryOptions {
  readonly pageSize?: number;
  readonly maxPages?: number;
  readonly budgetMs?: number;
  readonly now?: () => number;
  /** JSM's field ids, cached (`cachedServiceDeskFields`); read from `GET /rest/api/3/field` when absent. */
  readonly fields?: () => Promise<ServiceDeskFields>;
}

/** What the last read covered: Jira requests made, issues read, and the period its events span. */
export interface HistoryCoverage {
  readonly requests: number;
  readonly issues: number;
  readonly complete: boolean;
  /** The first and last event time read (ms), when any. */
  readonly from?: Instant;
  readonly to?: Instant;
}

interface SearchPage {
  readonly issues?: unknown;
  readonly nextPageToken?: unknown;
  readonly isLast?: unknown;
}

/**
 * Jira's own history as ticket events, for the policy preview: the issues resolved since the period began by the
 * core's rule (`jiraResolvedSinceJql`: a resolution, or a Done-category status without one), through
 * `GET /rest/api/3/search/jql` with `expand=changelog`, paged by `nextPageToken`, each mapped by the core's
 * `jiraIssueEvents`, cut to the period. Reading stops at `limit` events, `maxPages` pages or `budgetMs`, and then
 * says it is not complete. An issue reopened in the period and still open has no resolution date and is not found.
 * @example await jiraTicketHistory(appJira).ticketEvents(since, now, 20_000) // { events: […], complete: true }
 */
export function jiraTicketHistory(
  jira: JiraClient,
  options: JiraTicketHistoryOptions = {},
): TicketHistory & { lastCoverage(): HistoryCoverage | undefined } {
  const pageSize = options.pageSize ?? HISTORY_PAGE_SIZE;
  const maxPages = options.maxPages ?? HISTORY_MAX_PAGES;
  const budget = options.budgetMs ?? HISTORY_BUDGET_MS;
  const now = options.now ?? Date.now;
  let coverage: HistoryCoverage | undefined;
  return {
    lastCoverage: () => coverage,
    async ticketEvents(since: Instant, until: Instant, limit: number): Promise<TicketEvents> {
      const started = now();
      let requests = 0;
      let read = 0;
      const readFields = async () => {
        requests++;
        return serviceDeskFields(
          await jira.get<{ id?: string; schema?: { custom?: string } }[]>('/rest/api/3/field'),
        );
      };
      const jsm = options.fields ? await options.fields() : await readFields();
      const fields = [...JIRA_ISSUE_FIELDS, ...Object.values(jsm)].join(',');
      // JQL compares dates in the site's time zone: a day earlier covers any offset, and events are cut after.
      const from = new Date(since - DAY).toISOString().slice(0, 10);
      const jql = `${jiraResolvedSinceJql(from)} ORDER BY created ASC, key ASC`;
      const events: TicketEvent[] = [];
      const answer = (complete: boolean): TicketEvents => {
        events.sort((a, b) => a.at - b.at);
        const kept = events.slice(0, limit);
        const whole = complete && events.length <= limit;
        coverage = {
          requests,
          issues: read,
          complete: whole,
          ...(kept.length > 0 ? { from: kept[0]?.at, to: kept.at(-1)?.at } : {}),
        };
        return { events: kept, complete: whole };
      };
      let token: string | undefined;
      let categories: JiraStatusCategories = new Map();
      for (let page = 0; page < maxPages; page++) {
        if (page > 0 && now() - started > budget) return answer(false);
        const query = [
          `jql=${encodeURIComponent(jql)}`,
          `maxResults=${pageSize}`,
          `fields=${encodeURIComponent(fields)}`,
          'expand=changelog',
          ...(token !== undefined ? [`nextPageToken=${encodeURIComponent(token)}`] : []),
        ].join('&');
        requests++;
        const found = await jira.get<SearchPage>(`/rest/api/3/search/jql?${query}`);
        if (!Array.isArray(found?.issues)) throw new Error('Jira answered a search without an issues list.');
        const issues = found.issues as JiraIssueWithChangelog[];
        read += issues.length;
        // The statuses the issues are in now tell the categories of the statuses their changelogs move between.
        categories = jiraStatusCategories(
          issues.map((issue) => issue?.fields?.status),
          categories,
        );
        for (const issue of issues) {
          // An issue without a reporter or creation date is no ticket; the live trigger ignores it too.
          const mapped = jiraIssueEvents(issue, jsm, 'jira', categories);
          if (mapped.ok)
            for (const event of mapped.value) if (event.at >= since && event.at < until) events.push(event);
        }
        token =
          typeof found.nextPageToken === 'string' && found.isLast !== true ? found.nextPageToken : undefined;
        if (token === undefined) return answer(true);
        if (events.length > limit) return answer(false);
      }
      return answer(false);
    },
  };
}
