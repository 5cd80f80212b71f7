import { rollupFor } from '@xloop/shared-core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openSandbox } from '../sandbox-ports';
import { createClient } from './http-client';
import { importServiceNow } from './servicenow';

const INSTANCE = 'https://example.service-now.com';
const sysId = (n: number) => n.toString(16).padStart(32, 'a');
const field = (value: string, display = value) => ({ value, display_value: display });

// GET /api/now/table/incident with sysparm_display_value=all: every field as { value, display_value }.
const incident = (n: number) => ({
  sys_id: field(sysId(n)),
  number: field(`INC00100${n}`),
  caller_id: field(`caller${n % 3}`.padEnd(32, '0'), `Caller ${n % 3}`),
  // Dot-walked in the same request: the requester's address, zone and language.
  'caller_id.email': field(`caller${n % 3}@example.com`),
  'caller_id.time_zone': field('Europe/Helsinki'),
  'caller_id.preferred_language': field('fi', 'Finnish'),
  assigned_to: field('agent'.padEnd(32, '0'), 'Agent One'),
  assignment_group: field('group'.padEnd(32, '0'), n % 2 ? 'Network' : 'Service Desk'),
  contact_type: field('phone', 'Phone'),
  cmdb_ci: field('ci'.padEnd(32, '0'), 'VPN Gateway'),
  business_service: field('', ''),
  location: field('loc'.padEnd(32, '0'), 'Helsinki'),
  category: field('network', 'Network'),
  priority: field('3', '3 - Moderate'),
  close_code: field('Solved (Permanently)'),
  opened_at: field(`2026-10-0${n} 08:00:00`, `0${n}.10.2026 11:00:00`),
  resolved_at: field(`2026-10-0${n} 12:30:00`, `0${n}.10.2026 15:30:00`),
});
const incidents = [1, 2, 3, 4, 5].map(incident);
const results = [
  {
    'instance.trigger_id': sysId(1),
    actual_value: '5',
    'metric.name': 'Overall satisfaction',
    sys_created_on: '2026-10-02 09:00:00',
  },
  {
    'instance.trigger_id': sysId(2),
    actual_value: '2',
    'metric.name': 'Overall satisfaction',
    sys_created_on: '2026-10-03 09:00:00',
  },
  {
    'instance.trigger_id': sysId(2),
    actual_value: '1',
    'metric.name': 'Would recommend',
    sys_created_on: '2026-10-03 09:00:00',
  },
];

let failIncidents: ((offset: number) => Response | undefined) | undefined;
const seen: string[] = [];
let fields: string[] = [];
const server = setupServer(
  http.get(`${INSTANCE}/api/now/table/incident`, ({ request }) => {
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get('sysparm_offset'));
    fields = (url.searchParams.get('sysparm_fields') ?? '').split(',');
    const limit = Number(url.searchParams.get('sysparm_limit'));
    seen.push(
      `incident ${offset} ${url.searchParams.get('sysparm_display_value')} ${request.headers.get('authorization')?.split(' ')[0]}`,
    );
    const failure = failIncidents?.(offset);
    if (failure) return failure;
    return HttpResponse.json(
      { result: incidents.slice(offset, offset + limit) },
      { headers: { 'X-Total-Count': String(incidents.length) } },
    );
  }),
  http.get(`${INSTANCE}/api/now/table/asmt_metric_result`, ({ request }) => {
    const ids = (new URL(request.url).searchParams.get('sysparm_query') ?? '')
      .replace('instance.trigger_idIN', '')
      .split(',');
    return HttpResponse.json({ result: results.filter((r) => ids.includes(r['instance.trigger_id'])) });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  failIncidents = undefined;
  seen.length = 0;
});
afterAll(() => server.close());

const client = (retries = 6) =>
  createClient({
    platform: 'ServiceNow',
    baseURL: INSTANCE,
    headers: { Authorization: `Basic ${Buffer.from('admin:secret').toString('base64')}` },
    retry: { retries, timeoutMs: 500 },
    sleep: async () => {},
  });
const month = { from: '2026-10-01', to: '2026-10-31' };

describe('importServiceNow', () => {
  it('pages through resolved incidents with their survey results, mapping fields and the 1–5 metric', async () => {
    const ports = openSandbox(':memory:');
    const summary = await importServiceNow(ports, client(), {
      instance: INSTANCE,
      since: '2026-10-01',
      pageSize: 2,
    });
    expect(summary).toMatchObject({ pages: 3, tickets: 5, rated: 2, imported: 5, skipped: 0 });
    expect(seen[0]).toBe('incident 0 all Basic');
    expect(fields).toEqual(
      expect.arrayContaining(['caller_id', 'caller_id.email', 'business_service', 'close_code']),
    );
    const org = rollupFor(ports.rollups.read(month), month);
    expect(org).toMatchObject({ resolved: 5, answered: 2 });
    // Ratings 5 and 2 → 10 and 3; the other metric is ignored.
    expect([org.histogram[10], org.histogram[3]]).toEqual([1, 1]);
    const survey = ports.surveys.forTicket('servicenow:INC001001')[0];
    expect(survey).toMatchObject({
      requester: {
        id: 'caller1'.padEnd(32, '0'),
        displayName: 'Caller 1',
        email: 'caller1@example.com',
        timeZone: 'Europe/Helsinki',
        locale: 'fi',
      },
      segment: {
        service: 'VPN Gateway',
        channel: 'Phone',
        team: 'Network',
        location: 'Helsinki',
        priority: '3 - Moderate',
      },
      resolvedAt: Date.UTC(2026, 9, 1, 12, 30),
    });
  });

  it('resumes at the saved offset after a failure, counting nothing twice', async () => {
    const ports = openSandbox(':memory:');
    failIncidents = (offset) => (offset >= 4 ? new HttpResponse(null, { status: 502 }) : undefined);
    await expect(
      importServiceNow(ports, client(1), { instance: INSTANCE, since: '2026-10-01', pageSize: 2 }),
    ).rejects.toMatchObject({ code: 'gave-up' });
    expect(rollupFor(ports.rollups.read(month), month).resolved).toBe(4);
    failIncidents = undefined;
    seen.length = 0;
    const resumed = await importServiceNow(ports, client(), {
      instance: INSTANCE,
      since: '2026-10-01',
      pageSize: 2,
    });
    expect(resumed).toMatchObject({ resumed: true, tickets: 5, imported: 5 });
    expect(seen.filter((s) => s.startsWith('incident 0'))).toHaveLength(0);
    expect(rollupFor(ports.rollups.read(month), month).resolved).toBe(5);
  });

  it('reports an instance that does not answer like ServiceNow', async () => {
    const ports = openSandbox(':memory:');
    failIncidents = () =>
      HttpResponse.json({ error: { message: 'User Not Authenticated' } }, { status: 401 });
    await expect(
      importServiceNow(ports, client(), { instance: INSTANCE, since: '2026-10-01' }),
    ).rejects.toMatchObject({ code: 'bad-credentials' });
    failIncidents = () => HttpResponse.json({ records: [] });
    await expect(
      importServiceNow(ports, client(), { instance: INSTANCE, since: '2026-10-01' }),
    ).rejects.toMatchObject({ code: 'malformed-response' });
  });
});
