import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNatural } from './natural-order';

describe('compareNatural', () => {
  it('reads digit runs as numbers, whatever their padding', () => {
    expect(compareNatural('jira:HELP-999', 'jira:HELP-1000')).toBe(-1);
    expect(compareNatural('servicenow:INC0001000', 'servicenow:INC0000999')).toBe(1);
    expect(compareNatural('T7@2026-06-01', 'T7@2026-06-01')).toBe(0);
    expect(compareNatural('a', 'b')).toBe(-1);
    expect(compareNatural('x1', 'x1b')).toBe(-1);
    expect(['T10', 'T9', 'T100', 'S2'].sort(compareNatural)).toEqual(['S2', 'T9', 'T10', 'T100']);
  });

  it('orders ticket numbers alike however each platform writes them', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), (m, n) => {
        const jira = Math.sign(compareNatural(`jira:HELP-${m}`, `jira:HELP-${n}`));
        const servicenow = Math.sign(
          compareNatural(
            `servicenow:INC${String(m).padStart(7, '0')}`,
            `servicenow:INC${String(n).padStart(7, '0')}`,
          ),
        );
        expect(jira).toBe(Math.sign(m - n));
        expect(servicenow).toBe(Math.sign(m - n));
      }),
    );
  });

  it('is a total order: antisymmetric, and equal only for equal text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareNatural(a, b)) + Math.sign(compareNatural(b, a))).toBe(0);
        expect(compareNatural(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
