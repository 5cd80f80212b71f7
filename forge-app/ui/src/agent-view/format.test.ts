import { describe, expect, it } from 'vitest';
import { happinessText, minutesText } from './format';

describe('agent view texts', () => {
  it('states happiness with its interval, or how many answers are missing', () => {
    expect(
      happinessText({
        kind: 'scored',
        n: 38,
        value: 42.4,
        ci95: [19.6, 61.2],
        promoterShare: 0.6,
        detractorShare: 0.18,
        variance: 0.01,
      }),
    ).toBe('+42 (95 % interval +20 to +61, 38 answers)');
    expect(happinessText({ kind: 'insufficient', n: 4, minimum: 10 })).toBe(
      'Not enough answers yet (4 of 10 needed)',
    );
  });

  it('says minutes as people do', () => {
    expect(minutesText(45)).toBe('45 min');
    expect(minutesText(120)).toBe('2 h');
    expect(minutesText(150.4)).toBe('2 h 30 min');
  });
});
