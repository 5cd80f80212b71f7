import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addResponse, emptyRollup } from './rollup';
import { byDimension, type RollupEntry, rollupFor } from './rollup-query';
import { rollupKeysFor } from './segment-key';
import { entriesWithin } from './within-value';

const DAY = '2026-11-02';
const RANGE = { from: DAY, to: DAY };

/** One response per ticket, counted under every key a rollup store keeps for it. */
const entriesOf = (
  tickets: readonly { readonly customer: string; readonly service: string; readonly score: number }[],
): RollupEntry[] =>
  tickets.flatMap(({ customer, service, score }) =>
    rollupKeysFor({ service, customer }).map((segmentKey) => ({
      day: DAY,
      segmentKey,
      rollup: addResponse(emptyRollup(), { score: score as 0, factors: [] }),
    })),
  );

describe('entriesWithin', () => {
  it('keys one customer’s rollups as their own organisation, and leaves out a customer whose name starts theirs', () => {
    const entries = entriesOf([
      { customer: 'Acme', service: 'VPN', score: 9 },
      { customer: 'Acme Oy', service: 'Payroll', score: 3 },
    ]);
    const acme = entriesWithin(entries, 'customer', 'Acme');
    expect(acme.map((e) => e.segmentKey).sort()).toEqual(['', 'service=VPN']);
    expect(rollupFor(acme, RANGE).histogram[9]).toBe(1);
    expect(rollupFor(acme, RANGE).histogram[3]).toBe(0);
  });

  it('escapes the value as keys do', () => {
    const entries = entriesOf([{ customer: 'A|B=C', service: 'VPN', score: 7 }]);
    expect(
      entriesWithin(entries, 'customer', 'A|B=C')
        .map((e) => e.segmentKey)
        .sort(),
    ).toEqual(['', 'service=VPN']);
  });

  it('answers what the customer pairs answer in the whole organisation', () => {
    const ticket = fc.record({
      customer: fc.constantFrom('Acme', 'Acme Oy', 'Globex'),
      service: fc.constantFrom('VPN', 'Payroll', 'Mail'),
      score: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 30 }), (tickets) => {
        const entries = entriesOf(tickets);
        const acme = entriesWithin(entries, 'customer', 'Acme');
        const mine = tickets.filter((t) => t.customer === 'Acme');
        expect(rollupFor(acme, RANGE)).toEqual(rollupFor(entries, RANGE, { customer: 'Acme' }));
        for (const [service, rollup] of byDimension(acme, 'service', RANGE))
          expect(rollup).toEqual(rollupFor(entries, RANGE, { customer: 'Acme', service }));
        expect([...byDimension(acme, 'service', RANGE).keys()].sort()).toEqual(
          [...new Set(mine.map((t) => t.service))].sort(),
        );
      }),
    );
  });
});
