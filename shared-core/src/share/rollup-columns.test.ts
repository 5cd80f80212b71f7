import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedResponse } from './responses.fixture';
import { RollupAccumulator } from './rollup';
import { ROLLUP_COLUMNS, rollupColumnValues, rollupFromColumns } from './rollup-columns';

describe('rollup columns', () => {
  it('round-trip any rollup through a row, numbers given as strings too', () => {
    fc.assert(
      fc.property(fc.array(countedResponse, { maxLength: 20 }), (responses) => {
        const accumulator = new RollupAccumulator();
        for (const r of responses) accumulator.addResponse(r).addInvitationOutcome('answered');
        const rollup = accumulator.toRollup();
        const values = rollupColumnValues(rollup);
        expect(values).toHaveLength(ROLLUP_COLUMNS.length);
        const row = Object.fromEntries(ROLLUP_COLUMNS.map((column, i) => [column, String(values[i])]));
        expect(rollupFromColumns(row, rollup.factors)).toEqual(rollup);
      }),
    );
  });
});
