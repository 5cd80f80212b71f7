import { describe, expect, it } from 'vitest';
import { surveyOf } from '../measure/surveys.fixture';
import { resolve } from '../resolvers/resolvers';
import type { RollupEntry } from '../share/rollup-query';
import { deskEntries, LOST, SCORES } from '../testing/desk';
import type { MemoryPorts } from '../testing/memory-stores';
import { freshPorts } from './ports.fixture';
import { breakdown, dashboard, ticketExperience } from './queries';

const NOW = Date.UTC(2026, 4, 1, 9);
const RANGE = { from: '2026-01-01', to: '2026-04-30' };

// Three service projects: HELP is happy, HR middling, FIN unhappy; the Desk team works in all three.
const SLICES = [
  {
    segment: { project: 'HELP', team: 'Desk', service: 'Email' },
    perDay: 6,
    scores: SCORES.happy,
    lost: LOST.little,
  },
  {
    segment: { project: 'HR', team: 'Desk', service: 'Payroll' },
    perDay: 3,
    scores: SCORES.average,
    lost: LOST.little,
  },
  {
    segment: { project: 'FIN', team: 'Desk', service: 'Invoices' },
    perDay: 2,
    scores: SCORES.unhappy,
    lost: LOST.much,
  },
  {
    segment: { project: 'FIN', team: 'Ledger', service: 'Invoices' },
    perDay: 2,
    scores: SCORES.unhappy,
    lost: LOST.much,
  },
];

function desk(): { ports: MemoryPorts; entries: readonly RollupEntry[] } {
  const ports = freshPorts(NOW);
  const entries = deskEntries('2026-01-01', 120, SLICES, 11);
  for (const entry of entries)
    ports.rollups.apply(`desk:${entry.day}:${entry.segmentKey}`, entry.day, [entry.segmentKey], entry.rollup);
  return { ports, entries };
}

const SCOPE = { dimension: 'project', values: ['HELP', 'HR'] } as const;

