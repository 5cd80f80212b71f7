import { describe, expect, it } from 'vitest';
import { validateSettings } from '../measure/settings';
import { DAY } from '../model/time';
import type { RollupEntry } from '../share/rollup-query';
import { deskEntries, LOST, SCORES } from '../testing/desk';
import type { MemoryPorts } from '../testing/memory-stores';
import { recordDeliveryOutcome } from './delivery-outcome';
import { findOpportunities } from './find-opportunities';
import { createInitiative, initiativeImpact, listInitiatives, updateInitiative } from './initiatives';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, resolved, ticket } from './ports.fixture';
import { breakdown, dashboard } from './queries';

// "Today" is 2026-05-01 in Helsinki; the desk ran from 2026-01-01.
const NOW = Date.UTC(2026, 4, 1, 9);

const slices = (vpnPhone: 'bad' | 'fixed') => [
  {
    segment: { service: 'Email', channel: 'portal', team: 'Desk' },
    perDay: 6,
    scores: SCORES.happy,
    lost: LOST.little,
  },
  {
    segment: { service: 'VPN', channel: 'portal', team: 'Network' },
    perDay: 3,
    scores: SCORES.happy,
    lost: LOST.little,
  },
  {
    segment: { service: 'VPN', channel: 'phone', team: 'Network' },
    perDay: 2,
    scores: vpnPhone === 'bad' ? SCORES.unhappy : SCORES.happy,
    lost: vpnPhone === 'bad' ? LOST.much : LOST.little,
    factors: vpnPhone === 'bad' ? ([['slow', 0.5]] as const) : [],
  },
];

function load(ports: MemoryPorts, entries: readonly RollupEntry[], tag: string) {
  for (const entry of entries)
    ports.rollups.apply(
      `${tag}:${entry.day}:${entry.segmentKey}`,
      entry.day,
      [entry.segmentKey],
      entry.rollup,
    );
}

function comment(ports: MemoryPorts, id: string, segment: Record<string, string>, text: string) {
  ports.responses.save({
    surveyId: id,
    ticketId: `jira:${id}`,
    score: 3,
    factors: [],
    comment: text,
    locale: 'en',
    channel: 'email',
    answeredAt: NOW - DAY,
    requesterId: 'someone',
    segment,
    day: '2026-04-20',
    version: 1,
  });
}

