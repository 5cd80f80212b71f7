import type { Ports } from '@xloop/shared-core';
import { JIRA_ISSUE_FIELDS, type JiraIssue, type ServiceDeskFields } from '@xloop/shared-core/jira';
import type { JiraClient } from '../jira/jira-client';
import { type SurveyReplies, surveyIssue } from './issue-events';

/** How far back the first sweep looks, and any sweep after an unfinished one: two hours. */
export const SWEEP_LOOKBACK_MINUTES = 120;
/** The overlap with the last complete sweep: Jira's index may show a resolution a little after it happened. */
export const SWEEP_OVERLAP_MINUTES = 10;
/** The furthest back a sweep looks after a long pause: a day (its pages are capped anyway). */
export const SWEEP_MAX_LOOKBACK_MINUTES = 24 * 60;
export const SWEEP_PAGE_SIZE = 100;
/** Pages read in one run at most (500 resolutions in two hours is far above a large site's 2,000 a day). */
export const SWEEP_MAX_PAGES = 5;

export interface SweepOptions {
  readonly replies?: SurveyReplies;
  readonly fields: () => Promise<ServiceDeskFields>;
  readonly serviceProjects?: () => Promise<readonly string[] | undefined>;
  /** When the last complete sweep started, kept between runs, so each resolution is read about once, not twice. */
  readonly mark?: { read(): Promise<{ at: number } | undefined>; save(value: { at: number }): Promise<void> };
  readonly now?: () => number;
}

/**
 * How many minutes back a sweep looks: since the last complete sweep plus an overlap, at least the hour since the
 * schedule's last run, two hours when there is no mark. Relative JQL dates (`"-65m"`) keep the query free of the
 * app user's time zone, which absolute JQL dates would be read in.
 * @example lookbackMinutes(Date.UTC(2026, 0, 1, 10), Date.UTC(2026, 0, 1, 11)) // 70
 */
export function lookbackMinutes(lastComplete: number | undefined, now: number): number {
  if (lastComplete === undefined || !Number.isFinite(lastComplete) || lastComplete > now)
    return SWEEP_LOOKBACK_MINUTES;
  const since = Math.ceil((now - lastComplete) / 60_000) + SWEEP_OVERLAP_MINUTES;
  return Math.min(SWEEP_MAX_LOOKBACK_MINUTES, Math.max(60 + SWEEP_OVERLAP_MINUTES, since));
}

/**
 * The JQL for requests resolved lately: a resolution date in the window, or a move into a Done status in it (the
 * core counts a Done-category status without a resolution as a resolution too).
 * @example sweepJql(['HELP'], 70) // 'project in ("HELP") AND (resolutiondate >= "-70m" OR …) ORDER BY key ASC'
 */
export function sweepJql(projects: readonly string[] = [], minutes = SWEEP_LOOKBACK_MINUTES): string {
  const where =
    projects.length > 0
      ? `project in (${projects.map((key) => `"${key}"`).join(', ')})`
      : 'projectType = "service_desk"';
  const since = minutes % 60 === 0 ? `-${minutes / 60}h` : `-${minutes}m`;
  return `${where} AND (resolutiondate >= "${since}" OR (statusCategory = Done AND statusCategoryChangedDate >= "${since}")) ORDER BY key ASC`;
}

/**
 * Picks up resolutions whose issue events were lost: every request resolved since the last complete sweep (with an
 * overlap; two hours at first) goes through the same decision as a live event. The core decides each resolution once, so a resolution already seen, or seen
 * again next hour, changes nothing.
 * @example await sweepResolutions(ports, appJira, { fields }) // { seen: 12, scheduled: 1 }
 */
export async function sweepResolutions(ports: Ports, jira: JiraClient, options: SweepOptions) {
  const now = options.now ?? Date.now;
  const started = now();
  const minutes = lookbackMinutes((await options.mark?.read())?.at, started);
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
      `jql=${encodeURIComponent(sweepJql(chosen, minutes))}`,
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
  // Only a sweep that read everything moves the mark: an unfinished one leaves the next to look as far back.
  if (token === undefined) await options.mark?.save({ at: started });
  return { seen, scheduled, complete: token === undefined, minutes };
}
