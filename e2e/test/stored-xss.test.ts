import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createApp,
  DEFAULT_ORGANISATION,
  DEFAULT_UI_ROOT,
  DeskRunner,
  listen,
  type Organisation,
  openSandbox,
  reportCommand,
  type SandboxPorts,
  UI_APPS,
} from '@xloop/sandbox';
import { addDays } from '@xloop/shared-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot } from './support/xss-browser';
import { type Alarms, injected, watchAlarms } from './support/xss-inert';
import {
  BENCHMARK,
  LOCATION,
  NAMES,
  PAYLOADS,
  REQUEST_TYPE,
  SERVICE,
  SERVICE_ACCOUNT,
  TEAM,
} from './support/xss-payloads';

const UI_ROOT = DEFAULT_UI_ROOT;
const SEED_DAYS = 28;

// The desk's services and places are named in the platform by its admins: one service, its team and one location
// carry payloads. The service is a poor one, so it tops the opportunities with the payload comments as its themes.
const ORGANISATION: Organisation = {
  ...DEFAULT_ORGANISATION,
  services: DEFAULT_ORGANISATION.services.map((s) =>
    s.name === 'VPN' ? { ...s, name: SERVICE, team: TEAM, quality: 0.3, weight: 4 } : s,
  ),
  locations: DEFAULT_ORGANISATION.locations.map((l) => (l.name === 'Berlin' ? { ...l, name: LOCATION } : l)),
};

const CSI = { 'x-xloop-account': 'csi-1', 'x-xloop-roles': 'csi-manager' };
const ADMIN = { 'x-xloop-account': 'admin-1', 'x-xloop-roles': 'admin' };
const AGENT = { 'x-xloop-account': 'agent-1', 'x-xloop-roles': 'agent' };

interface OutboxEntry {
  readonly kind: string;
  readonly ticketId: string;
  readonly surveyId: string;
  readonly scores: readonly string[];
}
interface Experience {
  readonly surveys: readonly {
    readonly id: string;
    readonly state: string;
    readonly resolvedAt: number;
    readonly requester: { readonly id: string };
    readonly segment: Readonly<Record<string, string>>;
  }[];
  readonly responses: readonly { readonly surveyId: string; readonly comment?: string }[];
}
interface StoredSettings {
  readonly policy: Readonly<Record<string, unknown>> & {
    readonly excludedRequestTypes: readonly string[];
    readonly serviceAccounts: readonly string[];
  };
}
/** A resolved ticket whose requester answered with a payload as the comment. */
interface Answered {
  readonly ticketId: string;
  readonly account: string;
  /** The invitation's one-click link for the score given: opening it again says it is answered, showing nothing of it. */
  readonly link: string;
  readonly comment: string;
}

const title = (payload: string) => `${payload} · title`;
const hypothesis = (payload: string) => `${payload} · hypothesis`;

let dir: string;
let ports: SandboxPorts;
let server: { url: string; close(): Promise<void> };
let browser: Awaited<ReturnType<typeof openBrowser>>;
let answered: Answered[] = [];
let reportFile: string;
const started = Date.now();
const screens = new Set<string>();
let placements = 0;
let dialogsSeen = 0;
let injectedSeen = 0;

