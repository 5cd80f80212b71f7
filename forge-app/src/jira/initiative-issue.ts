import type { Initiative } from '@xloop/shared-core';
import { describeSegment } from '@xloop/shared-core';
import type { JiraClient } from './jira-client';

/**
 * Creates the Jira issue that tracks an initiative in the CSI project (`POST /rest/api/3/issue`) and returns its key.
 * The description carries the hypothesis, the segment and the frozen baseline's expected impact.
 */
export async function createInitiativeIssue(
  jira: JiraClient,
  initiative: Initiative,
  project: { key: string; issueType: string },
): Promise<string> {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const e = initiative.expected;
  const created = await jira.post<{ key: string }>('/rest/api/3/issue', {
    fields: {
      project: { key: project.key },
      issuetype: { name: project.issueType },
      summary: initiative.title.slice(0, 250),
      labels: ['xloop-initiative'],
      description: {
        version: 1,
        type: 'doc',
        content: [
          paragraph(`Segment: ${describeSegment(initiative.segment)}`),
          ...(initiative.hypothesis ? [paragraph(`Hypothesis: ${initiative.hypothesis}`)] : []),
          paragraph(
            `Baseline ${initiative.baseline.window.from} to ${initiative.baseline.window.to}: ${Math.round(e.ticketsPerMonth)} tickets a month, at least ${Math.round(e.recoverableHoursPerMonth)} recoverable hours a month, happiness gap ${Math.round(e.happinessGap)} points.`,
          ),
          paragraph(`XLoop initiative ${initiative.id}`),
        ],
      },
    },
  });
  return created.key;
}

/** At most this many tickets are linked to an initiative's issue: enough to read, few enough to stay one invocation. */
export const EVIDENCE_LINKS = 10;

/**
 * Links the initiative's issue to the Jira tickets that show its problem (`POST /rest/api/3/issueLink`), with the
 * site's "Relates" link type (`GET /rest/api/3/issueLinkType`; a site that renamed it gets its first type). Tickets
 * of other platforms are left out. Jira keeps one link per type and pair, so linking again doubles nothing.
 */
export async function linkEvidence(
  jira: JiraClient,
  issueKey: string,
  ticketIds: readonly string[],
): Promise<number> {
  const keys = ticketIds.filter((id) => id.startsWith('jira:')).map((id) => id.slice('jira:'.length));
  if (keys.length === 0) return 0;
  const { issueLinkTypes = [] } = await jira.get<{ issueLinkTypes?: { id?: string; name?: string }[] }>(
    '/rest/api/3/issueLinkType',
  );
  const type = issueLinkTypes.find((t) => t.name === 'Relates') ?? issueLinkTypes[0];
  if (!type?.name) return 0;
  for (const key of keys) {
    await jira.send('POST', '/rest/api/3/issueLink', {
      type: { name: type.name },
      inwardIssue: { key },
      outwardIssue: { key: issueKey },
    });
  }
  return keys.length;
}
