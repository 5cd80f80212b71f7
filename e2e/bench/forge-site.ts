import { jiraOperation, type MariaDb, startMariaDb } from '@xloop/forge-app/testing';
import { DAY, HOUR, random } from '@xloop/shared-core';
import { forgePlatform, JIRA_SITE } from '../test/support/loop-forge';
import {
  answerFor,
  type QuarterAnswer,
  type QuarterChange,
  type QuarterTicket,
  resolutionChanges,
  TICK,
} from '../test/support/quarter';

type SqlExecutor = Awaited<ReturnType<MariaDb['database']>>;

/**
 * A peak day of a large JSM site through the Forge app's own handlers, on Forge SQL's stand-in (MariaDB) and a
 * Jira site behind msw: `RESOLUTIONS` requests resolved in one working day, about one in eight reopened and
 * resolved again, the invitations dispatched, the requesters answering, then the days after for reminders. What it
 * prints is measured against the Forge limits `forge-app/README.md` cites: Jira requests per surveyed ticket, the
 * slowest invocation of each kind, the largest SQL answer, async events a minute and the storage a resolution takes.
 */
const RESOLUTIONS = Number(process.env.XLOOP_BENCH_RESOLUTIONS ?? 2_000);
const REQUESTERS = 20_000;
const SERVICES = [
  'VPN',
  'Email',
  'Laptops',
  'SAP ERP',
  'Teams',
  'Printing',
  'Access',
  'Mobile',
  'Wi-Fi',
  'HR portal',
];
const ZONES = ['Europe/Helsinki', 'Europe/Stockholm', 'America/New_York', 'Asia/Tokyo', 'UTC'];
const LANGUAGES = ['fi', 'sv', 'en', 'de'];
/** Monday 2026-09-07: a working day with no holiday in any zone above. */
const DAY_START = Date.UTC(2026, 8, 7);

/** Forge's limits (forge-app/README.md, "Forge limits relied on"). */
const LIMITS = {
  triggerMs: 25_000,
  consumerMs: 55_000,
  webTriggerMs: 55_000,
  memoryMb: 512,
  sqlResponseBytes: 4 * 1024 * 1024,
  asyncEventsPerMinute: 500,
};

interface Timings {
  count: number;
  max: number;
  total: number;
}
const timings = new Map<string, Timings>();
async function timed<T>(kind: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const ms = performance.now() - started;
    const t = timings.get(kind) ?? { count: 0, max: 0, total: 0 };
    t.count++;
    t.total += ms;
    t.max = Math.max(t.max, ms);
    timings.set(kind, t);
  }
}

/** The day's requests: resolved in working hours, some reopened within the grace period and resolved again. */
function peakDay(): { tickets: Map<number, QuarterTicket>; changes: QuarterChange[] } {
  const next = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const tickets = new Map<number, QuarterTicket>();
  const changes: QuarterChange[] = [];
  for (let n = 1; n <= RESOLUTIONS; n++) {
    const r = Math.floor(next() * REQUESTERS);
    const createdAt = DAY_START - Math.floor(next() * 72) * HOUR;
    const ticket: QuarterTicket = {
      n,
      requester: {
        id: `u${r + 1}`,
        name: `Requester ${r + 1}`,
        email: `requester${r + 1}@example.com`,
        timeZone: ZONES[r % ZONES.length] as string,
        language: LANGUAGES[r % LANGUAGES.length] as string,
      },
      agentId: `agent-${1 + Math.floor(next() * 300)}`,
      service: pick(SERVICES),
      priority: pick(['High', 'Medium', 'Low']),
      category: pick(['Network incident', 'Access incident', 'Hardware incident']),
      createdAt,
    };
    tickets.set(n, ticket);
    changes.push(...resolutionChanges(n, DAY_START + 6 * HOUR + Math.floor(next() * 24) * TICK, next));
  }
  changes.sort((a, b) => a.at - b.at || a.n - b.n);
  return { tickets, changes };
}

/** Jira requests by operation, counted at the network edge. */
function countJiraRequests(): Map<string, number> {
  const counts = new Map<string, number>();
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin === JIRA_SITE) {
      const method = (init?.method ?? 'GET').toUpperCase();
      const { template } = jiraOperation(method, `${url.pathname}${url.search}`);
      counts.set(`${method} ${template}`, (counts.get(`${method} ${template}`) ?? 0) + 1);
    }
    return original(input, init);
  }) as typeof fetch;
  return counts;
}

