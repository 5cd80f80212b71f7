import { token } from '@atlaskit/tokens';

/**
 * A trend line of happiness (−100 … +100) per period, drawn in SVG with design-token colours. Periods without
 * enough answers leave a gap rather than a misleading point. The text alternative says what the line shows.
 */
export function Sparkline({
  points,
  label,
  width = 160,
  height = 36,
}: {
  readonly points: readonly (number | null)[];
  readonly label: string;
  readonly width?: number;
  readonly height?: number;
}) {
  const step = points.length > 1 ? width / (points.length - 1) : width;
  const y = (value: number) => height - ((value + 100) / 200) * height;
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((value, i) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push(`${(i * step).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <line
        x1={0}
        x2={width}
        y1={y(0)}
        y2={y(0)}
        stroke={token('color.border')}
        strokeDasharray="2 2"
        strokeWidth={1}
      />
      {runs.map((coordinates) =>
        coordinates.length === 1 ? (
          <circle
            key={coordinates[0]}
            cx={Number(coordinates[0]?.split(',')[0])}
            cy={Number(coordinates[0]?.split(',')[1])}
            r={2}
            fill={token('color.chart.brand')}
          />
        ) : (
          <polyline
            key={coordinates.join(' ')}
            points={coordinates.join(' ')}
            fill="none"
            stroke={token('color.chart.brand')}
            strokeWidth={2}
          />
        ),
      )}
    </svg>
  );
}
