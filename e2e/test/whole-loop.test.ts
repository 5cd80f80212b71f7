import { type MariaDb, startMariaDb } from '@xloop/forge-app/testing';
import { instance } from '@xloop/servicenow-app/testing';
import type { ImpactReport, Initiative, StoredResponse, Survey } from '@xloop/shared-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './support/canonical';
import { forgePlatform } from './support/loop-forge';
import type { LoopPlatform } from './support/loop-platform';
import { sandboxPlatform } from './support/loop-sandbox';
import { serviceNowPlatform } from './support/loop-servicenow';
import { FIXED_SERVICE, quarter } from './support/quarter';
import { type LoopRun, runQuarter } from './support/run-loop';

// One seeded quarter, the same for every platform.
const q = quarter(2026, 700);

let mariadb: MariaDb;
let forge: Awaited<ReturnType<typeof forgePlatform>>;
const runs: { platform: LoopPlatform; run: LoopRun; ms: number }[] = [];

beforeAll(async () => {
  mariadb = await startMariaDb();
  forge = await forgePlatform(mariadb);
  for (const platform of [sandboxPlatform(), serviceNowPlatform(q), forge]) {
    const started = Date.now();
    const run = await runQuarter(platform, q);
    runs.push({ platform, run, ms: Date.now() - started });
  }
  for (const { platform, run, ms } of runs) {
    const f = run.figures;
    console.log(
      `whole loop on ${platform.name}: ${f.resolutions} resolutions, ${f.reopenings} reopenings, ${f.invitations} invitations, ${f['click 200'] ?? 0} e-mail clicks (recording nothing), ${f['tap 200'] ?? 0} taps on Send, ${f['portal 200'] ?? 0} portal answers, in ${(ms / 1000).toFixed(1)} s`,
    );
  }
}, 600_000);
afterAll(async () => {
  for (const { platform } of runs) await platform.close();
  await mariadb?.stop();
});

const on = (name: string) => {
  const found = runs.find((r) => r.platform.name === name);
  if (!found) throw new Error(`no run on ${name}`);
  return found;
};
/** A part of a run as canonical JSON, the platform's ticket ids made the quarter's. */
const canonical = (name: string, part: (run: LoopRun) => unknown) => {
  const { platform, run } = on(name);
  return platform.canonicalIds(canonicalJson(part(run)));
};
type Listed = { initiative: Initiative; score: number }[];
// Where a platform keeps the initiative's issue or improvement differs by design, and keeping its key is one more
// version; the rest must not differ.
const withoutExternalKey = (listed: unknown) =>
  (listed as Listed).map(({ initiative: { externalKey, version, ...rest }, score }) => ({
    initiative: { ...rest, version: externalKey ? version - 1 : version },
    score,
  }));

