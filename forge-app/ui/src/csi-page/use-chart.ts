import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { type RefObject, useEffect } from 'react';
import { useThemeVersion } from './chart-colours';

// Only what the CSI charts draw, so the bundle carries no other chart type.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  Filler,
  Tooltip,
);

/**
 * Draws a Chart.js chart on the canvas, again whenever `deps` or the theme change (the configuration is built at
 * draw time, so its colours are the current theme's). Where a canvas cannot draw (jsdom), nothing is drawn.
 */
export function useChart(
  canvas: RefObject<HTMLCanvasElement | null>,
  configure: () => ChartConfiguration,
  deps: readonly unknown[],
): void {
  const theme = useThemeVersion();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the chart depends on.
  useEffect(() => {
    const element = canvas.current;
    if (!element?.getContext?.('2d')) return;
    const chart = new Chart(element, configure());
    return () => chart.destroy();
  }, [...deps, theme]);
}
