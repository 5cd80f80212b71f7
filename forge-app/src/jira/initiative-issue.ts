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