describe('one quarter of tickets through the Forge app, the ServiceNow app and the sandbox', () => {
  it('is a real quarter: resolutions, reopenings, invitations, answers by e-mail and portal, none refused', () => {
    for (const { platform, run } of runs) {
      expect(run.refusals, platform.name).toEqual([]);
      expect(run.figures.resolutions).toBeGreaterThan(700);
      expect(run.figures.reopenings).toBeGreaterThan(50);
      expect(run.figures.invitations).toBeGreaterThan(400);
      expect(run.figures['click 200']).toBeGreaterThan(150);
      // Every e-mail answer is one click and one tap.
      expect(run.figures['tap 200']).toBe(run.figures['click 200']);
      expect(run.figures['portal 200']).toBeGreaterThan(50);
    }
  });

  it('stores the same surveys, suppressions and responses on all three, byte for byte', () => {
    const sandbox = canonical('sandbox', (r) => r.state);
    const states = runs.map((r) => r.run.state as Record<string, { surveys: { state: string }[] }>);
    const kinds = new Set(Object.values(states[0] ?? {}).flatMap((t) => t.surveys.map((s) => s.state)));
    expect([...kinds].sort()).toEqual(['answered', 'cancelled', 'expired']);
    console.log(`parity: stored state ${sandbox.length.toLocaleString('en')} bytes of canonical JSON`);
    expect(canonical('servicenow', (r) => r.state)).toBe(sandbox);
    expect(canonical('forge', (r) => r.state)).toBe(sandbox);
    // What the comparison leaves out is there: every Jira survey and answer carries its service project.
    const forge = on('forge').run.state as Record<string, { surveys: Survey[]; responses: StoredResponse[] }>;
    const segments = Object.values(forge).flatMap((t) =>
      [...t.surveys, ...t.responses].map((r) => r.segment),
    );
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.every((segment) => segment.project === 'HELP')).toBe(true);
  });

  it('shows agents the same experience on each ticket, and writes the score onto the Jira issue', () => {
    const sandbox = canonical('sandbox', (r) => r.experiences);
    expect(on('sandbox').run.experiences.size).toBe(25);
    expect(canonical('servicenow', (r) => r.experiences)).toBe(sandbox);
    expect(canonical('forge', (r) => r.experiences)).toBe(sandbox);
    // The issue property behind `experienceScore` in JQL holds each answered ticket's latest score.
    for (const [n, experience] of on('forge').run.experiences) {
      const responses = (experience as { responses: StoredResponse[] }).responses;
      const latest = [...responses].sort((a, b) => b.answeredAt - a.answeredAt)[0];
      expect(forge.site.properties.get(`HELP-${n}/xloop-experience`)).toMatchObject({
        score: latest?.score,
        state: 'answered',
      });
    }
  });

  it('gives the same dashboards and the same ranked opportunities on all three', () => {
    for (const part of [
      (r: LoopRun) => r.dashboard,
      (r: LoopRun) => r.dashboardFixed,
      (r: LoopRun) => r.ranked,
      (r: LoopRun) => r.opportunities,
    ]) {
      const sandbox = canonical('sandbox', part);
      expect(canonical('servicenow', part)).toBe(sandbox);
      expect(canonical('forge', part)).toBe(sandbox);
    }
    // The service that needs the fix tops the ranking before the initiative.
    expect(on('sandbox').run.ranked[0]?.key).toBe(`service=${FIXED_SERVICE}`);
  });

  it('creates the initiative in Jira and in ServiceNow’s improvement register, with the same frozen baseline', () => {
    const sandbox = canonical('sandbox', (r) => withoutExternalKey(r.initiative));
    expect(canonical('servicenow', (r) => withoutExternalKey(r.initiative))).toBe(sandbox);
    expect(canonical('forge', (r) => withoutExternalKey(r.initiative))).toBe(sandbox);
    const [jira] = on('forge').run.initiative as Listed;
    expect(jira?.initiative).toMatchObject({ status: 'measuring', externalKey: 'CSI-1' });
    expect(forge.site.created).toMatchObject([
      { key: 'CSI-1', fields: { project: { key: 'CSI' }, summary: `Improve service=${FIXED_SERVICE}` } },
    ]);
    // Linked to the worst-rated commented tickets of the segment, all of them the fixed service's.
    expect(forge.site.links.length).toBeGreaterThan(3);
    for (const link of forge.site.links as {
      inwardIssue: { key: string };
      outwardIssue: { key: string };
    }[]) {
      expect(link.outwardIssue.key).toBe('CSI-1');
      const n = Number(link.inwardIssue.key.replace('HELP-', ''));
      expect(q.tickets.get(n)?.service).toBe(FIXED_SERVICE);
    }
    const [cim] = on('servicenow').run.initiative as Listed;
    const [improvement] = instance.rows('sn_cim_register');
    expect(improvement?.short_description).toBe(`Improve service=${FIXED_SERVICE}`);
    expect(cim?.initiative.externalKey).toBe(improvement?.number ?? improvement?.sys_id);
    expect(on('sandbox').run.initiative).toMatchObject([{ initiative: { status: 'measuring' } }]);
  });

  it('measures the fix after go-live: the same impact with its interval on all three, and it worked', () => {
    const sandbox = canonical('sandbox', (r) => r.impact);
    expect(canonical('servicenow', (r) => r.impact)).toBe(sandbox);
    expect(canonical('forge', (r) => r.impact)).toBe(sandbox);
    const impact = on('sandbox').run.impact as ImpactReport;
    console.log(`impact: ${impact.summary}`);
    expect(impact.verdict).toBe('improved');
    expect(impact.happinessChange?.ci95[0]).toBeGreaterThan(0);
    expect(impact.lostTimeChange?.ci95[1]).toBeLessThan(0);
    expect(impact.hoursSavedPerMonth?.ci95[0]).toBeGreaterThan(0);
  });

  it('asked Jira only for documented operations, answered as the OpenAPI document says', () => {
    expect(forge.site.problems).toEqual([]);
    console.log(`Jira site: ${forge.site.requests().toLocaleString('en')} requests through msw`);
  });
});
