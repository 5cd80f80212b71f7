import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../model/time';
import { rollupFor } from '../share/rollup-query';
import { settled } from '../step';
import { importHistory, toScore } from './import-history';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, MONDAY, resolved, ticket } from './ports.fixture';

const month = { from: '2026-10-01', to: '2026-11-30' };
const csat = (value: number) => ({
  value,
  scale: { min: 1, max: 5 },
  answeredAt: MONDAY - 20 * DAY,
  comment: '  Quick fix ',
});

describe('toScore', () => {
  it('stretches a 1–5 rating onto 0–10', () => {
    expect([1, 2, 3, 4, 5].map((value) => toScore({ value, scale: { min: 1, max: 5 } }))).toEqual([
      0, 3, 5, 8, 10,
    ]);
    expect(toScore({ value: 7, scale: { min: 1, max: 5 } })).toBeUndefined();
    expect(toScore({ value: 3, scale: { min: 5, max: 5 } })).toBeUndefined();
  });
});

describe('importHistory', () => {
  it('counts a rated resolution as sent and answered, once, without surveying it again', () => {
    const ports = freshPorts();
    const t = ticket('SD-7');
    const resolvedAt = MONDAY - 21 * DAY;
    expect(settled(importHistory(ports, t, resolvedAt, csat(5)))).toBe('imported');
    expect(settled(importHistory(ports, t, resolvedAt, csat(5)))).toBe('already-known');
    const org = rollupFor(ports.rollups.read(month), month);
    expect(org).toMatchObject({ resolved: 1, sent: 1, answered: 1 });
    expect(org.histogram[10]).toBe(1);
    expect(ports.responses.all()).toMatchObject([{ score: 10, channel: 'imported', comment: 'Quick fix' }]);
    expect(ports.surveys.all()).toMatchObject([{ state: 'answered', reasons: [{ code: 'imported' }] }]);
    // The live event for the same resolution, arriving late, decides nothing.
    expect(settled(onTicketEvent(ports, resolved(t, resolvedAt)))).toEqual([]);
  });

  it('counts an unrated resolution in the volume only, and refuses ratings off their scale', () => {
    const ports = freshPorts();
    expect(settled(importHistory(ports, ticket('SD-8'), MONDAY - 3 * HOUR))).toBe('imported');
    expect(settled(importHistory(ports, ticket('SD-9'), MONDAY - 3 * HOUR, csat(9)))).toBe('invalid-rating');
    expect(rollupFor(ports.rollups.read(month), month)).toMatchObject({ resolved: 1, sent: 0, answered: 0 });
    expect(ports.surveys.allSuppressions()).toMatchObject([
      { ticketId: 'jira:SD-8', reasons: [{ code: 'imported' }] },
    ]);
    expect(settled(importHistory(ports, ticket('SD-8'), MONDAY - 3 * HOUR))).toBe('already-known');
  });
});
