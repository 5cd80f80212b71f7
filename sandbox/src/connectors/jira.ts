import { type HistoricalRating, type ImportOutcome, importHistory } from '@xloop/shared-core';
import {
  JIRA_ISSUE_FIELDS,
  type JiraIssue,
  jiraResolutionState,
  jiraResolvedSinceJql,
  readJiraIssue,
  serviceDeskFields,
} from '@xloop/shared-core/jira';
import type { AxiosInstance } from 'axios';
import type { SandboxPorts } from '../sandbox-ports';
import { Checkpoints } from './checkpoint';
import { ConnectorError } from './http-client';

/** The custom field types JSM uses for its satisfaction rating and its date. */
const FEEDBACK = 'com.atlassian.servicedesk:sd-request-feedback';
const FEEDBACK_DATE = 'com.atlassian.servicedesk:sd-request-feedback-date';

export interface ImportSummary {
  readonly pages: number;
  readonly tickets: number;
  readonly rated: number;
  readonly imported: number;
  readonly alreadyKnown: number;
  readonly skipped: number;
  readonly resumed: boolean;
  /** Why issues were skipped, by key and field: the first few. */
  readonly problems?: readonly string[];
}

/** Problems kept in a summary at most; the count of skipped issues says how many there were. */
const MAX_PROBLEMS = 20;

interface JiraCheckpoint {
  readonly jql: string;
  readonly nextPageToken?: string;
  readonly summary: ImportSummary;
}

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string') return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
};

/** Why an issue the search found is not a dated resolution. */
function undated(fields: JiraIssue['fields'] | undefined): string {
  const state = jiraResolutionState(fields);
  if (state.resolution) return 'fields.resolutiondate is missing or not a time';
  if (state.done) return 'fields.statuscategorychangedate is missing or not a time';
  return 'neither a resolution nor a Done-category status';
}

/**
 * The search for issues resolved since a day, by the core's rule (`jiraResolvedSinceJql`). Ordered by creation,
 * which a reopening does not change, so the pages stay where they were while an import resumes.
 * @example resolvedSinceJql('2026-10-01') // '(resolutiondate >= "2026-10-01" OR (…)) ORDER BY created ASC, key ASC'
 */
export function resolvedSinceJql(since: string): string {
  return `${jiraResolvedSinceJql(since)} ORDER BY created ASC, key ASC`;
}

/**
 * Backfills resolved Jira Service Management tickets since a day, with their CSAT ratings (JSM's 1–5
 * satisfaction field, found through `GET /rest/api/3/field`), through `GET /rest/api/3/search/jql` page by page.
 * Each issue is read by the core's `readJiraIssue`, as a live event is: resolved when a resolution is set or, with
 * none, when it is in a Done-category status, since `jiraResolvedAt`; users by account id or by key, name or
 * e-mail. An issue that cannot be read is skipped and its problem kept in the summary. After each page the position
 * is saved, so an interrupted import resumes at the page it was on; tickets already imported are recognised and not
 * counted twice.
 */
export async function importJira(
  ports: SandboxPorts,
  client: AxiosInstance,
  options: {
    readonly site: string;
    readonly since: string;
    readonly pageSize?: number;
    readonly onPage?: (summary: ImportSummary) => void;
  },
): Promise<ImportSummary> {
  const fields = (await client.get('/rest/api/3/field')).data as unknown;
  if (!Array.isArray(fields))
    throw new ConnectorError('malformed-response', 'Jira did not list its fields: is this a Jira site?');
  const known = fields as { id?: string; schema?: { custom?: string } }[];
  const customOf = (type: string) => known.find((f) => f.schema?.custom === type)?.id;
  const jsm = serviceDeskFields(known);
  const feedback = customOf(FEEDBACK);
  const feedbackDate = customOf(FEEDBACK_DATE);
  const jql = resolvedSinceJql(options.since);
  const checkpoints = new Checkpoints(ports.db);
  const name = `jira:${options.site}`;
  const saved = checkpoints.read<JiraCheckpoint>(name);
  const resume = saved && saved.jql === jql ? saved : undefined;
  let summary: ImportSummary = resume?.summary ?? {
    pages: 0,
    tickets: 0,
    rated: 0,
    imported: 0,
    alreadyKnown: 0,
    skipped: 0,
    resumed: false,
  };
  summary = { ...summary, resumed: resume !== undefined };
  let nextPageToken = resume?.nextPageToken;

  for (;;) {
    const params: Record<string, string | number> = {
      jql,
      maxResults: options.pageSize ?? 100,
      fields: [
        ...JIRA_ISSUE_FIELDS,
        ...Object.values(jsm),
        ...(feedback ? [feedback] : []),
        ...(feedbackDate ? [feedbackDate] : []),
      ].join(','),
    };
    if (nextPageToken !== undefined) params.nextPageToken = nextPageToken;
    const page = (await client.get('/rest/api/3/search/jql', { params })).data as {
      issues?: unknown;
      nextPageToken?: unknown;
      isLast?: unknown;
    };
    if (!Array.isArray(page?.issues))
      throw new ConnectorError('malformed-response', 'Jira answered a search without an issues list.');
    const counts = { ...summary, pages: summary.pages + 1 };
    const problems = [...(summary.problems ?? [])];
    for (const raw of page.issues as Partial<JiraIssue>[]) {
      counts.tickets++;
      const f = raw?.fields;
      const read =
        typeof raw?.key === 'string' && typeof f === 'object' && f !== null
          ? readJiraIssue(raw as JiraIssue, jsm, 'jira')
          : undefined;
      const ticket = read?.ok ? read.value : undefined;
      const resolvedAt = ticket?.resolvedAt;
      if (!ticket || resolvedAt === undefined) {
        counts.skipped++;
        const why = read === undefined ? 'key and fields are required' : read.ok ? undated(f) : read.error;
        if (problems.length < MAX_PROBLEMS)
          problems.push(`${typeof raw?.key === 'string' ? raw.key : 'issue'}: ${why}`);
        continue;
      }
      const value = feedback ? (f?.[feedback] as { rating?: unknown } | null | undefined)?.rating : undefined;
      const rating: HistoricalRating | undefined =
        typeof value === 'number'
          ? {
              value,
              scale: { min: 1, max: 5 },
              answeredAt: (feedbackDate ? time(f?.[feedbackDate]) : undefined) ?? resolvedAt,
            }
          : undefined;
      if (rating) counts.rated++;
      const outcome: ImportOutcome = await importHistory(ports, ticket, resolvedAt, rating);
      if (outcome === 'imported') counts.imported++;
      else if (outcome === 'already-known') counts.alreadyKnown++;
      else counts.skipped++;
    }
    summary = problems.length > 0 ? { ...counts, problems } : counts;
    nextPageToken =
      typeof page.nextPageToken === 'string' && page.isLast !== true ? page.nextPageToken : undefined;
    options.onPage?.(summary);
    if (nextPageToken === undefined) {
      // Done: the next run starts afresh and recognises what it already has.
      checkpoints.clear(name);
      return summary;
    }
    checkpoints.write(name, { jql, nextPageToken, summary });
  }
}
