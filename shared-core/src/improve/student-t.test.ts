import { describe, expect, it } from 'vitest';
import { normalQuantile, studentTQuantile } from './student-t';

describe('normalQuantile', () => {
  it('matches published z values', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(1e-6)).toBeCloseTo(-4.753424, 5);
  });

  it('is infinite at the ends and undefined outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });
});

describe('studentTQuantile', () => {
  // Critical values from any t table (two-sided 95 % and 99 %).
  const table: Array<[number, number, number]> = [
    [1, 0.975, 12.7062],
    [2, 0.975, 4.3027],
    [3, 0.975, 3.1824],
    [5, 0.975, 2.5706],
    [10, 0.975, 2.2281],
    [30, 0.975, 2.0423],
    [120, 0.975, 1.9799],
    [10, 0.995, 3.1693],
    [4, 0.9, 1.5332],
  ];

  it.each(table)('df = %d, p = %d gives %d', (df, p, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 3);
  });

  it('handles the fractional degrees of freedom Welch produces', () => {
    // Between its integer neighbours, and monotone in df.
    const t = studentTQuantile(0.975, 12.6);
    expect(t).toBeLessThan(studentTQuantile(0.975, 12));
    expect(t).toBeGreaterThan(studentTQuantile(0.975, 13));
  });

  it('tends to the normal quantile as df grows', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.959964, 4);
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959964, 6);
  });

  it('is zero at the median and undefined for impossible arguments', () => {
    expect(studentTQuantile(0.5, 7)).toBeCloseTo(0, 9);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(1, 5)).toBeNaN();
  });
});
