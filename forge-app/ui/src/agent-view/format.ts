import type { Happiness, Scorecard } from '@xloop/shared-core';
import { notEnoughAnswers } from '../shared/not-enough';

const signed = (value: number) => `${value > 0 ? '+' : ''}${Math.round(value)}`;

/** "+42 (95 % interval +20 to +61, 38 answers)", or why there is no figure. */
export function happinessText(happiness: Happiness): string {
  if (happiness.kind === 'insufficient') return notEnoughAnswers(happiness.n, happiness.minimum);
  const [low, high] = happiness.ci95;
  return `${signed(happiness.value)} (95 % interval ${signed(low)} to ${signed(high)}, ${happiness.n} answers)`;
}

/** Minutes as people say them: "45 min", "2 h 30 min". */
export function minutesText(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The happiness of each period for a sparkline: `null` where there were too few answers. */
export function trendPoints(trend: ReadonlyArray<{ readonly scorecard: Scorecard }>): (number | null)[] {
  return trend.map(({ scorecard }) =>
    scorecard.happiness.kind === 'scored' ? scorecard.happiness.value : null,
  );
}
