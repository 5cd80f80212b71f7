import { describe, expect, it } from 'vitest';
import { columnInstant, instantColumn } from './instant-column';

describe('instant columns', () => {
  it('keep milliseconds exactly and sort as text the way instants sort', () => {
    const instants = [0, 999, 1_793_696_400_000, 1_793_696_400_001, 99_999_999_999_999];
    const columns = instants.map(instantColumn);
    expect([...columns].sort()).toEqual(columns);
    expect(columns.map(columnInstant)).toEqual(instants);
    expect(instantColumn(undefined)).toBe('');
    expect(columnInstant(null)).toBeUndefined();
  });
});
