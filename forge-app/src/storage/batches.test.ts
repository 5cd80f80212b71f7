import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, batchesWithin } from './batches';

describe('batchesWithin', () => {
  it('keeps the order and splits where the next row would pass the byte budget', () => {
    expect(batchesWithin([['a'], ['b'], ['c']], 12)).toEqual([[['a'], ['b']], [['c']]]);
    expect(batchesWithin([], 12)).toEqual([]);
  });

  it('counts bytes as UTF-8 and gives a row larger than the budget a batch of its own', () => {
    expect(batchesWithin([['é'], ['x'.repeat(50)], ['b']], 8)).toEqual([
      [['é']],
      [['x'.repeat(50)]],
      [['b']],
    ]);
  });

  it('caps the rows of a batch', () => {
    expect(batchesWithin([[1], [2], [3]], BATCH_BYTES, 2)).toEqual([[[1], [2]], [[3]]]);
  });

  it('keeps a page of long responses under 1 MiB a request', () => {
    const row = ['jira:SD-1', 'x'.repeat(2_000)];
    const batches = batchesWithin(Array.from({ length: 500 }, () => row));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(Buffer.byteLength(JSON.stringify(batch))).toBeLessThan(1024 * 1024);
  });
});
