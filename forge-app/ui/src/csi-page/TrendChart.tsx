import { Box, xcss } from '@atlaskit/primitives';
import { useRef } from 'react';
import { chartColours } from './chart-colours';
import { duration, interval, percent, signed } from './format';
import type { Dashboard } from './types';
import { useChart } from './use-chart';
import { VisuallyHidden } from './VisuallyHidden';

/** The line the trend is compared with: a configured benchmark, or the organisation when a segment is shown. */
export interface Benchmark {
  readonly name: string;
  readonly happiness: number;
}

const frame = xcss({ position: 'relative', height: '260px', width: '100%' });

/**
 * Happiness per period with its 95 % band and the benchmark as a dashed line. Periods below the minimum sample are
 * gaps, never points. The table beside it (visually hidden) says the same for screen readers.
 */
export function TrendChart({
  trend,
  benchmark,
}: {
  readonly trend: Dashboard['trend'];
  readonly benchmark?: Benchmark | undefined;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scored = trend.filter((p) => p.scorecard.happiness.kind === 'scored').length;
  const summary =
    `Happiness per period, ${trend.length} periods, ${scored} with enough answers` +
    (benchmark ? `; the dashed line is ${benchmark.name} at ${signed(benchmark.happiness)}.` : '.');

  useChart(canvas, () => {
    const colours = chartColours();
    const value = (pick: (h: { value: number; ci95: readonly [number, number] }) => number) =>
      trend.map((p) => (p.scorecard.happiness.kind === 'scored' ? pick(p.scorecard.happiness) : null));
    return {
      type: 'line',
      data: {
        labels: trend.map((p) => p.period),
        datasets: [
          {
            label: '95 % interval, low',
            data: value((h) => h.ci95[0]),
            borderWidth: 0,
            pointRadius: 0,
            backgroundColor: colours.band,
            // Higher orders are drawn first: the band under the lines.
            order: 2,
          },
          {
            label: '95 % interval, high',
            data: value((h) => h.ci95[1]),
            borderWidth: 0,
            pointRadius: 0,
            fill: '-1',
            backgroundColor: colours.band,
            order: 2,
          },
          {
            label: 'Happiness',
            data: value((h) => h.value),
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
                  data: trend.map(() => benchmark.happiness),
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
            suggestedMin: -100,
            suggestedMax: 100,
            ticks: { color: colours.text },
            grid: { color: colours.grid },
          },
        },
        plugins: { tooltip: { enabled: true } },
      },
    };
  }, [trend, benchmark?.name, benchmark?.happiness]);

  return (
    <Box xcss={frame}>
      <canvas ref={canvas} role="img" aria-label={summary} />
      <VisuallyHidden>
        <table>
          <caption>Happiness trend</caption>
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
                    : `Not enough answers (${scorecard.happiness.n})`}
                </td>
                <td>
                  {scorecard.lostTime.kind === 'scored' ? duration(scorecard.lostTime.meanMinutes) : '–'}
                </td>
                <td>{scorecard.responseRate.rate === null ? '–' : percent(scorecard.responseRate.rate)}</td>
                {benchmark ? <td>{signed(benchmark.happiness)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
