import {
  commentDelivery,
  dispatchBatch,
  type JiraRequest,
  jiraClient,
  migrate,
  type SqlExecutor,
} from '@xloop/forge-app';
import { type MariaDb, sqlPorts, startMariaDb } from '@xloop/forge-app/testing';
import {
  ConnectorError,
  createClient,
  type ImportSummary,
  importJira,
  importServiceNow,
  openSandbox,
  type SandboxPorts,
} from '@xloop/sandbox';
import {
  DEFAULT_SETTINGS,
  type Delivery,
  type DeliveryResult,
  HOUR,
  MINUTE,
  message,
  onTicketEvent,
  type Ports,
  type RollupStore,
  rollupFor,
  type Survey,
  TICKET_SURVEY,
  type Ticket,
  verifyToken,
} from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { ManualClock, memoryPorts, RecordingDelivery } from '@xloop/shared-core/testing';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  imported,
  JIRA_FIELDS,
  jiraSearchPage,
  ratedOf,
  serviceNowIncidents,
  serviceNowResults,
} from './support/faults-history-sites';
import { Faults } from './support/faults-injector';

const SITE = 'https://xloop-e2e.atlassian.net';
const ONE_CLICK = 'https://xloop-e2e.example/x1/one-click';
/** What a Forge `requestJira` call waits before giving up on an answer. */
const CALL_TIMEOUT_MS = 40;
const TICKETS = 300;
// Monday 2026-11-02 07:00 UTC.
const START = Date.UTC(2026, 10, 2, 7);
const ZONES = ['Europe/Helsinki', 'America/New_York', 'Asia/Tokyo', 'UTC'];

interface SiteComment {
  readonly id: string;
  readonly issue: string;
  readonly body: unknown;
  readonly properties: { key: string; value: unknown }[];
}

// The comment site's state, fresh for each run.
let jiraFaults = new Faults(0);
let comments: SiteComment[] = [];

// The sites the sandbox imports history from; `null` answers without faults, for a clean import to compare with.
const HISTORY_SITE = 'https://xloop-e2e-history.atlassian.net';
const INSTANCE = 'https://xloop-e2e.service-now.com';
const HISTORY_TICKETS = 500;
let historyFaults: Faults | null = null;
const history = (answer: () => JsonBodyType) =>
  historyFaults ? historyFaults.answer(() => HttpResponse.json(answer())) : HttpResponse.json(answer());

