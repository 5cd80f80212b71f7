import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION } from './organisation';
import { lostTimeFactorOf, qualityOf, ticketsOfDay } from './ticket-flow';

describe('the simulated ticket flow', () => {
  it('gives the same tickets for the same organisation and day, busier on Mondays than Saturdays', () => {
    const monday = ticketsOfDay(DEFAULT_ORGANISATION, '2026-11-02', dateFnsZonedTime);
    expect(ticketsOfDay(DEFAULT_ORGANISATION, '2026-11-02', dateFnsZonedTime)).toEqual(monday);
    const saturday = ticketsOfDay(DEFAULT_ORGANISATION, '2026-11-07', dateFnsZonedTime);
    expect(monday.length).toBeGreaterThan(80);
    expect(saturday.length).toBeLessThan(monday.length / 4);
    const ids = monday.map((t) => t.ticket.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of monday) {
      const types = t.events.map((e) => e.type);
      expect(types[0]).toBe('created');
      expect(types[types.length - 1]).toBe('closed');
      expect(t.events.map((e) => e.at)).toEqual([...t.events.map((e) => e.at)].sort((a, b) => a - b));
    }
  });

  it('lets a simulated fix lift a segment from its go-live day', () => {
    const fixed = {
      ...DEFAULT_ORGANISATION,
      fixes: [{ segment: { service: 'VPN' }, from: '2026-12-01', qualityShift: 0.2, lostTimeFactor: 0.5 }],
    };
    const before = qualityOf(fixed, { service: 'VPN', channel: 'portal' }, '2026-11-30');
    expect(qualityOf(fixed, { service: 'VPN', channel: 'portal' }, '2026-12-01')).toBeCloseTo(
      before + 0.2,
      9,
    );
    expect(qualityOf(fixed, { service: 'Email', channel: 'portal' }, '2026-12-01')).toBeCloseTo(
      qualityOf(fixed, { service: 'Email', channel: 'portal' }, '2026-11-30'),
      9,
    );
    const lost = lostTimeFactorOf(fixed, { service: 'VPN' }, '2026-11-30');
    expect(lostTimeFactorOf(fixed, { service: 'VPN' }, '2026-12-01')).toBeCloseTo(lost / 2, 9);
  });

  it('puts a hot spot’s segment below the everyday desk, and a service × channel hot spot below its service', () => {
    const day = '2026-11-02';
    const everyday = qualityOf(DEFAULT_ORGANISATION, { service: 'Email', channel: 'portal' }, day);
    expect(qualityOf(DEFAULT_ORGANISATION, { service: 'VPN', channel: 'portal' }, day)).toBeLessThan(
      everyday - 0.2,
    );
    expect(qualityOf(DEFAULT_ORGANISATION, { service: 'ERP', team: 'Business Apps' }, day)).toBeLessThan(
      everyday - 0.2,
    );
    const laptop = qualityOf(DEFAULT_ORGANISATION, { service: 'Laptop', channel: 'email' }, day);
    expect(qualityOf(DEFAULT_ORGANISATION, { service: 'Laptop', channel: 'phone' }, day)).toBeLessThan(
      laptop - 0.2,
    );
    expect(
      lostTimeFactorOf(DEFAULT_ORGANISATION, { service: 'Laptop', channel: 'phone' }, day),
    ).toBeGreaterThan(3);
    expect(lostTimeFactorOf(DEFAULT_ORGANISATION, { service: 'Email', channel: 'phone' }, day)).toBe(1);
  });
});
