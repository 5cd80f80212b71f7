import { DAY, HOUR } from '@xloop/shared-core';
import type { JiraIssueWithChangelog } from '@xloop/shared-core/jira';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import {
  jiraChangelog,
  jiraCustomer,
  jiraHistory,
  jiraIssue,
  jiraResolutionItem,
  jiraServiceDeskFieldDetails,
  memoryPorts,
} from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { conformance, jiraOperation } from '../../test/jira-openapi';
import { jiraAdmin, permissionsCheck } from '../../test/jira-permissions';
import { resolverDefinitions } from '../handlers/resolver';
import { type JiraRequest, jiraClient } from './jira-client';
import { jiraTicketHistory } from './ticket-history';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const iso = (instant: number) => new Date(instant).toISOString().replace('Z', '+0000');

// GET /rest/api/3/field: JSM's fields among the site's fields.
const FIELDS = [
  { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
  ...jiraServiceDeskFieldDetails(),
];

/** An issue resolved `daysAgo` days before Monday, its resolution in the changelog, by one of two requesters. */
function issue(n: number, daysAgo: number): JiraIssueWithChangelog {
  const resolved = MONDAY - daysAgo * DAY;
  return jiraIssue({
    key: `SD-${n}`,
    fields: {
      created: iso(resolved - 3 * HOUR),
      issuetype: { name: 'Incident' },
      reporter: jiraCustomer({ accountId: n % 2 ? 'acc-odd' : 'acc-even' }),
      resolutiondate: iso(resolved),
    },
    changelog: jiraChangelog(jiraHistory(iso(resolved), jiraResolutionItem('Done'))),
  });
}

/**
 * Jira answering searches page by page, as its platform API documents: every request must be a documented
 * operation with documented query parameters, and every answer conforms to the documented response.
 */
function fakeJira(issues: readonly JiraIssueWithChangelog[], pageSize = 2) {
  const searches: URLSearchParams[] = [];
  const request: JiraRequest = async (path, init) => {
    const { template, query } = jiraOperation(init?.method ?? 'GET', path);
    let body: unknown;
    if (template === '/rest/api/3/field') body = FIELDS;
    else if (template === '/rest/api/3/permissions/check')
      body = permissionsCheck([jiraAdmin('admin-1')], JSON.parse(String(init?.body)));
    else if (template === '/rest/api/3/search/jql') {
      searches.push(query);
      const start = Number(query.get('nextPageToken') ?? 0);
      const next = start + pageSize;
      body = {
        issues: issues.slice(start, next),
        ...(next < issues.length ? { nextPageToken: String(next), isLast: false } : { isLast: true }),
      };
    }
    expect(conformance(init?.method ?? 'GET', template, body)).toEqual([]);
    return {
      ok: true,
      status: 200,
      headers: { get: () => null },
      json: async () => body,
      text: async () => JSON.stringify(body),
    };
  };
  return { searches, client: jiraClient(request, { sleep: async () => {} }) };
}

describe('jiraTicketHistory', () => {
  const issues = [issue(1, 40), issue(2, 20), issue(3, 10), issue(4, 3), issue(5, 1)];

  it('reads the issues resolved in the period page by page, with their changelogs, as ticket events', async () => {
    const jira = fakeJira(issues);
    const history = jiraTicketHistory(jira.client);
    const { events, complete } = await history.ticketEvents(MONDAY - 30 * DAY, MONDAY, 100);
    expect(complete).toBe(true);
    expect(jira.searches).toHaveLength(3);
    expect(jira.searches[0]?.get('jql')).toBe(
      '(resolutiondate >= "2026-10-02" OR (resolution is EMPTY AND statusCategory = Done AND statusCategoryChangedDate >= "2026-10-02")) ORDER BY created ASC, key ASC',
    );
    expect(jira.searches[0]?.get('expand')).toBe('changelog');
    expect(jira.searches[0]?.get('fields')?.split(',')).toEqual(
      expect.arrayContaining(['reporter', 'resolutiondate', 'customfield_10010']),
    );
    expect(jira.searches.map((q) => q.get('nextPageToken'))).toEqual([null, '2', '4']);
    // SD-1 was resolved 40 days ago: outside the period though Jira's day-wide search found it.
    expect(events.map((e) => [e.ticket.id, e.type])).toEqual([
      ['jira:SD-2', 'created'],
      ['jira:SD-2', 'resolved'],
      ['jira:SD-3', 'created'],
      ['jira:SD-3', 'resolved'],
      ['jira:SD-4', 'created'],
      ['jira:SD-4', 'resolved'],
      ['jira:SD-5', 'created'],
      ['jira:SD-5', 'resolved'],
    ]);
    expect(events[1]?.ticket).toMatchObject({ requestType: 'Get IT help', requester: { id: 'acc-even' } });
  });

  it('reads at most five pages by default, with the field ids from the cache, and says how far it got', async () => {
    const many = Array.from({ length: 7 }, () => issues).flat();
    const jira = fakeJira(many, 1);
    const history = jiraTicketHistory(jira.client, {
      fields: async () => ({ requestType: 'customfield_10010' }),
    });
    const read = await history.ticketEvents(MONDAY - 60 * DAY, MONDAY, 1000);
    expect(read.complete).toBe(false);
    expect(jira.searches).toHaveLength(5);
    expect(history.lastCoverage()).toMatchObject({ requests: 5, issues: 5, complete: false });
  });

  it('stops at its page cap, its time budget or the limit, and says the history is not complete', async () => {
    const period = [MONDAY - 60 * DAY, MONDAY, 100] as const;
    const capped = fakeJira(issues);
    expect(await jiraTicketHistory(capped.client, { maxPages: 2 }).ticketEvents(...period)).toMatchObject({
      events: { length: 8 },
      complete: false,
    });
    expect(capped.searches).toHaveLength(2);
    let clock = 0;
    const slow = fakeJira(issues);
    const timed = jiraTicketHistory(slow.client, { budgetMs: 500, now: () => (clock += 600) });
    expect(await timed.ticketEvents(...period)).toMatchObject({ complete: false });
    expect(slow.searches).toHaveLength(1);
    const limited = fakeJira(issues);
    const few = await jiraTicketHistory(limited.client).ticketEvents(MONDAY - 60 * DAY, MONDAY, 3);
    expect(few).toMatchObject({ events: { length: 3 }, complete: false });
    expect(limited.searches).toHaveLength(1);
  });

  it('refuses a search answer without issues', async () => {
    const request: JiraRequest = async (path) => {
      const body = path.startsWith('/rest/api/3/field') ? [] : { isLast: true };
      return {
        ok: true,
        status: 200,
        headers: { get: () => null },
        json: async () => body,
        text: async () => '',
      };
    };
    await expect(
      jiraTicketHistory(jiraClient(request)).ticketEvents(MONDAY - DAY, MONDAY, 10),
    ).rejects.toThrow(/without an issues list/);
  });

  it('answers the admin page’s previewPolicy call through the Forge resolver', async () => {
    const jira = fakeJira(issues, 100);
    const ports = memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    const definitions = resolverDefinitions(
      () => ({ ...ports, history: jiraTicketHistory(jira.client) }),
      jira.client,
    );
    const answer = await definitions(
      {
        call: {
          functionKey: 'previewPolicy',
          payload: { settings: { policy: { timeZone: 'Europe/Helsinki' } } },
        },
        context: {},
      },
      { principal: { accountId: 'admin-1' } },
    );
    expect(answer).toMatchObject({
      value: { days: 30, tickets: 4, events: 8, sent: 4, suppressed: 0, truncated: false },
    });
    // It says what it read of Jira's history: the requests, the issues and the period its events span.
    expect((answer as { value: { history: unknown } }).value.history).toMatchObject({
      requests: 2,
      complete: true,
      from: expect.any(Number),
      to: expect.any(Number),
    });
    expect(ports.surveys.all()).toEqual([]);
    const withoutHistory = resolverDefinitions(() => ports, jira.client);
    expect(
      await withoutHistory(
        { call: { functionKey: 'previewPolicy', payload: { settings: {} } }, context: {} },
        { principal: { accountId: 'admin-1' } },
      ),
    ).toMatchObject({ error: { status: 404, code: 'no-history' } });
  });
});
