import { Box, xcss } from '@atlaskit/primitives';
import { useRef } from 'react';
import { notEnoughAnswers } from '../shared/not-enough';
import { chartColours } from './chart-colours';
import { duration, interval, percent, signed } from './format';
import type { ChartSeries } from './trend-series';
import type { Dashboard } from './types';
import { useChart } from './use-chart';
import { VisuallyHidden } from './VisuallyHidden';

const frame = xcss({ position: 'relative', height: '260px', width: '100%' });

/**
 * One metric per period — happiness with its 95 % band — and the benchmark as a dashed line. Periods below the
 * minimum sample are gaps, never points. The table beside it (visually hidden) gives every period's happiness, lost
 * time and response rate for screen readers.
 */
export function TrendChart({
  series,
  trend,
}: {
  readonly series: ChartSeries;
  readonly trend: Dashboard['trend'];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { benchmark, band } = series;
  const shown = series.values.filter((v) => v !== null).length;
  const summary =
    `${series.label} per period, ${series.periods.length} periods, ${shown} with enough answers` +
    (benchmark ? `; the dashed line is ${benchmark.name} at ${series.format(benchmark.value)}.` : '.');

  useChart(canvas, () => {
    const colours = chartColours();
    return {
      type: 'line',
      data: {
        labels: [...series.periods],
        datasets: [
          ...(band
            ? [
                {
                  label: '95 % interval, low',
                  data: [...band.low],
                  borderWidth: 0,
                  pointRadius: 0,
                  backgroundColor: colours.band,
                  // Higher orders are drawn first: the band under the lines.
                  order: 2,
                },
                {
                  label: '95 % interval, high',
                  data: [...band.high],
                  borderWidth: 0,
                  pointRadius: 0,
                  fill: '-1',
                  backgroundColor: colours.band,
                  order: 2,
                },
              ]
            : []),
          {
            label: series.label,
            data: [...series.values],
            borderColor: colours.line,
            backgroundColor: colours.line,
            borderWidth: 2,
            pointRadius: 3,
            order: 0,
          },
          ...(benchmark
            ? [
                {
                  label: benchmark.name,
                  data: series.periods.map(() => benchmark.value),
                  borderColor: colours.benchmark,
                  backgroundColor: colours.benchmark,
                  borderDash: [6, 4],
                  borderWidth: 2,
                  pointRadius: 0,
                  order: 1,
                },
              ]
            : []),
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        spanGaps: false,
        scales: {
          x: { ticks: { color: colours.text }, grid: { color: colours.grid } },
          y: {
            ...(series.range.min !== undefined ? { suggestedMin: series.range.min } : {}),
            ...(series.range.max !== undefined ? { suggestedMax: series.range.max } : {}),
            ticks: { color: colours.text },
            grid: { color: colours.grid },
          },
        },
        plugins: { tooltip: { enabled: true } },
      },
    };
  }, [series]);

  return (
    <Box xcss={frame}>
      <canvas ref={canvas} role="img" aria-label={summary} />
      <VisuallyHidden>
        <table>
          <caption>Trend per period</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Happiness</th>
              <th scope="col">Lost time per ticket</th>
              <th scope="col">Response rate</th>
              {benchmark ? <th scope="col">{benchmark.name}</th> : null}
            </tr>
          </thead>
          <tbody>
            {trend.map(({ period, scorecard }) => (
              <tr key={period}>
                <th scope="row">{period}</th>
                <td>
                  {scorecard.happiness.kind === 'scored'
                    ? `${signed(scorecard.happiness.value)} (${interval(scorecard.happiness.ci95)})`
                    : notEnoughAnswers(scorecard.happiness.n, scorecard.happiness.minimum)}
                </td>
                <td>
                  {scorecard.lostTime.kind === 'scored' ? duration(scorecard.lostTime.meanMinutes) : '–'}
                </td>
                <td>{scorecard.responseRate.rate === null ? '–' : percent(scorecard.responseRate.rate)}</td>
                {benchmark ? <td>{series.format(benchmark.value)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
