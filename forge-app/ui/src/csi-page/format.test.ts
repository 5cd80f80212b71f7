import { describe, expect, it } from 'vitest';
import {
  duration,
  happinessPhrase,
  hours,
  interval,
  lastDaysRange,
  percent,
  segmentLabel,
  signed,
} from './format';

describe('format', () => {
  it('signs numbers with a real minus and no negative zero', () => {
    expect(signed(12.4)).toBe('+12');
    expect(signed(-4.6)).toBe('−5');
    expect(signed(-0.2)).toBe('0');
    expect(interval([-4.29, 5.7])).toBe('95 % CI −4 to +6');
  });

  it('reads durations, shares and hours', () => {
    expect(duration(58.6)).toBe('59 min');
    expect(duration(146.4)).toBe('2.4 h');
    expect(percent(0.4952)).toBe('50 %');
    expect(hours(194.5)).toBe('195 h');
    expect(hours(4.54)).toBe('4.5 h');
  });

  it('names segments and never shows an insufficient happiness as a number', () => {
    expect(segmentLabel({})).toBe('Whole organisation');
    expect(segmentLabel({ service: 'VPN', channel: 'Email' })).toBe('Service VPN · Channel Email');
    expect(happinessPhrase({ kind: 'insufficient', n: 3, minimum: 10 })).toBe(
      'Not enough answers yet (3 of 10 needed)',
    );
  });

  it('counts the last days with today included', () => {
    expect(lastDaysRange(90, new Date(2026, 10, 25))).toEqual({ from: '2026-08-28', to: '2026-11-25' });
    expect(lastDaysRange(1, new Date(2026, 0, 1))).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });
});
