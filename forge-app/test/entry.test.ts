import {
  JSM_FIELD_IDS,
  jiraCustomer,
  jiraIssue,
  jiraIssueEvent,
  jiraServiceDeskFieldDetails,
} from '@xloop/shared-core/testing';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type JiraRequestSeen, jira, REQUESTS_PER_INVOCATION } from './forge-fakes/api';
import { EVENTS_PER_MINUTE, PUSHES_PER_CHAIN, queues } from './forge-fakes/events';
import { invoke } from './forge-fakes/invocation';
import { store } from './forge-fakes/kvs';
import { deliver } from './forge-fakes/product-events';
import { forgeSql } from './forge-fakes/sql';
import { jiraAdmin, jsmAgent, permissionsCheck } from './jira-permissions';
import { type MariaDb, startMariaDb } from './mariadb';

// The real entry the manifest's handlers point at (`src/index.ts`), with the four Forge modules replaced at the module
// edge by fakes that record every call and enforce the platform's limits (./forge-fakes).
vi.mock('@forge/api', () => import('./forge-fakes/api'));
vi.mock('@forge/events', () => import('./forge-fakes/events'));
vi.mock('@forge/kvs', () => import('./forge-fakes/kvs'));
vi.mock('@forge/sql', () => import('./forge-fakes/sql'));

const entry = await import('../src/index');
const events = await import('@forge/events');
const { kvs, ForgeKvsAPIError } = await import('@forge/kvs');
const { sql, ForgeSQLAPIError, errorCodes } = await import('@forge/sql');
const api = await import('@forge/api');

let server: MariaDb;
let pool: mysql.Pool;
beforeAll(async () => {
  server = await startMariaDb();
  await server.database('xl_entry');
  pool = mysql.createPool({ host: '127.0.0.1', port: server.port, user: 'root', database: 'xl_entry' });
  forgeSql.use(pool);
  // Only the clock is faked: the database driver keeps its real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 10, 2, 7)); // Monday 2026-11-02, 09:00 in Helsinki.
});
afterAll(async () => {
  vi.useRealTimers();
  await pool?.end();
  await server?.stop();
});

/** A JSM request as Jira's REST API documents it, by a Finnish customer of Acme Oy; `n` makes more of them. */
const request = (n: number) =>
  jiraIssue({
    key: `HELP-${n}`,
    fields: {
      reporter: jiraCustomer({ accountId: `customer-${n}`, locale: 'fi_FI' }),
      [JSM_FIELD_IDS.organizations]: [{ id: 1, name: 'Acme Oy' }],
    },
  });

/** How long Jira takes to post a comment (the fake clock moves on by this much). */
let deliverySeconds = 0;
const comments = new Map<
  string,
  { id: string; body: unknown; properties: { key: string; value: unknown }[] }[]
>();
const properties = new Map<string, unknown>();
const keyOf = (call: JiraRequestSeen) => decodeURIComponent(call.path.split('?')[0]?.split('/')[5] ?? '');

/** The canned Jira site: the answers the adapter needs, each checked against the OpenAPI document by the fake. */
function jiraSite() {
  jira.reset();
  jira.on('GET', '/rest/api/3/field', () => ({ status: 200, body: jiraServiceDeskFieldDetails() }));
  jira.on('GET', '/rest/api/3/issue/{issueIdOrKey}', (call) => {
    const n = Number(keyOf(call).replace('HELP-', ''));
    return Number.isInteger(n) ? { status: 200, body: request(n) } : undefined;
  });
  jira.on('GET', '/rest/api/3/issue/{issueIdOrKey}/comment', (call) => {
    const list = comments.get(keyOf(call)) ?? [];
    return { status: 200, body: { startAt: 0, maxResults: 100, total: list.length, comments: list } };
  });
  jira.on('POST', '/rest/api/3/issue/{issueIdOrKey}/comment', (call) => {
    later(deliverySeconds / 60);
    const list = comments.get(keyOf(call)) ?? [];
    const posted = { id: String(list.length + 1), ...(call.body as { body: unknown; properties: [] }) };
    comments.set(keyOf(call), [...list, posted]);
    return { status: 201, body: { id: posted.id } };
  });
  jira.on('PUT', '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', (call) => {
    properties.set(`${keyOf(call)}/${call.path.split('?')[0]?.split('/').pop()}`, call.body);
    return { status: 200, body: {} };
  });
  jira.on('GET', '/rest/api/3/project/search', () => ({
    status: 200,
    body: { isLast: true, maxResults: 50, startAt: 0, total: 1, values: [{ id: '10000', key: 'HELP' }] },
  }));
  jira.on('POST', '/rest/api/3/permissions/check', (call) => ({
    status: 200,
    body: permissionsCheck([jiraAdmin('admin-1'), jsmAgent('agent-1', [10000], [10042])], call.body),
  }));
  jira.on('GET', '/rest/api/3/user/groups', (call) => ({
    status: 200,
    body: call.query.get('accountId') === 'csi-1' ? [{ name: 'xloop-csi-managers' }] : [],
  }));
}

