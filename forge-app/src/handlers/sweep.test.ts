import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lookbackMinutes,
  SWEEP_LOOKBACK_MINUTES,
  SWEEP_MAX_LOOKBACK_MINUTES,
  SWEEP_OVERLAP_MINUTES,
  sweepJql,
} from './sweep';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 6, 12);

describe('the sweep’s window', () => {
  it('looks two hours back without a mark, and since the last complete sweep with an overlap after one', () => {
    expect(lookbackMinutes(undefined, NOW)).toBe(SWEEP_LOOKBACK_MINUTES);
    expect(lookbackMinutes(NOW - HOUR, NOW)).toBe(60 + SWEEP_OVERLAP_MINUTES);
    expect(lookbackMinutes(NOW - 3 * HOUR, NOW)).toBe(180 + SWEEP_OVERLAP_MINUTES);
    expect(lookbackMinutes(NOW - 30 * 24 * HOUR, NOW)).toBe(SWEEP_MAX_LOOKBACK_MINUTES);
    // A mark from the future (a clock step) is no mark.
    expect(lookbackMinutes(NOW + HOUR, NOW)).toBe(SWEEP_LOOKBACK_MINUTES);
  });

  it('never leaves a gap: each window reaches back past the start of the last complete sweep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 * HOUR }), (since) => {
        const minutes = lookbackMinutes(NOW - since, NOW);
        expect(NOW - minutes * 60_000).toBeLessThanOrEqual(NOW - since);
      }),
    );
  });

  it('writes the window as a relative JQL date, free of the app user’s time zone', () => {
    expect(sweepJql(['HELP'], 70)).toBe(
      'project in ("HELP") AND (resolutiondate >= "-70m" OR (statusCategory = Done AND statusCategoryChangedDate >= "-70m")) ORDER BY key ASC',
    );
    expect(sweepJql([], 120)).toContain('projectType = "service_desk" AND (resolutiondate >= "-2h"');
  });
});
