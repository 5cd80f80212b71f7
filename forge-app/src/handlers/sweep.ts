import { JIRA_ISSUE_FIELDS, type JiraIssue, type Ports, type ServiceDeskFields } from '@xloop/shared-core';
import type { JiraClient } from '../jira/jira-client';
import { type SurveyReplies, surveyIssue } from './issue-events';

/** How far back the hourly sweep looks: two hours, so one missed run is still covered. */
export const SWEEP_LOOKBACK = '-2h';
export const SWEEP_PAGE_SIZE = 100;
/** Pages read in one run at most (500 resolutions in two hours is far above a large site's 2,000 a day). */
export const SWEEP_MAX_PAGES = 5;

export interface SweepOptions {
  readonly replies?: SurveyReplies;
  readonly fields: () => Promise<ServiceDeskFields>;
  readonly serviceProjects?: () => Promise<readonly string[] | undefined>;
}

/**
 * The JQL for requests resolved lately: a resolution date in the window, or a move into a Done status in it (the
 * core counts a Done-category status without a resolution as a resolution too).
 * @example sweepJql(['HELP']) // 'project in ("HELP") AND (resolutiondate >= "-2h" OR …) ORDER BY key ASC'
 */
export function sweepJql(projects: readonly string[] = []): string {
  const where =
    projects.length > 0
      ? `project in (${projects.map((key) => `"${key}"`).join(', ')})`
      : 'projectType = "service_desk"';
  return `${where} AND (resolutiondate >= "${SWEEP_LOOKBACK}" OR (statusCategory = Done AND statusCategoryChangedDate >= "${SWEEP_LOOKBACK}")) ORDER BY key ASC`;
}

/**
 * Picks up resolutions whose issue events were lost: every request resolved in the last two hours goes through
 * the same decision as a live event. The core decides each resolution once, so a resolution already seen, or seen
 * again next hour, changes nothing.
 * @example await sweepResolutions(ports, appJira, { fields }) // { seen: 12, scheduled: 1 }
 */
export async function sweepResolutions(ports: Ports, jira: JiraClient, options: SweepOptions) {
  const jsm = await options.fields();
  const chosen = (await options.serviceProjects?.()) ?? [];
  const fields = [
    ...new Set([
      ...JIRA_ISSUE_FIELDS,
      'project',
      ...(jsm.requestType ? [jsm.requestType] : []),
      ...(jsm.organizations ? [jsm.organizations] : []),
    ]),
  ].join(',');
  let token: string | undefined;
  let seen = 0;
  let scheduled = 0;
  for (let page = 0; page < SWEEP_MAX_PAGES; page++) {
    const query = [
      `jql=${encodeURIComponent(sweepJql(chosen))}`,
      `maxResults=${SWEEP_PAGE_SIZE}`,
      `fields=${encodeURIComponent(fields)}`,
      ...(token !== undefined ? [`nextPageToken=${encodeURIComponent(token)}`] : []),
    ].join('&');
    const found = await jira.get<{ issues?: JiraIssue[]; nextPageToken?: string; isLast?: boolean }>(
      `/rest/api/3/search/jql?${query}`,
    );
    for (const issue of found.issues ?? []) {
      seen++;
      const result = await surveyIssue(
        ports,
        issue,
        jsm,
        chosen,
        { eventType: 'avi:jira:updated:issue' },
        { jira, ...(options.replies ? { replies: options.replies } : {}) },
      );
      if (result.decisions?.includes('schedule')) scheduled++;
    }
    token =
      typeof found.nextPageToken === 'string' && found.isLast !== true ? found.nextPageToken : undefined;
    if (token === undefined) break;
  }
  return { seen, scheduled, complete: token === undefined };
}
