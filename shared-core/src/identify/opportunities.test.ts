import { describe, expect, it } from 'vitest';
import { DailyRollups } from '../share/daily-rollups';
import { deskEntries, LOST, SCORES } from '../testing/desk';
import { describeSegment, opportunities, opportunityReadRange } from './opportunities';

const window = { from: '2026-01-01', to: '2026-04-30' };
const days = 120;

// An ordinary desk, with VPN requests by phone much worse than either VPN or phone on their own.
const desk = deskEntries(
  window.from,
  days,
  [
    {
      segment: { service: 'Email', channel: 'portal', team: 'Desk' },
      perDay: 6,
      scores: SCORES.happy,
      lost: LOST.little,
      factors: [['quick', 0.4]],
    },
    {
      segment: { service: 'Email', channel: 'phone', team: 'Desk' },
      perDay: 3,
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
      scores: SCORES.unhappy,
      lost: LOST.much,
      factors: [
        ['slow', 0.5],
        ['explain-several-times', 0.3],
      ],
    },
    {
      segment: { service: 'Laptop', channel: 'portal', team: 'Field' },
      perDay: 0.03,
      scores: SCORES.unhappy,
      lost: [[600, 1]],
    },
  ],
  11,
);

describe('opportunities', () => {
  const ranked = opportunities(desk, window, {
    factorLabel: (f) => (f === 'slow' ? 'The service was slow' : f),
  });

  it('puts the segment that loses the most hours first, with its numbers and a sentence', () => {
    const top = ranked[0];
    expect(top?.rank).toBe(1);
    expect(top?.segment).toEqual({ service: 'VPN', channel: 'phone' });
    if (!top) return;
    // Conservative: the lower bound of its lost time, above the organisation's mean, at its monthly volume.
    const expected = (top.ticketsPerMonth * (top.lostMinutes.ci95[0] - top.referenceLostMinutes)) / 60;
    expect(top.recoverableHoursPerMonth).toBeCloseTo(expected, 9);
    expect(top.ticketsPerMonth).toBeCloseTo((top.responses / days) * 30.4375, 9);
    expect(top.happinessGap).toBeCloseTo(top.referenceHappiness - top.happiness.ci95[1], 9);
    // Both are cited only here, so their lifts tie and the more cited comes first.
    expect(top.drivers.map((d) => d.factor)).toEqual(['slow', 'explain-several-times']);
    expect(top.explanation).toMatch(
      /^service VPN × channel phone: \d+ tickets a month lose \d+ minutes each against \d+ for the organisation; at least \d+ hours a month to win back; happiness -\d+ \(95 % CI -\d+ to [-+]?\d+\) against \+\d+; "(explain-several-times|The service was slow)" is cited \d\.\d× as often as overall\.$/,
    );
  });

  it('lists a pair only when it is materially worse than both parents', () => {
    const keys = ranked.map((o) => o.key);
    expect(keys).toContain('service=VPN|channel=phone');
    expect(keys).not.toContain('service=Email|channel=portal');
    // channel phone × team Network is the very same tickets as VPN × phone: listed once, by its first dimensions.
    expect(keys).not.toContain('channel=phone|team=Network');
    // The parents still appear on their own, below the pair.
    expect(keys.indexOf('service=VPN')).toBeGreaterThan(keys.indexOf('service=VPN|channel=phone'));
  });

  it('never ranks a segment below the minimum sample, however bad', () => {
    expect(ranked.some((o) => o.segment.service === 'Laptop')).toBe(false);
    const laptop = opportunities(desk, window, { minimumSample: 2 }).find((o) => o.key === 'service=Laptop');
    expect(laptop?.responses).toBeGreaterThanOrEqual(2);
    expect(laptop?.responses).toBeLessThan(10);
  });

  it('ranks on the conservative end, so a small noisy segment falls behind a large steady one', () => {
    const noisy = deskEntries(
      window.from,
      days,
      [
        { segment: { service: 'Email' }, perDay: 20, scores: SCORES.average, lost: LOST.little },
        {
          segment: { service: 'Printing' },
          perDay: 10,
          scores: SCORES.average,
          lost: [
            [38, 0.5],
            [150, 0.5],
          ],
        },
        {
          segment: { service: 'Mainframe' },
          perDay: 0.12,
          scores: SCORES.average,
          lost: [
            [8, 0.5],
            [600, 0.5],
          ],
        },
      ],
      5,
    );
    const list = opportunities(noisy, window);
    const printing = list.find((o) => o.key === 'service=Printing');
    const mainframe = list.find((o) => o.key === 'service=Mainframe');
    expect(printing?.rank).toBe(1);
    expect(mainframe === undefined || (printing && mainframe.rank > printing.rank)).toBe(true);
    if (mainframe) expect(mainframe.lostMinutes.mean).toBeGreaterThan(printing?.lostMinutes.mean ?? 0);
  });

  it('compares with a configured benchmark when given one', () => {
    const strict = opportunities(desk, window, {
      reference: { lostMinutes: 5, happiness: 60, name: 'the benchmark' },
    });
    expect(strict[0]?.referenceLostMinutes).toBe(5);
    expect(strict[0]?.explanation).toContain('for the benchmark');
    expect(strict.length).toBeGreaterThan(ranked.length);
  });

  it('says when a segment is worsening over the last 4 weeks', () => {
    const turning = deskEntries(
      window.from,
      days,
      [
        { segment: { service: 'Email' }, perDay: 15, scores: SCORES.happy, lost: LOST.little },
        { segment: { service: 'VPN' }, perDay: 8, scores: SCORES.happy, lost: LOST.some, days: [0, 91] },
        { segment: { service: 'VPN' }, perDay: 8, scores: SCORES.unhappy, lost: LOST.much, days: [92, 119] },
      ],
      9,
    );
    const vpn = opportunities(turning, window).find((o) => o.key === 'service=VPN');
    expect(vpn?.trend.direction).toBe('worsening');
    expect(vpn?.trend.happiness?.value).toBeLessThan(0);
    expect(vpn?.explanation).toMatch(/worsening over the last 4 weeks\.$/);
  });

  it('ranks daily rollups summed in place exactly as their stored entries', () => {
    const held = new DailyRollups();
    for (const entry of desk) held.atKey(entry.day, entry.segmentKey).add(entry.rollup);
    for (const options of [{}, { minimumSample: 2, limit: 3 }, { reference: { lostMinutes: 20 } }])
      expect(opportunities(held, window, options)).toEqual(opportunities(desk, window, options));
    expect(opportunities(new DailyRollups(), window)).toEqual([]);
  });

  it('is empty without rollups, and honours the limit', () => {
    expect(opportunities([], window)).toEqual([]);
    expect(opportunities(desk, window, { limit: 1 })).toHaveLength(1);
  });
});

describe('opportunityReadRange', () => {
  it('covers the window and the 16 weeks ending with it', () => {
    expect(opportunityReadRange({ from: '2026-04-01', to: '2026-04-30' })).toEqual({
      from: '2026-01-09',
      to: '2026-04-30',
    });
    expect(opportunityReadRange(window)).toEqual(window);
  });
});

describe('describeSegment', () => {
  it('names each dimension and value', () => {
    expect(describeSegment({ service: 'VPN', channel: 'phone' })).toBe('service VPN × channel phone');
  });
});