describe('a caller scoped to some projects', () => {
  it('sees the sum of their projects as their organisation, and nothing of the others', async () => {
    const { ports } = desk();
    const whole = await dashboard(ports, { range: RANGE, granularity: 'month' });
    const help = await dashboard(ports, { range: RANGE, granularity: 'month', segment: { project: 'HELP' } });
    const hr = await dashboard(ports, { range: RANGE, granularity: 'month', segment: { project: 'HR' } });
    const scoped = await dashboard(ports, { range: RANGE, granularity: 'month', scope: SCOPE });
    if (!whole.ok || !help.ok || !hr.ok || !scoped.ok) throw new Error('dashboards failed');
    const responses = help.value.scorecard.responses + hr.value.scorecard.responses;
    expect(scoped.value.scorecard.responses).toBe(responses);
    expect(scoped.value.organisation.responses).toBe(responses);
    expect(whole.value.scorecard.responses).toBeGreaterThan(responses);
    // FIN's unhappy answers are not in the scoped view: it is happier than the whole site.
    expect(scoped.value.scorecard.happiness).toMatchObject({ kind: 'scored' });
    if (
      scoped.value.scorecard.happiness.kind !== 'scored' ||
      whole.value.scorecard.happiness.kind !== 'scored'
    )
      throw new Error('not scored');
    expect(scoped.value.scorecard.happiness.value).toBeGreaterThan(whole.value.scorecard.happiness.value);
    const trendTotal = scoped.value.trend.reduce((sum, point) => sum + point.scorecard.responses, 0);
    expect(trendTotal).toBe(responses);
  });

  it('filters by one other dimension within the scope, from the pairs with the project', async () => {
    const { ports } = desk();
    const desks = await dashboard(ports, {
      range: RANGE,
      granularity: 'month',
      segment: { team: 'Desk' },
      scope: SCOPE,
    });
    const all = await dashboard(ports, { range: RANGE, granularity: 'month', segment: { team: 'Desk' } });
    const fin = await dashboard(ports, {
      range: RANGE,
      granularity: 'month',
      segment: { team: 'Desk', project: 'FIN' },
    });
    if (!desks.ok || !all.ok || !fin.ok) throw new Error('dashboards failed');
    expect(desks.value.scorecard.responses).toBe(
      all.value.scorecard.responses - fin.value.scorecard.responses,
    );
    // Naming an allowed project is an ordinary pair; two other dimensions would need a triple rollups do not keep.
    expect(
      await dashboard(ports, {
        range: RANGE,
        granularity: 'month',
        segment: { project: 'HR', team: 'Desk' },
        scope: SCOPE,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await dashboard(ports, {
        range: RANGE,
        granularity: 'month',
        segment: { team: 'Desk', service: 'Email' },
        scope: SCOPE,
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-segment' } });
  });

  it('is refused a project outside the scope', async () => {
    const { ports } = desk();
    expect(
      await dashboard(ports, {
        range: RANGE,
        granularity: 'month',
        segment: { project: 'FIN' },
        scope: SCOPE,
      }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('breaks down by any dimension over their projects only', async () => {
    const { ports } = desk();
    const teams = await breakdown(ports, { range: RANGE, dimension: 'team', scope: SCOPE });
    const projects = await breakdown(ports, { range: RANGE, dimension: 'project', scope: SCOPE });
    const everything = await breakdown(ports, { range: RANGE, dimension: 'project' });
    if (!teams.ok || !projects.ok || !everything.ok) throw new Error('breakdowns failed');
    // Ledger works only in FIN: it is not there; Desk counts its HELP and HR tickets.
    expect(teams.value.map((row) => row.value)).toEqual(['Desk']);
    expect(projects.value.map((row) => row.value).sort()).toEqual(['HELP', 'HR']);
    expect(everything.value.map((row) => row.value).sort()).toEqual(['FIN', 'HELP', 'HR']);
    const sum = projects.value.reduce((total, row) => total + row.scorecard.responses, 0);
    expect(teams.value[0]?.scorecard.responses).toBe(sum);
  });

  it('sees a ticket’s team scores within the scope', async () => {
    const { ports } = desk();
    const resolvedAt = NOW - 86_400_000;
    await ports.surveys.save(
      surveyOf({ ticketId: 'jira:HELP-1', resolvedAt, segment: { project: 'HELP', team: 'Desk' } }),
      undefined,
    );
    const scoped = await ticketExperience(ports, 'jira:HELP-1', SCOPE);
    const whole = await ticketExperience(ports, 'jira:HELP-1');
    expect(scoped.team?.scorecard.responses).toBeGreaterThan(0);
    expect(scoped.team?.scorecard.responses).toBeLessThan(whole.team?.scorecard.responses ?? 0);
  });

  it('comes from the caller through the resolvers, and a malformed scope is refused rather than ignored', async () => {
    const { ports } = desk();
    const agent = { accountId: 'a1', roles: ['agent'] as const, scope: SCOPE };
    const scoped = await resolve(ports, 'getBreakdown', { range: RANGE, dimension: 'project' }, agent);
    expect(scoped).toMatchObject({ ok: true });
    if (scoped.ok)
      expect((scoped.value as { value: string }[]).map((row) => row.value).sort()).toEqual(['HELP', 'HR']);
    expect(
      await resolve(ports, 'getDashboard', { range: RANGE, segment: { project: 'FIN' } }, agent),
    ).toMatchObject({ ok: false, status: 403, code: 'forbidden' });
    for (const scope of [
      { dimension: 'project' },
      { dimension: 'planet', values: [] },
      { values: ['HELP'] },
      'HELP',
    ])
      expect(
        await resolve(ports, 'getDashboard', { range: RANGE }, {
          accountId: 'a1',
          roles: ['agent'],
          scope,
        } as never),
      ).toMatchObject({ ok: false, status: 403 });
  });
});