async function call<T>(name: string, payload: unknown, who: Record<string, string> = AGENT): Promise<T> {
  const response = await fetch(`${server.url}/api/resolvers/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...who },
    body: JSON.stringify({ payload }),
  });
  const body = (await response.json()) as { value: T };
  if (!response.ok) throw new Error(`${name} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.value;
}

/** Builds the Custom UIs the sandbox serves, and the follow-up script, when a build is missing. */
function ensureBuilt(): void {
  const missing: string[] = UI_APPS.filter(
    (app) => !existsSync(join(UI_ROOT, app, 'dist-local', 'index.html')),
  );
  if (!existsSync(join(UI_ROOT, 'follow-up', 'dist', 'follow-up.js'))) missing.push('follow-up');
  if (missing.length > 0)
    execFileSync(process.execPath, [join(UI_ROOT, 'build.mjs'), ...missing], {
      cwd: UI_ROOT,
      stdio: 'inherit',
    });
}

/** Unanswered invitations of the payload service, each the latest survey of its ticket, one per payload. */
async function openInvitations(): Promise<{ entry: OutboxEntry; account: string }[]> {
  const outbox = (await (await fetch(`${server.url}/api/outbox?limit=200`)).json()) as OutboxEntry[];
  const found: { entry: OutboxEntry; account: string }[] = [];
  const seen = new Set<string>();
  for (const entry of outbox) {
    if (entry.kind !== 'invitation' || seen.has(entry.ticketId)) continue;
    seen.add(entry.ticketId);
    const experience = await call<Experience>('getTicketExperience', { ticketId: entry.ticketId });
    const latest = experience.surveys
      .filter((s) => s.state !== 'cancelled')
      .sort((a, b) => b.resolvedAt - a.resolvedAt)[0];
    if (
      latest?.id === entry.surveyId &&
      (latest.state === 'sent' || latest.state === 'reminded') &&
      latest.segment.service === SERVICE &&
      experience.responses.length === 0
    )
      found.push({ entry, account: latest.requester.id });
    if (found.length === PAYLOADS.length) break;
  }
  return found;
}

/** One-click links (score 2) of invitations nobody has answered, other than those given. */
async function freshLinks(count: number, skip: ReadonlySet<string>): Promise<string[]> {
  const outbox = (await (await fetch(`${server.url}/api/outbox?limit=200`)).json()) as OutboxEntry[];
  const links: string[] = [];
  for (const entry of outbox) {
    if (links.length >= count) break;
    if (entry.kind !== 'invitation' || skip.has(entry.ticketId)) continue;
    const experience = await call<Experience>('getTicketExperience', { ticketId: entry.ticketId });
    const survey = experience.surveys.find((s) => s.id === entry.surveyId);
    if (experience.responses.length === 0 && (survey?.state === 'sent' || survey?.state === 'reminded')) {
      links.push(entry.scores[2] ?? '');
      skip = new Set([...skip, entry.ticketId]);
    }
  }
  return links;
}

/** Stores each payload as a comment: every other one from the portal's resolver, the rest by the one-click form. */
async function answerWithPayloads(): Promise<Answered[]> {
  const invitations = await openInvitations();
  expect(invitations).toHaveLength(PAYLOADS.length);
  const result: Answered[] = [];
  for (const [i, comment] of PAYLOADS.entries()) {
    const { entry, account } = invitations[i] as { entry: OutboxEntry; account: string };
    const link = entry.scores[2] ?? '';
    if (i % 2 === 0) {
      await call(
        'submitMyResponse',
        { surveyId: entry.surveyId, answer: { score: 2, lostTime: '1-4-hours', comment } },
        { 'x-xloop-account': account, 'x-xloop-roles': 'customer' },
      );
    } else {
      const form = new URLSearchParams({
        token: new URL(link).searchParams.get('token') ?? '',
        score: '2',
        lostTime: '1-4-hours',
        comment,
        locale: 'en',
      });
      const saved = await fetch(`${server.url}/respond`, { method: 'POST', body: form });
      expect(saved.status).toBe(200);
    }
    const stored = await call<Experience>('getTicketExperience', { ticketId: entry.ticketId });
    expect(stored.responses.map((r) => r.comment)).toEqual([comment]);
    result.push({ ticketId: entry.ticketId, account, link, comment });
  }
  return result;
}

/** Checks a rendered page: no dialog, no error, nothing refused, nothing a payload made. */
async function expectInert(page: Page, alarms: Alarms, screen: string): Promise<void> {
  screens.add(screen);
  const made = await injected(page);
  injectedSeen += made.length;
  expect(made, `${screen}: elements made from stored text`).toEqual([]);
  dialogsSeen += alarms.dialogs.length;
  expect(alarms, `${screen}: what the page did`).toEqual({ dialogs: [], errors: [], refused: [] });
}

/** Waits for stored text shown as text (exactly, unless `part`), and counts it. */
async function shown(page: Page, text: string, part = false): Promise<void> {
  await page.getByText(text, { exact: !part }).first().waitFor();
  placements++;
}

async function newPage(): Promise<{ page: Page; alarms: Alarms }> {
  const page = await browser.context.newPage();
  return { page, alarms: watchAlarms(page) };
}

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'xloop-xss-'));
  const file = join(dir, 'xloop.db');
  ports = openSandbox(file);
  const runner = new DeskRunner(
    ports,
    ORGANISATION,
    addDays(new Date().toISOString().slice(0, 10), -SEED_DAYS),
  );
  runner.advanceTo(Date.now());
  // From here on people answer in real time, as on a live desk.
  ports.clock.real();
  server = await listen(createApp(ports, { uiRoot: UI_ROOT }), 0);

  answered = await answerWithPayloads();
  for (const [i, payload] of PAYLOADS.entries()) {
    await call(
      'createInitiative',
      {
        id: `xss-${i + 1}`,
        title: title(payload),
        hypothesis: hypothesis(payload),
        effort: 3,
        segment: { service: SERVICE },
      },
      CSI,
    );
  }
  const settings = await call<StoredSettings>('getSettings', {}, ADMIN);
  const { policy } = settings;
  await call(
    'saveSettings',
    {
      settings: {
        ...settings,
        // Lost time as the published benchmark has it (about 3 h per incident), so that the poor service, not
        // every large segment of the calibrated desk, is what loses more than the reference.
        reference: { name: BENCHMARK, happiness: 30, lostMinutes: 180 },
        policy: {
          ...policy,
          excludedRequestTypes: [...policy.excludedRequestTypes, REQUEST_TYPE],
          serviceAccounts: [...policy.serviceAccounts, SERVICE_ACCOUNT],
        },
      },
    },
    ADMIN,
  );
  reportFile = join(dir, 'report.html');
  reportCommand({ format: 'html', out: reportFile, db: file }, () => undefined);
  browser = await openBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  ports?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  const stored = PAYLOADS.length + NAMES.length;
  console.log(
    `stored XSS: ${stored} payloads (${PAYLOADS.length} as comments and initiatives, ${NAMES.length} as names and settings) inert on ${screens.size} screens — ${placements} placements shown as text, ${dialogsSeen} dialogs, ${injectedSeen} injected elements, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
});

describe('stored XSS payloads stay inert in Chromium', () => {
  it('on the agent panel of each ticket', async () => {
    const { page, alarms } = await newPage();
    for (const { ticketId, comment } of answered) {
      await page.goto(
        `${server.url}/ui/agent-view/?ticket=${encodeURIComponent(ticketId)}&account=agent-1&roles=agent`,
      );
      await shown(page, comment);
      await shown(page, `Team ${TEAM}, last 90 days`);
      await expectInert(page, alarms, 'agent panel');
    }
    await screenshot(page, 'stored-xss-agent-panel');
    await page.close();
  });

  it('on the portal rating screen showing the answer', async () => {
    const { page, alarms } = await newPage();
    for (const { ticketId, account, comment } of answered) {
      await page.goto(
        `${server.url}/ui/portal-rating/?ticket=${encodeURIComponent(ticketId)}&account=${encodeURIComponent(account)}&roles=customer`,
      );
      await shown(page, comment);
      await expectInert(page, alarms, 'portal rating');
    }
    await page.close();
  });

  it('on the one-click page: answered links show nothing, and a refused form shows the payload typed in as text', async () => {
    const { page, alarms } = await newPage();
    // A link of an answered survey says so and shows nothing of the answer, whoever opens it.
    for (const { link, comment } of answered) {
      const opened = await page.goto(link);
      expect(opened?.status()).toBe(200);
      await page.locator('main h1').waitFor();
      expect(await page.locator('form, textarea').count()).toBe(0);
      expect(await page.getByText(comment, { exact: true }).count()).toBe(0);
      await expectInert(page, alarms, 'one-click link of an answered survey');
    }
    await page.close();

    const bare = await newPage();
    // As a browser without JavaScript sees it: the server's page minus its module script. A refused form comes back
    // with the comment in its textarea: here, a score of 10 with a factor of the link's low band.
    await bare.page.route('**/respond**', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="module">[\s\S]*<\/script>/, '');
      await route.fulfill({ response, body });
    });
    const withoutScript = await freshLinks(PAYLOADS.length, new Set(answered.map((a) => a.ticketId)));
    for (const [i, link] of withoutScript.entries()) {
      const comment = PAYLOADS[i] as string;
      await bare.page.goto(link);
      await bare.page.locator('form[method="post"]').waitFor();
      await bare.page.locator('textarea').fill(comment);
      await bare.page.locator('input[name="factors"]').first().check();
      await bare.page.locator('input[name="score"][value="10"]').check();
      await bare.page.locator('button[type="submit"]').click();
      await bare.page.locator('[role="alert"]').waitFor();
      expect(await bare.page.locator('textarea').inputValue()).toBe(comment);
      placements++;
      await expectInert(bare.page, bare.alarms, 'one-click form refused, without script');
    }
    await bare.page.close();
  });

  it('on the CSI page: dashboard, opportunities with their comment themes, improvement board', async () => {
    const { page, alarms } = await newPage();
    await page.goto(`${server.url}/ui/csi-page/?account=csi-1&roles=csi-manager`);
    await page.getByRole('group', { name: 'Happiness' }).waitFor();
    await shown(page, `${BENCHMARK} +30`);
    await page.getByLabel('Segment by').selectOption('service');
    const services = page.getByRole('combobox', { name: 'Service', exact: true });
    const option = services.locator('option', { hasText: SERVICE });
    await option.waitFor({ state: 'attached' });
    await services.selectOption((await option.getAttribute('value')) ?? '');
    await shown(page, `Service ${SERVICE}, `, true);
    await expectInert(page, alarms, 'CSI dashboard');

    await page.getByRole('tab', { name: 'Opportunities' }).click();
    await page.getByRole('list', { name: 'Opportunities, highest impact first' }).waitFor();
    await page
      .getByRole('heading', { name: `Service ${SERVICE}` })
      .first()
      .waitFor();
    placements++;
    await shown(page, `for ${BENCHMARK}`, true);
    // Themes quote the comments that carry them: each quote must be a payload shown as typed.
    const examples = await page.getByText(/^e\.g\. “/).allTextContents();
    const quoted = examples.filter((e) => PAYLOADS.some((p) => e === `e.g. “${p}”`));
    placements += quoted.length;
    console.log(
      `opportunities: ${examples.length} comment examples shown, ${quoted.length} of them payloads`,
    );
    await expectInert(page, alarms, 'CSI opportunities');

    await page.getByRole('tab', { name: 'Improvement board' }).click();
    for (const payload of PAYLOADS) {
      await shown(page, title(payload));
      await shown(page, hypothesis(payload));
    }
    await expectInert(page, alarms, 'CSI improvement board');
    await screenshot(page, 'stored-xss-board');
    await page.close();
  });

  it('on the admin settings', async () => {
    const { page, alarms } = await newPage();
    await page.goto(`${server.url}/ui/admin-page/?account=admin-1&roles=admin`);
    await page.getByRole('heading', { name: 'XLoop settings' }).waitFor();
    await page.getByTestId('preview-sentence').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Benchmark name').inputValue()).toBe(BENCHMARK);
    expect((await page.getByLabel('Request types never surveyed').inputValue()).split('\n')).toContain(
      REQUEST_TYPE,
    );
    expect((await page.getByLabel('Service accounts never surveyed').inputValue()).split('\n')).toContain(
      SERVICE_ACCOUNT,
    );
    placements += 3;
    await expectInert(page, alarms, 'admin settings');
    await page.close();
  });

  it('in the HTML report of `xloop report`', async () => {
    const { page, alarms } = await newPage();
    await page.goto(pathToFileURL(reportFile).href);
    await page.getByRole('heading', { name: 'IT experience report' }).waitFor();
    for (const name of [SERVICE, TEAM, LOCATION]) await shown(page, name);
    await shown(page, `for ${BENCHMARK}`, true);
    for (const payload of PAYLOADS) await shown(page, title(payload));
    await expectInert(page, alarms, 'HTML report');
    await screenshot(page, 'stored-xss-report');
    await page.close();
  });

  it('on the one-click page with its script: a payload typed in and sent is shown as text in the saved answer', async () => {
    const { page, alarms } = await newPage();
    // A requester types the payload and taps Send: the rating component shows the saved answer, comment as text.
    const skip = new Set(answered.map((a) => a.ticketId));
    const withScript = await freshLinks(PAYLOADS.length, skip);
    expect(withScript).toHaveLength(PAYLOADS.length);
    for (const [i, link] of withScript.entries()) {
      const comment = PAYLOADS[i] as string;
      await page.goto(link);
      await page.locator('main[data-token]').waitFor({ state: 'detached' });
      await page.locator('textarea').fill(comment);
      // The requester's own language: the button and the saved notice are found by role.
      await page.locator('button[type="submit"]').click();
      await page.getByRole('status').waitFor();
      await shown(page, comment);
      placements++;
      await expectInert(page, alarms, 'one-click answer saved');
    }
    await page.close();
  });
});