describe('identify and improve through the services', () => {
  it('ranks opportunities with comment themes, creates an initiative with a frozen baseline, and measures its impact', async () => {
    const ports = freshPorts(NOW);
    load(ports, deskEntries('2026-01-01', 120, slices('bad'), 3), 'desk');
    for (let i = 0; i < 15; i++)
      comment(
        ports,
        `v${i}`,
        { service: 'VPN', channel: 'phone' },
        [
          'VPN token reset failed again',
          'The VPN token was not accepted',
          'Cannot connect: VPN token expired',
        ][i % 3] ?? '',
      );
    for (let i = 0; i < 40; i++)
      comment(ports, `e${i}`, { service: 'Email', channel: 'portal' }, `Mailbox quota question ${i}`);

    const plain = await findOpportunities(ports, { limit: 5, themes: false });
    expect(plain[0]).toMatchObject({ key: 'channel=phone', themes: [], comments: 0 });
    const found = await findOpportunities(ports, { limit: 5 });
    const top = found[0];
    // Only VPN is called in by phone, so 'channel phone' is the same tickets as VPN × phone: listed once, simplest first.
    expect(top?.key).toBe('channel=phone');
    expect(top?.comments).toBe(15);
    expect(top?.themes.slice(0, 2).map((t) => t.term)).toEqual(['token', 'vpn']);
    expect(top?.themes[0]?.examples[0]).toMatch(/VPN token/);
    expect(top?.explanation).toContain('"The service was slow" is cited');

    const created = await createInitiative(
      ports,
      { id: 'init-1', title: 'VPN token self-service', opportunityKey: top?.key ?? '', effort: 5 },
      'csi',
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const initiative = created.value;
    expect(initiative.baseline.window).toEqual({ from: '2026-01-31', to: '2026-04-30' });
    expect(initiative.expected.recoverableHoursPerMonth).toBeGreaterThan(0);
    // Creating it again (a retried request) returns the same initiative.
    expect(
      await createInitiative(ports, { id: 'init-1', title: 'other', segment: { service: 'Email' } }),
    ).toEqual(created);

    // Late data for the baseline window does not move the frozen baseline.
    load(ports, deskEntries('2026-03-01', 30, slices('fixed'), 4), 'late');
    const again = ports.initiatives.get('init-1');
    expect(again?.baseline).toEqual(initiative.baseline);

    // Board moves need the version read; a stale one is a conflict.
    const moved = await updateInitiative(ports, 'init-1', { status: 'in-progress' }, 1, 'csi');
    expect(moved).toMatchObject({ ok: true, value: { status: 'in-progress', version: 2 } });
    expect(await updateInitiative(ports, 'init-1', { status: 'dropped' }, 1)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await updateInitiative(ports, 'nope', {}, 1)).toMatchObject({
      ok: false,
      error: { code: 'unknown-initiative' },
    });

    // Go live on 2026-05-01; two months later the segment is fixed.
    const goLiveAt = Date.UTC(2026, 4, 1, 6);
    expect(await updateInitiative(ports, 'init-1', { status: 'measuring', goLiveAt }, 2)).toMatchObject({
      ok: true,
    });
    expect(await initiativeImpact(ports, 'init-1')).toMatchObject({
      ok: true,
      value: { verdict: 'not-enough-data' },
    });
    load(ports, deskEntries('2026-05-01', 61, slices('fixed'), 5), 'after');
    ports.clock.current = Date.UTC(2026, 6, 1, 9);
    const impact = await initiativeImpact(ports, 'init-1');
    expect(impact).toMatchObject({ ok: true, value: { verdict: 'improved' } });
    if (impact.ok) {
      expect(impact.value.happinessChange?.ci95[0]).toBeGreaterThan(0);
      expect(impact.value.hoursSavedPerMonth?.value).toBeGreaterThan(0);
    }

    const board = await listInitiatives(ports);
    expect(board.map((b) => b.initiative.id)).toEqual(['init-1']);
    expect(board[0]?.score).toBeGreaterThan(0);
  });

  it('refuses initiatives without a valid segment', async () => {
    const ports = freshPorts(NOW);
    expect(await createInitiative(ports, { id: 'x', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-segment' },
    });
    expect(
      await createInitiative(ports, { id: 'x', title: 'x', segment: { colour: 'red' } as never }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-segment' },
    });
    expect(await createInitiative(ports, { id: 'x', title: ' ', segment: { service: 'VPN' } })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid' },
      },
    );
  });

  it('rejects bad dashboard queries', async () => {
    const ports = freshPorts(NOW);
    expect(
      await dashboard(ports, { range: { from: '2026-05-01', to: '2026-04-01' }, granularity: 'month' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
    expect(
      await dashboard(ports, {
        range: { from: '2026-01-01', to: '2026-04-01' },
        granularity: 'month',
        segment: { service: 'a', team: 'b', channel: 'c' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-segment' } });
    expect(
      await breakdown(ports, { range: { from: '2020-01-01', to: '2026-04-01' }, dimension: 'team' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-range' },
    });
  });

  it('records an opt-out from the channel, after which nothing more is sent', async () => {
    const ports = freshPorts(Date.UTC(2026, 10, 2, 8));
    await onTicketEvent(ports, resolved(ticket('SD-1'), ports.clock.now()));
    const survey = ports.surveys.all()[0];
    expect(await recordDeliveryOutcome(ports, survey?.id ?? '', 'opted-out')).toMatchObject({ ok: true });
    expect(ports.surveys.isOptedOut('alice')).toBe(true);
    expect(await recordDeliveryOutcome(ports, 'missing', 'bounced')).toMatchObject({
      ok: false,
      error: { code: 'unknown-survey' },
    });
    const decisions = await onTicketEvent(ports, resolved(ticket('SD-2'), ports.clock.now()));
    expect(decisions).toMatchObject([{ kind: 'suppress' }]);
    expect(decisions[0]?.reasons.map((r) => r.code)).toContain('opted-out');
  });
});

describe('validateSettings', () => {
  const zoned = { isValidTimeZone: (zone: string) => zone === 'Europe/Helsinki' };
  it('merges valid settings and reports every problem with its field', () => {
    expect(
      validateSettings(
        { minimumSample: 20, policy: { timeZone: 'Europe/Helsinki' }, reference: { lostMinutes: 30 } },
        zoned,
      ),
    ).toMatchObject({
      ok: true,
      value: { minimumSample: 20, policy: { timeZone: 'Europe/Helsinki' }, reference: { lostMinutes: 30 } },
    });
    const bad = validateSettings(
      { minimumSample: 1, policy: { timeZone: 'Mars' }, reference: { happiness: 300 }, colour: 1 },
      zoned,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.map((e) => e.field)).toEqual([
        'colour',
        'policy.timeZone',
        'minimumSample',
        'reference',
      ]);
    expect(validateSettings('x', zoned).ok).toBe(false);
    expect(validateSettings({ reference: null }, zoned)).toMatchObject({ ok: true });
  });
});