// The Jira site at the network edge: the two comment endpoints the comment delivery calls, through the fault plan.
const server = setupServer(
  http.get(`${SITE}/rest/api/3/issue/:key/comment`, ({ params }) =>
    jiraFaults.answer(() => {
      const own = comments.filter((c) => c.issue === params.key).reverse();
      return HttpResponse.json({ startAt: 0, maxResults: 100, total: own.length, comments: own });
    }),
  ),
  http.post(`${SITE}/rest/api/3/issue/:key/comment`, async ({ params, request }) => {
    const body = (await request.json()) as { body: unknown; properties?: SiteComment['properties'] };
    return jiraFaults.answer(() => {
      const comment = {
        id: String(10_000 + comments.length),
        issue: String(params.key),
        body: body.body,
        properties: body.properties ?? [],
      };
      comments.push(comment);
      return HttpResponse.json({ id: comment.id }, { status: 201 });
    }, true);
  }),
  http.get(`${HISTORY_SITE}/rest/api/3/field`, () => history(() => JIRA_FIELDS)),
  http.get(`${HISTORY_SITE}/rest/api/3/search/jql`, ({ request }) =>
    history(() => jiraSearchPage(new URL(request.url), HISTORY_TICKETS)),
  ),
  http.get(`${INSTANCE}/api/now/table/incident`, ({ request }) =>
    history(() => serviceNowIncidents(new URL(request.url), HISTORY_TICKETS)),
  ),
  http.get(`${INSTANCE}/api/now/table/asmt_metric_result`, ({ request }) =>
    history(() => serviceNowResults(new URL(request.url), HISTORY_TICKETS)),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function resolvedTicket(n: number): Ticket & { resolvedAt: number } {
  const resolvedAt = START + n * 7 * MINUTE;
  return {
    id: `jira:HELP-${n}`,
    kind: n % 3 ? 'request' : 'incident',
    requester: { id: `customer-${n}`, timeZone: ZONES[n % ZONES.length] as string, locale: 'en' },
    agentId: 'agent-1',
    status: 'resolved',
    resolutionCode: 'Done',
    segment: { service: n % 2 ? 'VPN' : 'Email', channel: 'portal' },
    createdAt: resolvedAt - 3 * HOUR,
    resolvedAt,
  };
}

/** The survey id and message kind a comment carries, read from its body as the customer would see it. */
function readComment(comment: SiteComment) {
  const text = JSON.stringify(comment.body);
  const hrefs = [...text.matchAll(/"href":"([^"]+)"/g)].map((m) => new URL(m[1] ?? '').searchParams);
  const tokens = hrefs.map((p) => p.get('token') ?? '');
  const payload = JSON.parse(Buffer.from(tokens[0]?.split('.')[2] ?? '', 'base64url').toString()) as {
    s: string;
  };
  const key = comment.issue;
  const reminder = text.includes(message(TICKET_SURVEY, 'en', 'email.reminderSubject', { ticket: key }));
  return { surveyId: payload.s, kind: reminder ? 'reminder' : 'invitation', tokens };
}

/** The stores a run keeps its surveys in, and the two reads the run needs that the ports do not offer. */
interface Stores {
  readonly ports: Ports & { readonly rollups: RollupStore & { finishChanges?: () => Promise<number> } };
  readonly clock: ManualClock;
  nextDue(): Promise<number | undefined>;
  surveys(): Promise<Survey[]>;
}

const SETTINGS = {
  ...DEFAULT_SETTINGS,
  policy: { ...DEFAULT_SETTINGS.policy, timeZone: 'Europe/Helsinki' },
};

function memoryStores(): Stores {
  const ports = memoryPorts({ now: START, zoned: dateFnsZonedTime, crypto: nodeCrypto, settings: SETTINGS });
  return {
    ports,
    clock: ports.clock,
    nextDue: async () => ports.surveys.nextDue(),
    surveys: async () => ports.surveys.all(),
  };
}

async function forgeSqlStores(db: SqlExecutor): Promise<Stores> {
  await migrate(db);
  const clock = new ManualClock(START);
  const ports = sqlPorts(db, { now: () => clock.now(), delivery: new RecordingDelivery() });
  await ports.settings.saveSettings(SETTINGS);
  return {
    ports: { ...ports, clock },
    clock,
    nextDue: async () => {
      // BIGINT may come back as a string.
      const [row] = await db.query<{ due: number | string | null }>(
        'SELECT MIN(due_at) AS due FROM xl_surveys WHERE due_at IS NOT NULL',
      );
      return row?.due === null || row?.due === undefined ? undefined : Number(row.due);
    },
    surveys: async () =>
      (await db.query<{ body: string }>('SELECT body FROM xl_surveys')).map(
        (r) => JSON.parse(r.body) as Survey,
      ),
  };
}

/**
 * Resolves `TICKETS` tickets (each event delivered twice), then runs the Forge dispatch handler whenever something
 * is due until nothing is, delivering by comment to the faulty site; returns what the site ends up with.
 */
async function deliverUnderFaults(name: string, stores: Stores, seed: number) {
  const started = Date.now();
  jiraFaults = new Faults(seed, 0.2, CALL_TIMEOUT_MS * 4);
  comments = [];
  const { clock } = stores;
  // Forge's requestJira: a real fetch to the site, given up after the platform's time-out.
  const request: JiraRequest = (path, init) =>
    fetch(`${SITE}${path}`, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
  let clientRetries = 0;
  let waitedMs = 0;
  const jira = jiraClient(request, {
    sleep: async (ms) => {
      clientRetries++;
      waitedMs += ms;
    },
  });
  const comment = commentDelivery(jira, async () => ONE_CLICK);
  const outcomes: Record<DeliveryResult['status'], number> = { sent: 0, retry: 0, failed: 0 };
  const delivery: Delivery = {
    async send(outgoing) {
      const result = await comment.send(outgoing);
      outcomes[result.status]++;
      return result;
    },
  };
  const ports = { ...stores.ports, delivery };

  // Each resolution arrives twice, the second copy late, as Jira's at-least-once webhooks do.
  const events = Array.from({ length: TICKETS }, (_, n) => resolvedTicket(n)).flatMap((ticket, n) => [
    { at: ticket.resolvedAt, event: { type: 'resolved' as const, at: ticket.resolvedAt, ticket } },
    {
      at: ticket.resolvedAt + (n % 5) * 11 * MINUTE,
      event: { type: 'resolved' as const, at: ticket.resolvedAt, ticket },
    },
  ]);
  events.sort((a, b) => a.at - b.at);
  let pushes = 0;
  let runs = 0;
  const queue = { push: async () => void pushes++ };
  for (let step = 0; step < 20_000; step++) {
    const due = await stores.nextDue();
    const event = events[0];
    if (event === undefined && due === undefined) break;
    if (event !== undefined && (due === undefined || event.at <= due)) {
      clock.current = Math.max(clock.current, event.at);
      await onTicketEvent(ports, event.event);
      events.shift();
    } else {
      clock.current = Math.max(clock.current, due as number);
      await dispatchBatch(ports, queue);
      runs++;
    }
  }

  const surveys = await stores.surveys();
  const delivered = new Map<string, number>();
  for (const c of comments) {
    const { surveyId, kind, tokens } = readComment(c);
    expect(tokens).toHaveLength(11);
    const key = `${surveyId}/${kind}`;
    delivered.set(key, (delivered.get(key) ?? 0) + 1);
  }
  // The links verify, so the comments are surveys of ours and not strays.
  const keyring = await ports.settings.keyring();
  const first = comments[0] ? readComment(comments[0]) : undefined;
  expect(verifyToken(first?.tokens[0] ?? '', { crypto: nodeCrypto, keyring, now: START }).ok).toBe(true);

  const expected = surveys.flatMap((s) => [
    ...(s.sentAt !== undefined ? [`${s.id}/invitation`] : []),
    ...(s.remindedAt !== undefined ? [`${s.id}/reminder`] : []),
  ]);
  const doubled = [...delivered].filter(([, n]) => n > 1);
  const lost = expected.filter((k) => !delivered.has(k));
  const strays = [...delivered.keys()].filter((k) => !expected.includes(k));
  const range = { from: '2026-11-01', to: '2026-11-30' };
  const org = rollupFor(await ports.rollups.read(range, ['']), range);

  console.log(
    [
      `faults (Jira comments, ${name}): ${jiraFaults.summary()}`,
      `  ${TICKETS} tickets, ${surveys.length} surveys, ${surveys.filter((s) => s.sentAt).length} invitations and ${surveys.filter((s) => s.remindedAt).length} reminders sent, ${comments.length} comments on the site`,
      `  deliveries: ${outcomes.sent} sent, ${outcomes.retry} to retry, ${outcomes.failed} failed; ${clientRetries} client retries (${Math.round(waitedMs / 1000)} s of waits skipped); ${runs} dispatch runs, ${pushes} follow-up runs queued`,
      `  doubled ${doubled.length}, lost ${lost.length}, strays ${strays.length}; ${Date.now() - started} ms`,
    ].join('\n'),
  );
  return { events, due: await stores.nextDue(), surveys, expected, doubled, lost, strays, org };
}

describe('surveys by Jira comment while 20 % of Jira calls fail', () => {
  const variants: [string, () => Promise<Stores>, number][] = [
    ['in-memory stores', async () => memoryStores(), 20261102],
    ['Forge SQL on MariaDB', async () => forgeSqlStores(await mariaDb().database('xl_faults')), 20261103],
  ];
  let mariadb: MariaDb | undefined;
  const mariaDb = () => {
    if (!mariadb) throw new Error('MariaDB has not started');
    return mariadb;
  };
  beforeAll(async () => {
    mariadb = await startMariaDb();
  });
  afterAll(async () => {
    await mariadb?.stop();
  });

  for (const [name, stores, seed] of variants) {
    it(`delivers every invitation and reminder exactly once, eventually (${name})`, async () => {
      const run = await deliverUnderFaults(name, await stores(), seed);
      expect(run.events).toHaveLength(0);
      expect(run.due).toBeUndefined();
      expect(jiraFaults.total).toBeGreaterThan(0);
      // The case idempotency is for: Jira stored the comment, and the caller saw a failure.
      expect(jiraFaults.acceptedThenFailed).toBeGreaterThan(0);
      expect(run.surveys).toHaveLength(TICKETS);
      expect(run.surveys.every((s) => s.state === 'expired')).toBe(true);
      expect(run.doubled).toEqual([]);
      expect(run.lost).toEqual([]);
      expect(run.strays).toEqual([]);
      expect(comments).toHaveLength(run.expected.length);
      expect(run.org).toMatchObject({ resolved: TICKETS, sent: TICKETS, expired: TICKETS });
    });
  }
});

/**
 * Runs an import until it completes, as an admin would rerun a command that gave up: it resumes each time. msw's
 * network error reaches axios without an error code, which the client does not retry, so those end a run.
 */
async function untilComplete(run: (ports: SandboxPorts) => Promise<ImportSummary>, ports: SandboxPorts) {
  const failures: string[] = [];
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      return { summary: await run(ports), failures };
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      failures.push(`${error.code}: ${error.message}`);
    }
  }
  throw new Error(`the import never completed: ${failures.join(', ')}`);
}

describe('the sandbox importing history while 20 % of calls fail', () => {
  const importers = {
    jira: {
      site: HISTORY_SITE,
      run: (ports: SandboxPorts, client: ReturnType<typeof createClient>) =>
        importJira(ports, client, { site: HISTORY_SITE, since: '2026-10-01', pageSize: 5 }),
    },
    servicenow: {
      site: INSTANCE,
      run: (ports: SandboxPorts, client: ReturnType<typeof createClient>) =>
        importServiceNow(ports, client, { instance: INSTANCE, since: '2026-10-01', pageSize: 5 }),
    },
  };

  for (const [platform, importer] of Object.entries(importers)) {
    it(`imports every ${platform} ticket and rating exactly once`, async () => {
      const started = Date.now();
      let retries = 0;
      const client = () =>
        createClient({
          platform,
          baseURL: importer.site,
          headers: { Authorization: `Basic ${Buffer.from('me:secret').toString('base64')}` },
          retry: { timeoutMs: CALL_TIMEOUT_MS * 2 },
          sleep: async () => void retries++,
          random: () => 0.5,
        });

      historyFaults = null;
      const clean = openSandbox(':memory:');
      await importer.run(clean, client());
      const expected = imported(clean);
      clean.close();

      const faults = new Faults(platform === 'jira' ? 7 : 11, 0.2, CALL_TIMEOUT_MS * 5);
      historyFaults = faults;
      retries = 0;
      const ports = openSandbox(':memory:');
      const { summary, failures } = await untilComplete((p) => importer.run(p, client()), ports);
      const got = imported(ports);
      // Once more from the start: everything is recognised, nothing is counted again.
      historyFaults = null;
      const again = await importer.run(ports, client());
      const after = imported(ports);
      ports.close();

      const rated = ratedOf(HISTORY_TICKETS);
      console.log(
        [
          `faults (${platform} import): ${faults.summary()}`,
          `  ${summary.pages} pages, ${summary.tickets} tickets, ${summary.rated} rated; ${got.org.resolved} resolved and ${got.org.answered} answered in the rollup`,
          `  ${failuresLine(failures)}; ${retries} client retries; rerun: ${again.imported} new, ${again.alreadyKnown} already known; ${Date.now() - started} ms`,
        ].join('\n'),
      );
      expect(got.org.resolved).toBe(HISTORY_TICKETS);
      expect(got.org.answered).toBe(rated);
      expect(got.org.histogram.reduce((a, b) => a + b, 0)).toBe(rated);
      expect(got).toEqual(expected);
      expect(got).toMatchObject({
        tickets: HISTORY_TICKETS,
        resolutions: HISTORY_TICKETS,
        surveys: rated,
        responses: rated,
      });
      expect(again).toMatchObject({ imported: 0, alreadyKnown: HISTORY_TICKETS });
      expect(after).toEqual(expected);
    });
  }
});

/** How many runs an import took, and what ended the ones that gave up, grouped. */
function failuresLine(failures: readonly string[]): string {
  if (failures.length === 0) return 'completed in one run';
  const byCause = new Map<string, number>();
  for (const failure of failures) byCause.set(failure, (byCause.get(failure) ?? 0) + 1);
  const causes = [...byCause].map(([cause, n]) => `${n}× ${cause}`).join('; ');
  return `${failures.length + 1} runs (${failures.length} gave up: ${causes})`;
}