const resolved = (n: number) =>
  jiraIssueEvent({
    issue: { key: `HELP-${n}` },
    changelog: { id: String(30000 + n) },
    timestamp: Date.now(),
  });
const later = (minutes: number) => vi.setSystemTime(Date.now() + minutes * 60_000);

/** The platform's side of the queue: runs the consumer on every event that may run now, as Forge would. */
async function drainDispatchQueue() {
  const runs: { processed: number; more: boolean }[] = [];
  for (let event = queues.take('xloop-dispatch'); event; event = queues.take('xloop-dispatch')) {
    const taken = event;
    runs.push(
      await queues.run(taken, () => invoke('index.dispatchBatch', () => entry.dispatchBatch(), taken.origin)),
    );
  }
  return runs;
}

describe('the Forge entry (src/index.ts) with @forge/api, /events, /kvs and /sql replaced at the module edge', () => {
  it('takes a resolved JSM request from the trigger through queue, comment, one-click answer and resolver', async () => {
    jiraSite();
    // Installing the app brings the schema in, through Forge's own migration runner: DDL on the DDL endpoint, one
    // statement per request.
    expect(deliver('schema-on-install-and-upgrade', { eventType: 'avi:forge:installed:app' })).toEqual({
      invoke: true,
    });
    await invoke('index.migrateSchema', () => entry.migrateSchema());
    const ddl = forgeSql.calls.filter((c) => c.endpoint === '/api/v1/execute/ddl');
    expect(ddl[0]?.query).toContain('CREATE TABLE IF NOT EXISTS __migrations');
    expect(ddl.filter((c) => /CREATE TABLE IF NOT EXISTS xl_/.test(c.query)).length).toBeGreaterThan(5);
    expect(forgeSql.calls.every((c) => c.status === 200)).toBe(true);
    const ddlCount = ddl.length;

    // The issue is resolved: Jira sends the update event (twice, as it may), which passes the trigger's filter.
    expect(deliver('issue-events', resolved(42))).toEqual({ invoke: true });
    const first = await invoke('index.onIssueEvent', () => entry.onIssueEvent(resolved(42)));
    expect(first).toEqual({ decisions: ['schedule'] });
    expect(await invoke('index.onIssueEvent', () => entry.onIssueEvent(resolved(42)))).toEqual({
      decisions: [],
    });
    const trigger = jira.callsIn(jira.calls[0]?.invocation ?? -1);
    expect(trigger.map((c) => [c.as, c.method, c.template])).toEqual([
      ['app', 'GET', '/rest/api/3/field'],
      ['app', 'GET', '/rest/api/3/issue/{issueIdOrKey}'],
    ]);
    expect(trigger[1]?.query.get('fields')).toContain('customfield_10002');
    // The second event reads only the issue: JSM's field ids are kept for a day. No handler ran DDL.
    expect(jira.callsIn(jira.calls.at(-1)?.invocation ?? -1).map((c) => c.template)).toEqual([
      '/rest/api/3/issue/{issueIdOrKey}',
    ]);
    expect(forgeSql.calls.filter((c) => c.endpoint === '/api/v1/execute/ddl')).toHaveLength(ddlCount);

    // An hour later the scheduled trigger hands the work to the queue: one event, one run at a time.
    later(60);
    await invoke('index.startDispatch', () => entry.startDispatch());
    expect(queues.requests).toMatchObject([{ queueName: 'xloop-dispatch', events: 1, status: 201 }]);
    expect(queues.pending).toMatchObject([
      { body: { reason: 'schedule' }, concurrency: { key: 'xloop-dispatch', limit: 1 } },
    ]);

    // The consumer runs the batch: the survey goes out as one public comment carrying the 0–10 links.
    expect(await drainDispatchQueue()).toEqual([{ processed: 1, more: false }]);
    const delivery = jira.calls.filter((c) => c.template === '/rest/api/3/issue/{issueIdOrKey}/comment');
    expect(delivery.map((c) => [c.as, c.method, c.path.split('?')[0]])).toEqual([
      ['app', 'GET', '/rest/api/3/issue/HELP-42/comment'],
      ['app', 'POST', '/rest/api/3/issue/HELP-42/comment'],
    ]);
    const posted = delivery[1]?.body as { body: unknown; properties: { key: string; value: unknown }[] };
    expect(posted.properties).toEqual([
      { key: 'sd.public.comment', value: { internal: false } },
      { key: 'xloop.survey', value: { id: expect.any(String) } },
    ]);
    const text = JSON.stringify(posted.body);
    expect(text).toContain('Miten onnistuimme tiketissä HELP-42?');
    const tokens = [...text.matchAll(/x1\/one-click\?token=([A-Za-z0-9._%-]+)/g)].map((m) =>
      decodeURIComponent(m[1] ?? ''),
    );
    expect(tokens).toHaveLength(11);
    // The one-click token key was made once and kept in KVS secrets, never in the database.
    expect(store.secret.has('xloop-token-keyring')).toBe(true);
    expect(store.plain.size).toBe(0);
    expect(store.calls.filter((c) => c.path === '/api/v1/secret/set')).toHaveLength(1);
    expect(JSON.stringify(forgeSql.calls)).not.toContain(String(store.secret.get('xloop-token-keyring')));

    // The customer clicks 4 in the e-mail, then answers the follow-up.
    later(30);
    const base = {
      path: '/x1/one-click',
      headers: { 'Accept-Language': ['fi-FI'] },
      queryParameters: {},
      body: '',
    };
    const click = await invoke('index.oneClick', () =>
      entry.oneClick({ ...base, method: 'GET', queryParameters: { token: [tokens[4] ?? ''] } } as never),
    );
    expect(click.statusCode).toBe(200);
    expect(click.headers?.['Content-Type']).toEqual(['text/html; charset=utf-8']);
    const form = new URLSearchParams({
      token: tokens[4] ?? '',
      score: '4',
      factors: 'slow',
      lostTime: '1-4-hours',
      comment: 'VPN dropped again',
    });
    const saved = await invoke('index.oneClick', () =>
      entry.oneClick({ ...base, method: 'POST', body: form.toString() } as never),
    );
    expect(saved.statusCode).toBe(200);
    // The score is on the issue for agents and JQL (experienceScore <= 6).
    expect(properties.get('HELP-42/xloop-experience')).toMatchObject({ score: 4, state: 'answered' });

    // The agent sees it on the ticket through the resolver the issue panel calls.
    const view = (await invoke('index.resolver', () =>
      entry.resolver(
        {
          call: { functionKey: 'getTicketExperience', payload: {} },
          context: { extension: { issue: { id: '10042', key: 'HELP-42' } } },
        },
        { principal: { accountId: 'agent-1' } },
      ),
    )) as { value: { responses: { score: number; comment: string }[] } };
    expect(view.value.responses).toMatchObject([{ score: 4, comment: 'VPN dropped again' }]);
    // Jira decided, as the agent: one permission check (Administer Jira, JSM agent, Browse the issue).
    const roles = jira.calls.filter((c) => c.template === '/rest/api/3/permissions/check').at(-1);
    expect([roles?.as, roles?.method, roles?.body]).toEqual([
      'user',
      'POST',
      expect.objectContaining({ accountId: 'agent-1' }),
    ]);

    // Every request was a documented operation answered by a conforming body; no limit was reached.
    expect(jira.problems).toEqual([]);
    const perInvocation = new Set(jira.calls.map((c) => c.invocation));
    expect(Math.max(...[...perInvocation].map((id) => jira.callsIn(id).length))).toBeLessThanOrEqual(3);
  });

  it('tracks a CSI manager’s new initiative as an issue in the CSI project, linked to the tickets behind it', async () => {
    // HELP-42 was answered 4 with a comment by the journey above: it is the evidence for the VPN segment.
    jiraSite();
    jira.on('POST', '/rest/api/3/issue', () => ({
      status: 201,
      body: { id: '10900', key: 'CSI-1', self: 'https://site.example/rest/api/3/issue/10900' },
    }));
    jira.on('GET', '/rest/api/3/issueLinkType', () => ({
      status: 200,
      body: {
        issueLinkTypes: [
          { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
          { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
        ],
      },
    }));
    jira.on('POST', '/rest/api/3/issueLink', () => ({ status: 201 }));
    const as = (accountId: string, functionKey: string, payload: unknown) =>
      invoke('index.resolver', () =>
        entry.resolver({ call: { functionKey, payload }, context: {} }, { principal: { accountId } }),
      );
    expect(
      await as('admin-1', 'saveForgeConfig', { config: { csiProject: { key: 'CSI', issueType: 'Task' } } }),
    ).toMatchObject({ value: { csiProject: { key: 'CSI' } } });
    later(24 * 60);
    const created = await as('csi-1', 'createInitiative', {
      id: 'vpn-1',
      title: 'VPN that stays up',
      segment: { service: 'VPN' },
    });
    expect(created).toMatchObject({ value: { id: 'vpn-1', externalKey: 'CSI-1' } });
    const writes = jira.calls.filter((c) => c.method === 'POST').slice(-2);
    expect(writes.map((c) => [c.as, c.template, c.body])).toEqual([
      [
        'app',
        '/rest/api/3/issue',
        expect.objectContaining({ fields: expect.objectContaining({ summary: 'VPN that stays up' }) }),
      ],
      [
        'app',
        '/rest/api/3/issueLink',
        { type: { name: 'Relates' }, inwardIssue: { key: 'HELP-42' }, outwardIssue: { key: 'CSI-1' } },
      ],
    ]);
    expect(jira.problems).toEqual([]);
  });

  it('delivers a backlog in runs that re-queue themselves, and leaves it to the schedule when the chain limit refuses', async () => {
    jiraSite();
    queues.reset();
    // Fifty-one requests resolved at once; Jira takes a second per comment, so one run delivers one batch of 50
    // within its time budget and queues the next run for the rest.
    const backlog = Array.from({ length: 51 }, (_, i) => 100 + i);
    for (const n of backlog) await invoke('index.onIssueEvent', () => entry.onIssueEvent(resolved(n)));
    later(60);
    deliverySeconds = 1;
    const start = await invoke('index.startDispatch', async () => {
      await entry.startDispatch();
      return queues.requests.at(-1)?.invocation ?? -1;
    });
    // This chain of invocations has already pushed as often as Forge allows, less one: the schedule's own push
    // plus 999 earlier hops (pushed here straight to the fake service, a minute apart per 400 to stay under the
    // 500 events a minute).
    const hops = new events.Queue({ key: 'xloop-dispatch' });
    for (let hop = 1; hop < PUSHES_PER_CHAIN; hop++) {
      if (hop % 400 === 0) later(1);
      await invoke('(earlier hop)', () => hops.push({ body: { reason: 'earlier-hop' } }), start);
    }
    queues.pending.splice(
      0,
      queues.pending.length,
      ...queues.pending.filter((e) => e.body.reason === 'schedule'),
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const runs = await drainDispatchQueue();
    // The run delivered its batch; its push of the next run was refused by the chain limit, and that did not fail
    // the run.
    expect(runs).toEqual([{ processed: 50, more: true }]);
    expect(queues.requests.at(-1)).toMatchObject({ status: 405, origin: start });
    expect(warn).toHaveBeenCalledWith(
      'xloop: the next dispatch run waits for the schedule:',
      expect.any(events.InvocationLimitReachedError),
    );
    warn.mockRestore();
    expect(queues.pending).toEqual([]);
    const run = jira.calls.at(-1)?.invocation ?? -1;
    // Two Jira requests per delivery (look for an earlier copy, then post): 100, just inside the limit.
    expect(jira.callsIn(run)).toHaveLength(2 * 50);
    expect(jira.callsIn(run).length).toBeLessThanOrEqual(REQUESTS_PER_INVOCATION);

    // Five minutes later the schedule starts a new chain, which delivers the rest.
    later(5);
    await invoke('index.startDispatch', () => entry.startDispatch());
    expect(await drainDispatchQueue()).toEqual([{ processed: 1, more: false }]);
    expect(backlog.map((n) => comments.get(`HELP-${n}`)?.length)).toEqual(backlog.map(() => 1));
    expect(jira.problems).toEqual([]);
    deliverySeconds = 0;
  });

  it('refuses pushes over the async-events limits with @forge/events’ own errors; a refused schedule loses nothing', async () => {
    queues.reset();
    const queue = new events.Queue({ key: 'xloop-dispatch' });
    expect(() => new events.Queue({ key: 'xloop dispatch' })).toThrow(events.InvalidQueueNameError);
    const many = Array.from({ length: 51 }, (_, i) => ({ body: { i } }));
    await expect(queue.push(many)).rejects.toBeInstanceOf(events.TooManyEventsError);
    await expect(queue.push({ body: { blob: 'x'.repeat(201 * 1024) } })).rejects.toBeInstanceOf(
      events.PayloadTooBigError,
    );
    await expect(queue.push({ body: {}, delayInSeconds: 901 })).rejects.toBeInstanceOf(
      events.InvalidPushSettingsError,
    );
    await expect(queue.push({ body: [] as never })).rejects.toThrow('Event body must be an object.');
    expect(queues.requests).toEqual([]);

    // 500 events a minute per installation: the next push, the scheduled trigger's own, is refused.
    for (let i = 0; i < EVENTS_PER_MINUTE / 50; i++) await queue.push(many.slice(0, 50));
    await expect(invoke('index.startDispatch', () => entry.startDispatch())).rejects.toBeInstanceOf(
      events.RateLimitError,
    );
    expect(queues.requests.at(-1)).toMatchObject({ status: 429, events: 1 });
    // The trigger fails visibly; the next five-minute schedule pushes again and nothing was marked done meanwhile.
    later(5);
    queues.pending.length = 0;
    await invoke('index.startDispatch', () => entry.startDispatch());
    expect(queues.pending).toMatchObject([{ body: { reason: 'schedule' } }]);
    queues.reset();

    // The platform's side honours delays and concurrency keys: no second run of the key while one runs.
    const once = { key: 'xloop-dispatch', limit: 1 };
    await queue.push([
      { body: { n: 1 }, concurrency: once },
      { body: { n: 2 }, concurrency: once },
      { body: { n: 3 }, delayInSeconds: 60 },
    ]);
    const firstRun = queues.take('xloop-dispatch');
    const seen = await queues.run(firstRun as never, async () => queues.take('xloop-dispatch'));
    expect([firstRun?.body.n, seen]).toEqual([1, undefined]);
    expect(queues.take('xloop-dispatch')?.body.n).toBe(2);
    expect(queues.take('xloop-dispatch')).toBeUndefined();
    later(1);
    expect(queues.take('xloop-dispatch')?.body.n).toBe(3);
    queues.reset();
  });

  it('refuses KVS keys and values over the documented limits with @forge/kvs’ own ForgeKvsAPIError', async () => {
    const tooLong = 'k'.repeat(501);
    await expect(kvs.getSecret(tooLong)).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(kvs.getSecret(tooLong)).rejects.toMatchObject({
      code: 'KEY_TOO_LONG',
      responseDetails: { status: 400, httpPath: '/api/v1/secret/get' },
    });
    await expect(kvs.setSecret('k'.repeat(500), 'fits')).resolves.toBeUndefined();
    await expect(kvs.setSecret('', 'x')).rejects.toMatchObject({ code: 'KEY_TOO_SHORT' });
    await expect(kvs.setSecret('xloop/token-keyring', 'x')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.setSecret('   ', 'x')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    const between = 'x'.repeat(200 * 1024);
    await expect(kvs.setSecret('xloop-big', between)).rejects.toMatchObject({ code: 'MAX_SIZE' });
    await expect(kvs.set('xloop-big', between)).resolves.toBeUndefined();
    await expect(kvs.set('xloop-bigger', 'x'.repeat(241 * 1024))).rejects.toMatchObject({ code: 'MAX_SIZE' });
    const nested = (levels: number): unknown => (levels === 0 ? 'leaf' : { inner: nested(levels - 1) });
    await expect(kvs.set('xloop-deep', nested(31))).resolves.toBeUndefined();
    await expect(kvs.set('xloop-deeper', nested(32))).rejects.toMatchObject({ code: 'MAX_DEPTH' });
    // A missing key reads as undefined, and a secret is not a plain value.
    await expect(kvs.getSecret('xloop-nothing-here')).resolves.toBeUndefined();
    await expect(kvs.getSecret('xloop-big')).resolves.toBeUndefined();
  });

  it('refuses Forge SQL requests over the documented limits with @forge/sql’s own ForgeSQLAPIError', async () => {
    await expect(sql.executeRaw('SELECT 1; SELECT 2')).rejects.toBeInstanceOf(ForgeSQLAPIError);
    await expect(sql.executeRaw('SELECT 1; SELECT 2')).rejects.toMatchObject({
      code: errorCodes.SQL_EXECUTION_ERROR,
      responseDetails: { status: 400 },
    });
    await expect(sql.executeRaw('SELECT 1 AS one;')).resolves.toEqual({ rows: [{ one: 1 }] });
    await expect(
      sql
        .prepare('SELECT ? AS big')
        .bindParams('x'.repeat(1024 * 1024))
        .execute(),
    ).rejects.toMatchObject({ responseDetails: { status: 413 } });
    await expect(sql.executeRaw("SELECT REPEAT('x', 5 * 1024 * 1024) AS big")).rejects.toMatchObject({
      responseDetails: { status: 413 },
    });
    await expect(sql.executeRaw('SELECT no_such_column FROM xl_surveys')).rejects.toMatchObject({
      code: errorCodes.SQL_EXECUTION_ERROR,
    });
    // The 5 s SELECT timeout, on the database itself.
    await expect(sql.executeRaw('SELECT SLEEP(6) AS slept')).rejects.toMatchObject({
      code: errorCodes.QUERY_TIMED_OUT,
    });
  }, 120_000);

  it('takes Jira paths only as routes, answers only documented operations, and caps requests per invocation', async () => {
    jiraSite();
    await expect(api.asApp().requestJira('/rest/api/3/field' as never)).rejects.toThrow(/route/);
    const sneaky = '../../admin';
    expect(() => api.route`/rest/api/3/issue/${sneaky}`).toThrow(/path manipulation/);
    expect((await api.asApp().requestJira(api.route`/rest/api/3/no-such-thing`)).status).toBe(400);
    expect(jira.problems).toEqual([
      expect.stringContaining('/rest/api/3/no-such-thing is not in the Jira platform API'),
    ]);
    jira.problems.length = 0;
    const statuses = await invoke('(many requests)', async () => {
      const seen: (number | string | null)[] = [];
      for (let i = 0; i <= REQUESTS_PER_INVOCATION; i++) {
        const response = await api.asApp().requestJira(api.route`/rest/api/3/field`);
        seen.push(response.status, response.headers.get('forge-proxy-error'));
      }
      return seen;
    });
    expect(statuses.slice(-4)).toEqual([200, null, 429, 'FETCH_LIMIT_EXCEEDED']);
    // A canned answer that does not conform to the documented schema is caught, not passed on.
    jira.on('GET', '/rest/api/3/user/groups', () => ({ status: 200, body: { name: 'not-a-list' } }));
    jira.reset();
    jira.on('GET', '/rest/api/3/user/groups', () => ({ status: 200, body: { name: 'not-a-list' } }));
    expect((await api.asApp().requestJira(api.route`/rest/api/3/user/groups?accountId=${'a'}`)).status).toBe(
      400,
    );
    expect(jira.problems).toEqual([expect.stringContaining('does not conform')]);
  });

  it('is invoked only for status or resolution changes of service projects, and asks Forge to retry what may pass', async () => {
    jiraSite();
    const software = {
      ...resolved(7),
      issue: { id: '20007', key: 'DEV-7', fields: { project: { key: 'DEV', projectTypeKey: 'software' } } },
    };
    expect(deliver('issue-events', software)).toEqual({
      invoke: false,
      reason: 'filtered out by the expression',
    });
    const summary = {
      ...resolved(8),
      changelog: { id: '1', items: [{ field: 'summary', fieldId: 'summary' }] },
    };
    expect(deliver('issue-events', summary)).toEqual({
      invoke: false,
      reason: 'filtered out by the expression',
    });
    expect(deliver('issue-events', { ...resolved(9), eventType: 'avi:jira:created:issue' })).toMatchObject({
      invoke: false,
    });
    // The app's own writes (the score as an issue property) never come back to it.
    expect(deliver('issue-events', resolved(9), true)).toEqual({
      invoke: false,
      reason: 'caused by the app (ignoreSelf)',
    });
    // An event the expression cannot read still invokes the function, which applies the same rule: no Jira call.
    expect(deliver('issue-events', { eventType: 'avi:jira:updated:issue', issue: null })).toMatchObject({
      invoke: true,
    });
    const before = jira.calls.length;
    expect(await invoke('index.onIssueEvent', () => entry.onIssueEvent(summary))).toEqual({
      ignored: 'neither status nor resolution changed',
    });
    expect(jira.calls.length).toBe(before);

    // Jira rate-limits the issue read: the trigger does not sleep past its 25 s, and asks Forge to deliver again,
    // naming the cause as an upstream rate limit.
    jira.reset();
    jira.on('GET', '/rest/api/3/issue/{issueIdOrKey}', () => ({
      status: 429,
      body: { errorMessages: ['Too many requests'] },
      headers: { 'retry-after': '30' },
    }));
    const started = Date.now();
    const retried = await invoke('index.onIssueEvent', () => entry.onIssueEvent(resolved(60)));
    expect(retried).toEqual(
      new events.InvocationError({
        retryAfter: 30,
        retryReason: events.InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
      }),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    // After its last retry the event is left to the hourly sweep.
    await expect(
      invoke('index.onIssueEvent', () =>
        entry.onIssueEvent({ ...resolved(60), retryContext: { retryCount: 3 } }),
      ),
    ).rejects.toThrow(/429/);
  });

  it('keeps one token keyring when two first invocations race to make it (KVS fail-if-exists)', async () => {
    store.reset();
    const { forgePorts } = await import('../src/forge-ports');
    const [a, b] = await Promise.all([forgePorts().settings.keyring(), forgePorts().settings.keyring()]);
    expect(a).toEqual(b);
    expect(
      store.calls
        .filter((c) => c.path === '/api/v1/secret/set')
        .map((c) => c.status)
        .sort(),
    ).toEqual([204, 409]);
    expect(store.secret.size).toBe(1);
  });

  it('sweeps up hourly the resolutions whose events were lost, once each, and checks the schema', async () => {
    jiraSite();
    const searches: string[] = [];
    jira.on('GET', '/rest/api/3/search/jql', (call) => {
      searches.push(call.query.get('jql') ?? '');
      return { status: 200, body: { isLast: true, issues: [request(70), request(71)] } };
    });
    const before = forgeSql.calls.filter((c) => c.endpoint === '/api/v1/execute/ddl').length;
    expect(await invoke('index.sweepResolutions', () => entry.sweepResolutions())).toMatchObject({
      seen: 2,
      scheduled: 2,
      complete: true,
    });
    expect(searches[0]).toContain('projectType = "service_desk"');
    expect(searches[0]).toContain('statusCategory = Done AND statusCategoryChangedDate >= "-2h"');
    // The next hour looks back only since the first sweep, with an overlap, and finds the same two: decided
    // already, nothing new.
    later(60);
    expect(await invoke('index.sweepResolutions', () => entry.sweepResolutions())).toMatchObject({
      seen: 2,
      scheduled: 0,
      minutes: 70,
    });
    expect(searches[1]).toContain('statusCategoryChangedDate >= "-70m"');
    // The migration runner checked the schema (its own table) and found every migration applied.
    const ddl = forgeSql.calls.filter((c) => c.endpoint === '/api/v1/execute/ddl').slice(before);
    expect(ddl.every((c) => c.query.includes('__migrations'))).toBe(true);
    expect(jira.problems).toEqual([]);
  });

  it('reports the personal data it keeps through the Personal Data Reporting API, and erases closed accounts', async () => {
    const { personalData } = api as unknown as {
      personalData: {
        closed: Set<string>;
        updated: Set<string>;
        requests: { accounts: { accountId: string }[] }[];
        reset(): void;
      };
    };
    const count = async (statement: string) => {
      const [rows] = await pool.query(statement);
      return Number((rows as { n: number }[])[0]?.n);
    };
    const agentKeys = "FROM xl_rollups WHERE segment_key LIKE 'agent=%' AND LOCATE('|', segment_key) = 0";
    const [before] = await pool.query(
      `SELECT SUM(resolved) AS resolved, SUM(answered) AS answered ${agentKeys}`,
    );
    expect(
      await count("SELECT COUNT(*) AS n FROM xl_rollups WHERE segment_key = 'agent=agent-1'"),
    ).toBeGreaterThan(0);
    personalData.reset();
    personalData.closed.add('customer-70');
    personalData.closed.add('agent-1');
    const reported = await invoke('index.reportPersonalData', () => entry.reportPersonalData());
    expect(reported).toMatchObject({ erased: 2 });
    const accounts = personalData.requests.flatMap((r) => r.accounts.map((a) => a.accountId));
    expect(accounts).toContain('customer-42');
    expect(accounts).toContain('customer-70');
    expect(accounts).toContain('agent-1');
    expect(accounts).not.toContain('erased');
    expect(new Set(accounts).size).toBe(accounts.length);
    expect(await count("SELECT COUNT(*) AS n FROM xl_surveys WHERE requester_id = 'customer-70'")).toBe(0);
    expect(
      await count("SELECT COUNT(*) AS n FROM xl_surveys WHERE requester_id = 'customer-42'"),
    ).toBeGreaterThan(0);
    // The agent is gone from every table, their counts kept under one pseudonym.
    for (const [table, column] of [
      ['xl_surveys', 'body'],
      ['xl_suppressions', 'body'],
      ['xl_responses', 'body'],
      ['xl_rollups', 'segment_key'],
      ['xl_rollup_factors', 'segment_key'],
      ['xl_rollup_changes', 'keys_json'],
    ])
      expect(
        await count(`SELECT COUNT(*) AS n FROM ${table} WHERE LOCATE('agent-1', ${column}) > 0`),
        table,
      ).toBe(0);
    const [pseudonyms] = await pool.query(`SELECT DISTINCT segment_key ${agentKeys}`);
    expect((pseudonyms as { segment_key: string }[]).map((row) => row.segment_key)).toEqual([
      expect.stringMatching(/^agent=erased-agent-[0-9a-f]{12}$/),
    ]);
    const [after] = await pool.query(
      `SELECT SUM(resolved) AS resolved, SUM(answered) AS answered ${agentKeys}`,
    );
    expect(after).toEqual(before);
    expect(
      await count("SELECT COUNT(*) AS n FROM xl_surveys WHERE LOCATE('erased-agent-', body) > 0"),
    ).toBeGreaterThan(0);
    // The next run reports neither the erased accounts nor the pseudonym.
    personalData.reset();
    await invoke('index.reportPersonalData', () => entry.reportPersonalData());
    const again = personalData.requests.flatMap((r) => r.accounts.map((a) => a.accountId));
    expect(again).toContain('customer-42');
    expect(again.filter((id) => id === 'agent-1' || id === 'customer-70' || id.startsWith('erased'))).toEqual(
      [],
    );
    // An account Atlassian says changed has its stored details read again from Jira, one request per account.
    jira.on('GET', '/rest/api/3/user', (call) => ({
      status: 200,
      body: {
        accountId: call.query.get('accountId'),
        accountType: 'customer',
        active: true,
        displayName: 'Customer 42, renamed',
        timeZone: 'Europe/Berlin',
      },
    }));
    personalData.reset();
    personalData.updated.add('customer-42');
    expect(await invoke('index.reportPersonalData', () => entry.reportPersonalData())).toMatchObject({
      erased: 0,
      refreshed: 1,
    });
    expect(
      await count("SELECT COUNT(*) AS n FROM xl_surveys WHERE LOCATE('Customer 42, renamed', body) > 0"),
    ).toBeGreaterThan(0);
    expect(jira.calls.filter((c) => c.template === '/rest/api/3/user')).toHaveLength(1);
    expect(jira.problems).toEqual([]);
  });

  it('checks the site for its first admin: scopes, projects, storage, the trigger, a dry run and a test invitation', async () => {
    jiraSite();
    jira.on('GET', '/rest/api/3/search/jql', () => ({
      status: 200,
      body: { isLast: true, issues: [request(42)] },
    }));
    const notified: unknown[] = [];
    jira.on('POST', '/rest/api/3/issue/{issueIdOrKey}/notify', (call) => {
      notified.push(call.body);
      return { status: 204 };
    });
    const as = (accountId: string, payload: unknown) =>
      invoke('index.resolver', () =>
        entry.resolver(
          { call: { functionKey: 'checkSite', payload }, context: {} },
          { principal: { accountId } },
        ),
      ) as Promise<{ value?: { id: string; status: string; detail: string }[]; error?: { status: number } }>;
    expect(await as('agent-1', {})).toMatchObject({ error: { status: 403 } });
    const checked = await as('admin-1', {});
    expect(checked.value?.map((c) => [c.id, c.status])).toEqual([
      ['scopes', 'pass'],
      ['service-projects', 'pass'],
      ['jsm-csat', 'manual'],
      ['web-trigger', 'pass'],
      ['storage', 'pass'],
      ['trigger', 'pass'],
      ['dry-run', 'pass'],
    ]);
    expect(notified).toEqual([]);
    const withTest = await as('admin-1', { sendTest: true });
    expect(withTest.value?.at(-1)).toMatchObject({ id: 'test-invitation', status: 'pass' });
    expect(notified).toEqual([expect.objectContaining({ to: { users: [{ accountId: 'admin-1' }] } })]);
    expect(jira.problems).toEqual([]);
  });
});
