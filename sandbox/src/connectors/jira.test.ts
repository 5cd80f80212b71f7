import { readFileSync } from 'node:fs';
import { onTicketEvent, rollupFor } from '@xloop/shared-core';
import { type JiraIssue, jiraIssueTicket } from '@xloop/shared-core/jira';
import {
  JSM_FIELD_IDS,
  jiraCustomer,
  jiraIssue,
  jiraServerUser,
  jiraServiceDeskFieldDetails,
  jiraStatus,
} from '@xloop/shared-core/testing';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { conformance, jiraOperation } from '../../test/jira-openapi';
import { openSandbox } from '../sandbox-ports';
import { type ConnectorError, createClient } from './http-client';
import { importJira, resolvedSinceJql } from './jira';

const SITE = 'https://example.atlassian.net';
const spec = JSON.parse(
  readFileSync(new URL('../../../../shared/specs/jira-platform-openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, unknown>>;
};

// GET /rest/api/3/field: FieldDetails[] with JSM's request type, organisations and satisfaction fields among them.
const FIELDS = [
  ...jiraServiceDeskFieldDetails(),
  {
    id: 'summary',
    key: 'summary',
    name: 'Summary',
    custom: false,
    navigable: true,
    orderable: true,
    searchable: true,
    schema: { type: 'string', system: 'summary' },
  },
  {
    id: 'customfield_10034',
    key: 'customfield_10034',
    name: 'Satisfaction',
    custom: true,
    schema: { type: 'sd-feedback', custom: 'com.atlassian.servicedesk:sd-request-feedback', customId: 10034 },
  },
  {
    id: 'customfield_10035',
    key: 'customfield_10035',
    name: 'Satisfaction date',
    custom: true,
    schema: {
      type: 'datetime',
      custom: 'com.atlassian.servicedesk:sd-request-feedback-date',
      customId: 10035,
    },
  },
];

/** Request `n`, resolved in October; the odd ones Acme Oy's, rated `rating` (1–5) in JSM's satisfaction field. */
const issue = (n: number, rating?: number) =>
  jiraIssue({
    key: `SD-${n}`,
    self: `${SITE}/rest/api/3/issue/${10_000 + n}`,
    fields: {
      summary: `Request ${n}`,
      created: '2026-10-01T09:00:00.000+0300',
      resolutiondate: `2026-10-${String(2 + (n % 20)).padStart(2, '0')}T12:00:00.000+0300`,
      issuetype: { name: n % 2 ? 'IT Help' : 'Incident' },
      components: [{ name: n % 3 ? 'VPN' : 'Email' }],
      reporter: jiraCustomer({ accountId: `acc-${n % 7}`, displayName: `Customer ${n % 7}` }),
      [JSM_FIELD_IDS.requestType]: {
        requestType: { id: '7', name: n % 2 ? 'Get VPN access' : 'Report a problem' },
      },
      [JSM_FIELD_IDS.organizations]: n % 2 ? [{ id: 1, name: 'Acme Oy' }] : [],
      customfield_10034: rating === undefined ? null : { rating },
      customfield_10035:
        rating === undefined ? null : `2026-10-${String(3 + (n % 20)).padStart(2, '0')}T10:00:00.000+0300`,
    },
  });

const pages = [
  Array.from({ length: 3 }, (_, i) => issue(i + 1, (i % 5) + 1)),
  Array.from({ length: 2 }, (_, i) => issue(i + 4)),
];
let failures: Record<string, () => Response | Promise<Response> | undefined> = {};
const server = setupServer(
  http.get(`${SITE}/rest/api/3/field`, () => failures.field?.() ?? HttpResponse.json(FIELDS)),
  http.get(`${SITE}/rest/api/3/search/jql`, async ({ request }) => {
    const url = new URL(request.url);
    const token = url.searchParams.get('nextPageToken');
    const failure = failures[token ?? 'first']?.();
    if (failure) return failure;
    const index = token === null ? 0 : 1;
    return HttpResponse.json({
      issues: pages[index],
      isLast: index === 1,
      ...(index === 0 ? { nextPageToken: 'page-2' } : {}),
    });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  failures = {};
  server.resetHandlers();
});
afterAll(() => server.close());

const waits: number[] = [];
const client = (retry = {}) =>
  createClient({
    platform: 'Jira',
    baseURL: SITE,
    headers: { Authorization: `Basic ${Buffer.from('me@example.com:token').toString('base64')}` },
    retry: { timeoutMs: 200, ...retry },
    sleep: async (ms) => void waits.push(ms),
    random: () => 1,
  });
const month = { from: '2026-10-01', to: '2026-10-31' };

describe('importJira', () => {
  it('calls only endpoints that exist in the Jira platform OpenAPI document', () => {
    expect(spec.paths['/rest/api/3/field']).toHaveProperty('get');
    expect(spec.paths['/rest/api/3/search/jql']).toHaveProperty('get');
  });

  it('pages through resolved tickets and imports their CSAT ratings onto the 0–10 scale', async () => {
    const ports = openSandbox(':memory:');
    const summary = await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
    expect(summary).toMatchObject({
      pages: 2,
      tickets: 5,
      rated: 3,
      imported: 5,
      alreadyKnown: 0,
      skipped: 0,
      resumed: false,
    });
    const org = rollupFor(ports.rollups.read(month), month);
    // Ratings 1, 2, 3 → scores 0, 3, 5.
    expect(org).toMatchObject({ resolved: 5, answered: 3 });
    expect(org.histogram.filter((count) => count > 0)).toHaveLength(3);
    expect([org.histogram[0], org.histogram[3], org.histogram[5]]).toEqual([1, 1, 1]);
    // The JSM organisation is the customer dimension, as for live events: SD-1, SD-3 and SD-5.
    expect(rollupFor(ports.rollups.read(month), month, { customer: 'Acme Oy' })).toMatchObject({
      resolved: 3,
    });
    // A second run recognises everything.
    expect(await importJira(ports, client(), { site: SITE, since: '2026-10-01' })).toMatchObject({
      imported: 0,
      alreadyKnown: 5,
    });
  });

  it('waits for Retry-After on 429 and backs off on 5xx, dropped connections and time-outs, dropping nothing', async () => {
    const ports = openSandbox(':memory:');
    waits.length = 0;
    let calls = 0;
    failures.first = () => {
      calls++;
      if (calls === 1) return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } });
      if (calls === 2) return new HttpResponse('upstream down', { status: 503 });
      // A connection dropped without an answer or an error code.
      if (calls === 3) return HttpResponse.error();
      return undefined;
    };
    let slow = true;
    failures['page-2'] = () => {
      if (!slow) return undefined;
      slow = false;
      return delay('infinite').then(() => new HttpResponse(null));
    };
    const summary = await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
    expect(summary).toMatchObject({ tickets: 5, imported: 5 });
    // 7 s from Retry-After, 1 s and 2 s backing off (attempts 1 and 2), then 500 ms for the time-out on page 2.
    expect(waits).toEqual([7000, 1000, 2000, 500]);
  });

  it('says what to fix for bad credentials, missing permission, a wrong address or a broken answer', async () => {
    const ports = openSandbox(':memory:');
    const attempt = async () => {
      try {
        await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
        return undefined;
      } catch (error) {
        return error as ConnectorError;
      }
    };
    failures.field = () => new HttpResponse(null, { status: 401 });
    expect(await attempt()).toMatchObject({
      code: 'bad-credentials',
      message: expect.stringContaining('HTTP 401'),
    });
    failures.field = () => new HttpResponse(null, { status: 403 });
    expect((await attempt())?.code).toBe('forbidden');
    failures.field = () => new HttpResponse(null, { status: 404 });
    expect((await attempt())?.code).toBe('unknown-site');
    failures.field = () =>
      new HttpResponse('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect((await attempt())?.code).toBe('malformed-response');
  });

  it('resumes an interrupted import at the page it stopped on, without counting twice', async () => {
    const ports = openSandbox(':memory:');
    failures['page-2'] = () => new HttpResponse(null, { status: 500 });
    await expect(
      importJira(ports, client({ retries: 2 }), { site: SITE, since: '2026-10-01' }),
    ).rejects.toMatchObject({ code: 'gave-up' });
    expect(rollupFor(ports.rollups.read(month), month).resolved).toBe(3);
    failures = {};
    const resumed = await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
    expect(resumed).toMatchObject({ resumed: true, pages: 2, tickets: 5, imported: 5 });
    expect(rollupFor(ports.rollups.read(month), month).resolved).toBe(5);
  });
});

describe('importJira on sites whose users and workflows differ', () => {
  // Jira as its platform API documents: every request a documented operation, every answer a documented response.
  const documented = (request: Request, body: unknown) => {
    const template = jiraOperation(request.method, new URL(request.url));
    expect(conformance(request.method, template, body)).toEqual([]);
    return HttpResponse.json(body as never);
  };
  const searches: URLSearchParams[] = [];
  const site = (issues: unknown[]) => {
    searches.length = 0;
    server.use(
      http.get(`${SITE}/rest/api/3/field`, ({ request }) => documented(request, FIELDS)),
      http.get(`${SITE}/rest/api/3/search/jql`, ({ request }) => {
        searches.push(new URL(request.url).searchParams);
        return documented(request, { issues, isLast: true });
      }),
    );
  };
  const base = (n: number, reporter: object, extra: object = {}) => {
    const { fields, ...rest } = issue(n, 4);
    return { ...rest, fields: { ...fields, reporter, ...extra } };
  };
  const surveyed = async (ports: ReturnType<typeof openSandbox>, key: string) =>
    (await ports.surveys.forTicket(`jira:${key}`))[0];

  it('reads users by account id, by key, name or e-mail, or a mix of both, and names a user it cannot read', async () => {
    site([
      // A Cloud user.
      base(1, { accountId: '5b10ac8d82e05b22cc7d4ef5', accountType: 'atlassian', active: true }),
      // An older Cloud site's export: key, name and e-mail, as Data Center and Server have.
      base(2, jiraServerUser()),
      base(
        3,
        { name: 'ben', emailAddress: 'ben@example.com', active: true },
        { assignee: { key: 'olli', name: 'olli' } },
      ),
      base(4, { emailAddress: 'Cleo@Example.com', displayName: 'Cleo', active: true }),
      // Nobody Jira would name.
      base(5, { displayName: 'Someone', active: true }),
    ]);
    const ports = openSandbox(':memory:');
    const summary = await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
    expect(summary).toMatchObject({ tickets: 5, imported: 4, rated: 4, skipped: 1 });
    expect(summary.problems).toEqual(['SD-5: fields.reporter has no accountId, key, name or emailAddress']);
    expect((await surveyed(ports, 'SD-1'))?.requester.id).toBe('5b10ac8d82e05b22cc7d4ef5');
    expect((await surveyed(ports, 'SD-2'))?.requester).toMatchObject({
      id: 'jira:key:JIRAUSER10100',
      email: 'anna@example.com',
    });
    expect(await surveyed(ports, 'SD-3')).toMatchObject({
      requester: { id: 'jira:name:ben' },
      agentId: 'jira:key:olli',
    });
    expect((await surveyed(ports, 'SD-4'))?.requester.id).toBe('jira:email:cleo@example.com');
  });

  it('imports an issue in Done without a resolution, resolved since it moved there, as a live event would read it', async () => {
    const noResolution = { resolution: null, resolutiondate: null, status: jiraStatus('done') };
    const moved = '2026-10-06T15:00:00.000+0300';
    const reporter = jiraServerUser();
    site([
      base(6, reporter, { ...noResolution, statuscategorychangedate: moved }),
      // In Done, but Jira did not say since when.
      base(7, reporter, noResolution),
      // Back in progress: neither a resolution nor Done.
      base(8, reporter, {
        ...noResolution,
        status: jiraStatus('indeterminate'),
        statuscategorychangedate: moved,
      }),
    ]);
    const ports = openSandbox(':memory:');
    const summary = await importJira(ports, client(), { site: SITE, since: '2026-10-01' });
    expect(summary).toMatchObject({ tickets: 3, imported: 1, skipped: 2 });
    expect(summary.problems).toEqual([
      'SD-7: fields.statuscategorychangedate is missing or not a time',
      'SD-8: neither a resolution nor a Done-category status',
    ]);
    // The search asks for such issues, and for the field that dates them.
    expect(searches[0]?.get('jql')).toBe(resolvedSinceJql('2026-10-01'));
    expect(searches[0]?.get('jql')).toContain('resolution is EMPTY AND statusCategory = Done');
    expect(searches[0]?.get('fields')?.split(',')).toContain('statuscategorychangedate');
    const survey = await surveyed(ports, 'SD-6');
    expect(survey?.resolvedAt).toBe(Date.UTC(2026, 9, 6, 12));
    expect(rollupFor(ports.rollups.read(month), month)).toMatchObject({ resolved: 1, answered: 1 });
    // The Forge trigger reading the same issue names the same resolution: it decides nothing new.
    const live = jiraIssueTicket(
      base(6, reporter, { ...noResolution, statuscategorychangedate: moved }) as JiraIssue,
    );
    expect(live).toMatchObject({ status: 'resolved', resolvedAt: Date.UTC(2026, 9, 6, 12) });
    if (!live) return;
    expect(
      await onTicketEvent(ports, { type: 'resolved', at: Date.UTC(2026, 9, 6, 12), ticket: live }),
    ).toEqual([]);
  });
});
