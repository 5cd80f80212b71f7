import type { Dimension, Segment } from '@xloop/shared-core';
import { notEnoughAnswers } from '../shared/not-enough';
import type { Scorecard } from './types';

const MINUS = '\u2212';

/** A signed whole number with a real minus sign: `+12`, `−5`, `0`. */
export function signed(value: number, digits = 0): string {
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return (0).toFixed(digits);
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded).toFixed(digits)}`;
}

/** A 95 % interval for people: `95 % CI −4 to +6`. */
export function interval(ci: readonly [number, number], digits = 0): string {
  return `95 % CI ${signed(ci[0], digits)} to ${signed(ci[1], digits)}`;
}

/** Minutes as minutes or hours, whichever reads better: `45 min`, `2.4 h`. */
export function duration(minutes: number): string {
  return Math.abs(minutes) < 90 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;
}

/** A share 0–1 as a percentage: `49 %`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** Hours, rounded for reading: `195 h`, `4.5 h`. */
export function hours(value: number): string {
  return `${Math.abs(value) >= 10 ? Math.round(value) : value.toFixed(1)} h`;
}

const DIMENSION_LABELS: Record<Dimension, string> = {
  service: 'Service',
  channel: 'Channel',
  team: 'Team',
  category: 'Category',
  priority: 'Priority',
  location: 'Location',
  customer: 'Customer',
  kind: 'Kind',
  agent: 'Agent',
  project: 'Project',
};

export function dimensionLabel(dimension: Dimension): string {
  return DIMENSION_LABELS[dimension];
}

/** A segment for people: `Service VPN · Channel Email`; the empty segment is the whole organisation. */
export function segmentLabel(segment: Segment): string {
  const parts = (Object.keys(segment) as Dimension[]).map((d) => `${dimensionLabel(d)} ${segment[d]}`);
  return parts.length > 0 ? parts.join(' · ') : 'Whole organisation';
}

/** The happiness of a scorecard in one phrase, or why there is no number. */
export function happinessPhrase(happiness: Scorecard['happiness']): string {
  return happiness.kind === 'scored'
    ? `${signed(happiness.value)} (${interval(happiness.ci95)}, ${happiness.n} answers)`
    : notEnoughAnswers(happiness.n, happiness.minimum);
}

/** YYYY-MM-DD of a local date. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` days up to `today`, both ends included. */
export function lastDaysRange(days: number, today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today) };
}
