import type { Ports, StoredResponse, Survey } from '@xloop/shared-core';
import type { JiraClient } from './jira-client';

/** The issue property the manifest's `jira:entityProperty` indexes, so JQL can ask `experienceScore <= 6`. */
export const EXPERIENCE_PROPERTY = 'xloop-experience';

/**
 * Writes the ticket's experience onto its issue: the score (once answered) and the survey state. Idempotent: the
 * same answer written twice leaves the same property.
 */
export async function writeExperienceProperty(
  jira: JiraClient,
  survey: Survey,
  response: StoredResponse | undefined,
): Promise<void> {
  const key = survey.ticketId.replace(/^jira:/, '');
  await jira.send('PUT', `/rest/api/3/issue/${encodeURIComponent(key)}/properties/${EXPERIENCE_PROPERTY}`, {
    state: survey.state,
    ...(response ? { score: response.score, answeredAt: new Date(response.answeredAt).toISOString() } : {}),
  });
}

/**
 * After an answer, by one-click link or in the portal, the score goes onto the issue for agents and JQL; a failure
 * there never loses the answer.
 */
export async function recordAnswerOnIssue(ports: Ports, jira: JiraClient, surveyId: string): Promise<void> {
  const [survey, response] = await Promise.all([ports.surveys.get(surveyId), ports.responses.get(surveyId)]);
  if (survey && response) await writeExperienceProperty(jira, survey, response).catch(() => undefined);
}
