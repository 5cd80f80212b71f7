import { describe, expect, it } from 'vitest';
import { DASHBOARD } from './fixtures';
import { benchmarkFor, chartSeries } from './trend-series';
import type { Dashboard } from './types';

const last = DASHBOARD.trend[DASHBOARD.trend.length - 1]?.scorecard;

describe('trend series', () => {
  it('gives happiness per period with its interval; periods below the minimum sample are gaps', () => {
    const insufficient = {
      ...DASHBOARD,
      trend: [
        {
          period: '2026-W01',
          scorecard: { ...last, happiness: { kind: 'insufficient', n: 3, minimum: 10 } },
        },
        ...DASHBOARD.trend,
      ],
    } as Dashboard;
    const series = chartSeries(insufficient, 'happiness');
    expect(series.values[0]).toBeNull();
    expect(series.band?.low[0]).toBeNull();
    const h = last?.happiness;
    expect(series.values.at(-1)).toBe(h?.kind === 'scored' ? h.value : undefined);
    expect(series.format(-3.4)).toBe('−3');
  });

  it('gives lost time in minutes and the response rate in percent', () => {
    expect(chartSeries(DASHBOARD, 'lostTime').values.at(-1)).toBe(
      last?.lostTime.kind === 'scored' ? last.lostTime.meanMinutes : undefined,
    );
    expect(chartSeries(DASHBOARD, 'responseRate').values.at(-1)).toBeCloseTo(
      (last?.responseRate.rate ?? 0) * 100,
    );
  });

  it('compares with the configured benchmark, else a segment with the organisation, else nothing', () => {
    expect(benchmarkFor(DASHBOARD, 'happiness')).toBeUndefined();
    expect(benchmarkFor({ ...DASHBOARD, reference: { happiness: 30 } }, 'happiness')).toEqual({
      name: 'Benchmark',
      value: 30,
    });
    const segment = { ...DASHBOARD, segment: { service: 'VPN' } } as Dashboard;
    expect(benchmarkFor(segment, 'lostTime')?.name).toBe('Whole organisation');
    expect(benchmarkFor(segment, 'responseRate')?.value).toBeCloseTo(
      (DASHBOARD.organisation.responseRate.rate ?? 0) * 100,
    );
    expect(benchmarkFor(DASHBOARD, 'responseRate')).toBeUndefined();
  });
});
