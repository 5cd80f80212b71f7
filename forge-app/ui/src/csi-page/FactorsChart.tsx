import { Box, xcss } from '@atlaskit/primitives';
import { useRef } from 'react';
import { chartColours } from './chart-colours';
import { percent } from './format';
import type { FactorLabel, FactorLift } from './types';
import { useChart } from './use-chart';
import { VisuallyHidden } from './VisuallyHidden';

const frame = xcss({ position: 'relative', height: '300px', width: '100%' });

/** How often each factor is cited (share of answers), the most cited first, with its lift in a table for readers. */
export function FactorsChart({
  factors,
  label,
  limit = 10,
}: {
  readonly factors: readonly FactorLift[];
  readonly label: FactorLabel;
  readonly limit?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const shown = factors.slice(0, limit);
  const summary = `Share of answers citing each factor, ${shown.length} most cited factors.`;

  useChart(canvas, () => {
    const colours = chartColours();
    return {
      type: 'bar',
      data: {
        labels: shown.map((f) => label(f.factor)),
        datasets: [
          {
            label: 'Share of answers (%)',
            data: shown.map((f) => Math.round(f.share * 1000) / 10),
            backgroundColor: colours.bar,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { beginAtZero: true, ticks: { color: colours.text }, grid: { color: colours.grid } },
          y: { ticks: { color: colours.text }, grid: { display: false } },
        },
      },
    };
  }, [shown.map((f) => `${f.factor}:${f.share}`).join(), label]);

  if (shown.length === 0) return <p>No factors were cited in this period.</p>;
  return (
    <Box xcss={frame}>
      <canvas ref={canvas} role="img" aria-label={summary} />
      <VisuallyHidden>
        <table>
          <caption>Factors cited</caption>
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Share of answers</th>
              <th scope="col">Compared with the organisation</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => (
              <tr key={f.factor}>
                <th scope="row">{label(f.factor)}</th>
                <td>{percent(f.share)}</td>
                <td>{f.lift === null ? 'not cited overall' : `${f.lift.toFixed(1)}×`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}
