import type { SqlValue } from './sql-executor';

/**
 * How many bytes of bound values one statement carries at most: Forge SQL takes 1 MiB a request, and the statement
 * text and the request's own encoding need the rest.
 */
export const BATCH_BYTES = 768 * 1024;

/** Rows a statement binds at most, well under MySQL's 65,535 placeholders for any table of ours. */
export const BATCH_ROWS = 1_000;

/**
 * Rows in order, split into batches whose values (measured as the JSON a request carries them in) stay within
 * `bytes`, and at most `rows` long; a row larger than `bytes` on its own is a batch of one.
 * @example batchesWithin([['a'], ['b'], ['c']], 12) // [[['a'], ['b']], [['c']]]
 */
export function batchesWithin<Row extends readonly SqlValue[]>(
  all: readonly Row[],
  bytes: number = BATCH_BYTES,
  rows: number = BATCH_ROWS,
): Row[][] {
  const batches: Row[][] = [];
  let batch: Row[] = [];
  let size = 0;
  for (const row of all) {
    const rowSize = Buffer.byteLength(JSON.stringify(row));
    if (batch.length > 0 && (size + rowSize > bytes || batch.length >= rows)) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(row);
    size += rowSize;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
