import type { Initiative } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { createInitiativeIssue, linkEvidence } from './initiative-issue';
import { fakeJira, response } from './jira-client.fixture';

const initiative = {
  id: 'i1',
  title: 'VPN self-service',
  hypothesis: 'A reset page saves a call',
  segment: { service: 'VPN' },
  baseline: { window: { from: '2026-08-01', to: '2026-10-29' } },
  expected: { recoverableHoursPerMonth: 10.4, happinessGap: 5.2, ticketsPerMonth: 40.3 },
} as unknown as Initiative;

describe('createInitiativeIssue', () => {
  it('creates one labelled issue in the CSI project with the segment, hypothesis and baseline, and answers its key', async () => {
    const jira = fakeJira(() => response(201, { key: 'CSI-3' }));
    expect(await createInitiativeIssue(jira.client, initiative, { key: 'CSI', issueType: 'Task' })).toBe(
      'CSI-3',
    );
    const [call] = jira.calls;
    expect(call).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/issue',
      body: {
        fields: {
          project: { key: 'CSI' },
          issuetype: { name: 'Task' },
          summary: 'VPN self-service',
          labels: ['xloop-initiative'],
        },
      },
    });
    const text = JSON.stringify(call?.body);
    for (const part of [
      'Hypothesis: A reset page saves a call',
      '40 tickets a month',
      '10 recoverable hours',
      'XLoop initiative i1',
    ])
      expect(text).toContain(part);
  });
});

describe('linkEvidence', () => {
  it('links the Jira tickets only, with the site’s Relates type or else its first', async () => {
    const jira = fakeJira((path) =>
      response(
        200,
        path === '/rest/api/3/issueLinkType'
          ? { issueLinkTypes: [{ name: 'Blocks' }, { name: 'Relates' }] }
          : {},
      ),
    );
    expect(await linkEvidence(jira.client, 'CSI-3', ['jira:SD-1', 'servicenow:INC1', 'jira:SD-2'])).toBe(2);
    expect(jira.calls.slice(1)).toEqual([
      {
        method: 'POST',
        path: '/rest/api/3/issueLink',
        body: { type: { name: 'Relates' }, inwardIssue: { key: 'SD-1' }, outwardIssue: { key: 'CSI-3' } },
      },
      {
        method: 'POST',
        path: '/rest/api/3/issueLink',
        body: { type: { name: 'Relates' }, inwardIssue: { key: 'SD-2' }, outwardIssue: { key: 'CSI-3' } },
      },
    ]);
    const renamed = fakeJira(() => response(200, { issueLinkTypes: [{ name: 'Mentions' }] }));
    await linkEvidence(renamed.client, 'CSI-3', ['jira:SD-1']);
    expect(renamed.calls[1]?.body).toMatchObject({ type: { name: 'Mentions' } });
  });

  it('asks nothing when no ticket is a Jira ticket, and links nothing on a site without link types', async () => {
    const none = fakeJira(() => response(200, {}));
    expect(await linkEvidence(none.client, 'CSI-3', ['servicenow:INC1'])).toBe(0);
    expect(none.calls).toEqual([]);
    expect(await linkEvidence(none.client, 'CSI-3', ['jira:SD-1'])).toBe(0);
    expect(none.calls).toHaveLength(1);
  });
});
