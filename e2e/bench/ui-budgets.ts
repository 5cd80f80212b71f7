/**
 * The Custom UIs' budgets, measured: gzipped JavaScript per resource (what `index.html` loads at start, and all of
 * it), and the first render of each screen in headless Chromium against a sandbox holding 100k responses, with
 * the same screens on an empty sandbox as the baseline in the same run; then the Opportunities tab with a year of a
 * large site loaded (see `opportunities-tab.ts`). Figures are printed, never asserted. `XLOOP_UI_BENCH_PART=screens`
 * or `=opportunities` runs one part alone.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openBrowser } from '@xloop/forge-ui/testing';
import { createApp, DEFAULT_UI_ROOT, listen, openSandbox, type SandboxPorts } from '@xloop/sandbox';
import { RollupAccumulator, rollupKeysFor, type StoredResponse } from '@xloop/shared-core';
import { syntheticResponses } from '@xloop/shared-core/bench';
import { opportunitiesTab } from './opportunities-tab';
import { screenRendered } from './screen-rendered';

const UI = DEFAULT_UI_ROOT;
const APPS = ['portal-rating', 'agent-view', 'csi-page', 'admin-page'] as const;
const RESPONSES = Number(process.env.XLOOP_UI_BENCH_RESPONSES ?? 100_000);
const RUNS = 5;
const PART = process.env.XLOOP_UI_BENCH_PART;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes() {
  console.log('Gzipped JavaScript per Custom UI resource (Forge build, budget 300 KB):');
  for (const app of APPS) {
    const dist = join(UI, app, 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
    const atStart = loaded.reduce((sum, file) => sum + gz(file), 0);
    const all = readdirSync(join(dist, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, file) => sum + gz(`assets/${file}`), 0);
    console.log(
      `  ${app.padEnd(14)} at start ${kb(atStart).padStart(9)} (${atStart <= 300 * 1024 ? 'within' : 'OVER'} budget); all chunks incl. themes loaded on demand ${kb(all)}`,
    );
  }
}

/** `count` answered tickets, stored as the sandbox stores them: the response and its rollups on every key. */
function fill(ports: SandboxPorts, count: number): string | undefined {
  const days = new Map<string, Map<string, RollupAccumulator>>();
  let lastTicket: string | undefined;
  const save = ports.db.transaction((batch: StoredResponse[]) => {
    for (const response of batch) ports.responses.save(response);
  });
  let batch: StoredResponse[] = [];
  let i = 0;
  for (const synthetic of syntheticResponses(count)) {
    const ticketId = `bench:${i}`;
    lastTicket = ticketId;
    batch.push({
      surveyId: `${ticketId}@1`,
      ticketId,
      requesterId: `user-${i % 5000}`,
      score: synthetic.score,
      factors: synthetic.factors,
      ...(synthetic.lostTimeMinutes !== undefined ? { lostTimeMinutes: synthetic.lostTimeMinutes } : {}),
      locale: 'en',
      channel: 'portal',
      answeredAt: Date.parse(`${synthetic.day}T12:00:00Z`),
      segment: synthetic.segment,
      day: synthetic.day,
      version: 1,
    });
    if (batch.length === 5000) {
      save(batch);
      batch = [];
    }
    const slots = days.get(synthetic.day) ?? new Map<string, RollupAccumulator>();
    days.set(synthetic.day, slots);
    for (const key of rollupKeysFor(synthetic.segment)) {
      const accumulator = slots.get(key) ?? new RollupAccumulator();
      slots.set(key, accumulator);
      accumulator.addResponse(synthetic).addInvitationOutcome('resolved');
    }
    i++;
  }
  save(batch);
  let rows = 0;
  const apply = ports.db.transaction((day: string, slots: Map<string, RollupAccumulator>) => {
    for (const [key, accumulator] of slots) {
      ports.rollups.apply(`bench:${day}:${key}`, day, [key], accumulator.toRollup());
      rows++;
    }
  });
  for (const [day, slots] of days) apply(day, slots);
  console.log(`  filled: ${count} responses, ${rows} rollup rows`);
  return lastTicket;
}

async function firstRenders(label: string, ports: SandboxPorts, ticket: string) {
  const server = await listen(createApp(ports, { uiRoot: UI }), 0);
  const browser = await openBrowser();
  const screens: Record<(typeof APPS)[number], string> = {
    'portal-rating': `portal-rating/?ticket=${encodeURIComponent(ticket)}&account=user-1&roles=customer`,
    'agent-view': `agent-view/?ticket=${encodeURIComponent(ticket)}&account=agent-1&roles=agent`,
    'csi-page': 'csi-page/?account=csi-1&roles=csi-manager',
    'admin-page': 'admin-page/?account=admin-1&roles=admin',
  };
  const result: Record<string, number> = {};
  try {
    for (const app of APPS) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.context.newPage();
        await page.goto(`${server.url}/ui/${screens[app]}`);
        await screenRendered(page, 60_000);
        times.push(await page.evaluate(() => performance.now()));
        await page.close();
      }
      times.sort((a, b) => a - b);
      result[app] = times[Math.floor(times.length / 2)] as number;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `  ${label}: ${APPS.map((app) => `${app} ${Math.round(result[app] as number)} ms`).join(', ')} (median of ${RUNS})`,
  );
  return result;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'xloop-ui-bench-'));
  try {
    if (PART !== 'opportunities') await screens(dir);
    if (PART !== 'screens') {
      // XLOOP_SITE_DB keeps the loaded year for the next run.
      const site = openSandbox(process.env.XLOOP_SITE_DB ?? join(dir, 'site.db'));
      await opportunitiesTab(site, Number(process.env.XLOOP_UI_BENCH_TAB_RUNS ?? RUNS));
      site.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function screens(dir: string) {
  bundleSizes();
  console.log(`First render in headless Chromium (budget 500 ms with ${RESPONSES} responses):`);
  const empty = openSandbox(join(dir, 'empty.db'));
  const baseline = await firstRenders('empty sandbox (baseline)', empty, 'bench:0');
  empty.close();
  const loaded = openSandbox(join(dir, 'loaded.db'));
  const started = performance.now();
  const ticket = fill(loaded, RESPONSES) ?? 'bench:0';
  console.log(`  fill took ${Math.round(performance.now() - started)} ms`);
  const full = await firstRenders(`${RESPONSES} responses`, loaded, ticket);
  loaded.close();
  for (const app of APPS) {
    const ms = full[app] as number;
    console.log(
      `  ${app.padEnd(14)} ${Math.round(ms)} ms, ${(ms / (baseline[app] as number)).toFixed(2)}× the empty sandbox, ${ms <= 500 ? 'within' : 'OVER'} budget`,
    );
  }
}

await main();
