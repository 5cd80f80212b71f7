import type { StoredResponse, Survey } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { EXPERIENCE_PROPERTY, recordAnswerOnIssue, writeExperienceProperty } from './experience-property';
import { fakeJira, outgoing, response } from './jira-client.fixture';

const survey: Survey = { ...outgoing.survey, state: 'answered' };
const answer = {
  surveyId: survey.id,
  ticketId: survey.ticketId,
  score: 9,
  factors: [],
  locale: 'en',
  channel: 'email',
  answeredAt: Date.UTC(2026, 10, 2, 10),
  requesterId: 'acc-1',
  segment: {},
  day: '2026-11-02',
  version: 1,
} as StoredResponse;

describe('writeExperienceProperty', () => {
  it('puts the state, and once answered the score, on the ticket’s issue property', async () => {
    const jira = fakeJira(() => response(200));
    await writeExperienceProperty(jira.client, survey, answer);
    await writeExperienceProperty(jira.client, { ...survey, state: 'sent' }, undefined);
    expect(jira.calls).toEqual([
      {
        method: 'PUT',
        path: `/rest/api/3/issue/SD-7/properties/${EXPERIENCE_PROPERTY}`,
        body: { state: 'answered', score: 9, answeredAt: '2026-11-02T10:00:00.000Z' },
      },
      {
        method: 'PUT',
        path: `/rest/api/3/issue/SD-7/properties/${EXPERIENCE_PROPERTY}`,
        body: { state: 'sent' },
      },
    ]);
  });
});

describe('recordAnswerOnIssue', () => {
  it('writes an answered survey’s score, and a failing Jira never fails the answer', async () => {
    const ports = memoryPorts({ now: 0, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    ports.surveys.save(survey, undefined);
    ports.responses.save(answer);
    const down = fakeJira(() => response(400));
    await expect(recordAnswerOnIssue(ports, down.client, survey.id)).resolves.toBeUndefined();
    expect(down.calls).toHaveLength(1);
    const unanswered = fakeJira(() => response(200));
    await recordAnswerOnIssue(ports, unanswered.client, 'no-such-survey');
    expect(unanswered.calls).toEqual([]);
  });
});