/** The largest SQL answer, by its JSON size as Forge SQL would send it. */
function watchSql(mariadb: MariaDb) {
  let largest = { bytes: 0, statement: '' };
  let last: SqlExecutor | undefined;
  const open = mariadb.database.bind(mariadb);
  (mariadb as { database: MariaDb['database'] }).database = async (name) => {
    const db = await open(name);
    last = db;
    return {
      ...db,
      async query<Row>(statement: string, params?: readonly (string | number | null)[]) {
        const rows = await db.query<Row>(statement, params);
        const bytes = Buffer.byteLength(JSON.stringify({ rows }));
        if (bytes > largest.bytes)
          largest = { bytes, statement: statement.replace(/\s+/g, ' ').slice(0, 90) };
        return rows;
      },
      update: db.update.bind(db),
      ddl: db.ddl.bind(db),
    };
  };
  return { largest: () => largest, database: () => last as SqlExecutor };
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ratio = (value: number, limit: number) =>
  `${((100 * value) / limit).toFixed(1)} % of ${limit.toLocaleString('en')}`;

export async function forgeSiteBench(): Promise<void> {
  const mariadb = await startMariaDb();
  const sql = watchSql(mariadb);
  const platform = await forgePlatform(mariadb);
  // Outside msw's own interception, which `forgePlatform` starts: every request the app sends passes here first.
  const jira = countJiraRequests();
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  try {
    const { tickets, changes } = peakDay();
    const answers = new Map<number, { token: string; answer: QuarterAnswer }[]>();
    const surveyed = new Set<string>();
    const byPhase = { events: 0, dispatch: 0, answers: 0 };
    const started = Date.now();
    let changeIndex = 0;
    const end = DAY_START + 5 * DAY;
    for (let now = DAY_START; now <= end; now += TICK) {
      const before = total(jira);
      while (changeIndex < changes.length && (changes[changeIndex] as QuarterChange).at <= now) {
        const change = changes[changeIndex++] as QuarterChange;
        await timed('issue event (trigger)', () =>
          platform.change(tickets.get(change.n) as QuarterTicket, change),
        );
      }
      const afterEvents = total(jira);
      byPhase.events += afterEvents - before;
      const delivered = await timed(
        'scheduled work of a 30-min tick (consumer runs of 50 in a row; each stops taking batches at 40 s)',
        () => platform.tick(now),
      );
      byPhase.dispatch += total(jira) - afterEvents;
      for (const invitation of delivered) {
        surveyed.add(invitation.surveyId);
        const n = Number(/HELP-(\d+)/.exec(invitation.surveyId)?.[1]);
        const resolvedAt = Date.parse(invitation.surveyId.split('@')[1] ?? '');
        const answer = answerFor(tickets.get(n) as QuarterTicket, resolvedAt);
        if (answer?.channel !== 'email') continue;
        const at = now + answer.after;
        const list = answers.get(at) ?? [];
        list.push({ token: invitation.scoreTokens[answer.score] ?? '', answer });
        answers.set(at, list);
      }
      const beforeAnswers = total(jira);
      for (const { token, answer } of answers.get(now) ?? []) {
        await timed('one-click page (web trigger)', () => platform.click(token));
        await timed('one-click answer (web trigger)', () => platform.followUp(token, answer));
      }
      byPhase.answers += total(jira) - beforeAnswers;
      answers.delete(now);
      sample();
    }
    const elapsed = (Date.now() - started) / 1000;
    const db = sql.database();
    const tables = await db.query<{ name: string; rows: number; bytes: number }>(
      'SELECT table_name AS name, table_rows AS `rows`, data_length + index_length AS bytes FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY bytes DESC',
    );
    const storage = tables.reduce((sum, t) => sum + Number(t.bytes), 0);
    const invitationsPerDay = surveyed.size;

    console.log(
      `\nForge, a peak day of a large site (${RESOLUTIONS.toLocaleString('en')} resolutions, ${changes.length.toLocaleString('en')} issue events, ${surveyed.size.toLocaleString('en')} surveyed, then 5 days of scheduled work; ${elapsed.toFixed(0)} s)`,
    );
    console.log('  Jira requests, by operation:');
    for (const [operation, count] of [...jira].sort((a, b) => b[1] - a[1]))
      console.log(`    ${String(count).padStart(6)}  ${operation}`);
    console.log(
      `  per surveyed ticket: ${(total(jira) / surveyed.size).toFixed(2)} (events ${(byPhase.events / surveyed.size).toFixed(2)}, delivery ${(byPhase.dispatch / surveyed.size).toFixed(2)}, answers ${(byPhase.answers / surveyed.size).toFixed(2)}); target at most 2`,
    );
    console.log(
      `  GET /rest/api/3/field: ${jira.get('GET /rest/api/3/field') ?? 0} (target 0 on the event path)`,
    );
    console.log('  slowest invocation of each kind (wall time in this process; limit in brackets):');
    const limitOf = (kind: string) =>
      kind.startsWith('issue')
        ? LIMITS.triggerMs
        : kind.startsWith('scheduled')
          ? LIMITS.consumerMs
          : LIMITS.webTriggerMs;
    for (const [kind, t] of timings)
      console.log(
        `    ${kind}: max ${t.max.toFixed(0)} ms, mean ${(t.total / t.count).toFixed(1)} ms over ${t.count} (${ratio(t.max, limitOf(kind))} ms)`,
      );
    console.log(
      `  memory: peak RSS of this whole process ${mb(peakRss)} (an upper bound of one invocation's; ${ratio(peakRss / 1024 / 1024, LIMITS.memoryMb)} MB)`,
    );
    console.log(
      `  largest SQL answer: ${(sql.largest().bytes / 1024).toFixed(1)} KiB (${ratio(sql.largest().bytes, LIMITS.sqlResponseBytes)} bytes): ${sql.largest().statement}`,
    );
    console.log(
      `  async events: one consumer run at a time, each pushing at most 1 event (the next run), so a minute holds no more events than runs, whatever the volume (limit ${LIMITS.asyncEventsPerMinute} a minute; not counted here)`,
    );
    console.log(`  storage after the day (MariaDB InnoDB, data + indexes): ${mb(storage)}`);
    for (const t of tables.slice(0, 6))
      console.log(`    ${t.name}: ${Number(t.rows).toLocaleString('en')} rows, ${mb(Number(t.bytes))}`);
    console.log(
      `  per resolution: ${(storage / RESOLUTIONS / 1024).toFixed(2)} KiB; ${invitationsPerDay} invitations`,
    );
  } finally {
    await platform.close();
    await mariadb.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await forgeSiteBench();
