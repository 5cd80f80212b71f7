import { describe, expect, it } from 'vitest';
import { opportunities } from '../identify/opportunities';
import { addDays } from '../share/calendar';
import type { RollupEntry } from '../share/rollup-query';
import { settled } from '../step';
import { type DeskSlice, deskEntries, LOST, SCORES } from '../testing/desk';
import { rankingOptions } from './find-opportunities';
import { freshPorts } from './ports.fixture';
import { stakeholderReport } from './stakeholder-report';

const FIRST = '2026-08-03';
const RANGE = { from: FIRST, to: addDays(FIRST, 89) };

/**
 * A large MSP customer whose 30 services all lose much time, and a small one whose worst service loses far less
 * than any of those, though far more than its own other services.
 */
const SLICES: readonly DeskSlice[] = [
  ...Array.from({ length: 30 }, (_, i) => ({
    segment: { customer: 'Globex', service: `Globex app ${String(i).padStart(2, '0')}` },
    perDay: 3,
    scores: SCORES.unhappy,
    lost: LOST.much,
  })),
  { segment: { customer: 'Acme', service: 'Mail' }, perDay: 1, scores: SCORES.average, lost: LOST.some },
  { segment: { customer: 'Acme', service: 'VPN' }, perDay: 2, scores: SCORES.happy, lost: LOST.little },
  { segment: { customer: 'Acme', service: 'Laptops' }, perDay: 2, scores: SCORES.happy, lost: LOST.little },
];

function desk(entries: readonly RollupEntry[]) {
  const ports = freshPorts(Date.parse(`${RANGE.to}T18:00:00Z`));
  entries.forEach((entry, i) => {
    settled(ports.rollups.apply(`desk-${i}`, entry.day, [entry.segmentKey], entry.rollup));
  });
  return ports;
}

describe('stakeholderReport for one MSP customer', () => {
  const entries = deskEntries(FIRST, 90, SLICES, 11);
  const ports = desk(entries);
  const settings = settled(ports.settings.settings());

  it('ranks the customer’s own worst segment first, though the organisation ranks it far below its top 20', () => {
    const organisation = opportunities(entries, RANGE, rankingOptions(settings, 1000));
    expect(organisation.slice(0, 20).every((o) => o.segment.customer !== 'Acme')).toBe(true);
    // Against the organisation, Acme's mail loses less time than usual: it is no opportunity at all there.
    const mailInOrganisation = organisation.find(
      (o) => o.segment.customer === 'Acme' && o.segment.service === 'Mail',
    );
    expect(mailInOrganisation === undefined || mailInOrganisation.rank > 20).toBe(true);

    const acme = settled(stakeholderReport(ports, RANGE, 'Acme'));
    expect(acme.opportunities[0]?.explanation).toMatch(/^service Mail: .* for Acme;/);
    expect(acme.opportunities[0]?.recoverableHoursPerMonth).toBeGreaterThan(0);
    expect(acme.opportunities.map((o) => o.explanation).join('\n')).not.toContain('Globex');
  });

  it('counts and breaks down the customer’s tickets alone', () => {
    const acme = settled(stakeholderReport(ports, RANGE, 'Acme'));
    const globex = settled(stakeholderReport(ports, RANGE, 'Globex'));
    const everyone = settled(stakeholderReport(ports, RANGE));
    expect(acme.title).toBe('IT experience report for Acme');
    expect(acme.customer).toBe('Acme');
    expect(acme.overall.responses + globex.overall.responses).toBe(everyone.overall.responses);
    expect(acme.segments.map((s) => `${s.dimension}=${s.value}`).sort()).toEqual([
      'service=Laptops',
      'service=Mail',
      'service=VPN',
    ]);
    expect(acme.months.reduce((sum, m) => sum + m.responses, 0)).toBe(acme.overall.responses);
    expect(acme.initiatives).toEqual([]);
  });

  it('ranks the organisation’s report over the whole organisation, 10 at most', () => {
    const everyone = settled(stakeholderReport(ports, RANGE));
    expect(everyone.title).toBe('IT experience report');
    expect(everyone.customer).toBeUndefined();
    expect(everyone.opportunities).toEqual(
      opportunities(entries, RANGE, rankingOptions(settings, 10)).map((o) => ({
        rank: o.rank,
        explanation: o.explanation,
        recoverableHoursPerMonth: o.recoverableHoursPerMonth,
      })),
    );
    expect(everyone.opportunities.length).toBeGreaterThan(0);
  });
});
