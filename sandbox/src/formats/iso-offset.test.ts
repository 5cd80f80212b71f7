import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { describe, expect, it } from 'vitest';
import { isoWithOffset } from './iso-offset';

describe('isoWithOffset', () => {
  it('writes the local time with its offset, across DST', () => {
    expect(isoWithOffset(Date.UTC(2026, 10, 2, 8), 'Europe/Helsinki', dateFnsZonedTime)).toBe(
      '2026-11-02T10:00:00+02:00',
    );
    expect(isoWithOffset(Date.UTC(2026, 6, 2, 8, 0, 5), 'Europe/Helsinki', dateFnsZonedTime)).toBe(
      '2026-07-02T11:00:05+03:00',
    );
    expect(isoWithOffset(Date.UTC(2026, 10, 2, 8), 'America/New_York', dateFnsZonedTime)).toBe(
      '2026-11-02T03:00:00-05:00',
    );
    expect(isoWithOffset(Date.UTC(2026, 10, 2, 8), 'Asia/Kolkata', dateFnsZonedTime)).toBe(
      '2026-11-02T13:30:00+05:30',
    );
  });
});
