import { describe, expect, it } from 'vitest';
import { TimeQueue } from './queue';

describe('TimeQueue', () => {
  it('pops in time order, first in first out on ties', () => {
    const queue = new TimeQueue<string>();
    for (const [at, value] of [
      [5, 'e'],
      [1, 'a'],
      [3, 'c'],
      [1, 'b'],
      [4, 'd'],
    ] as const)
      queue.push(at, value);
    const out: string[] = [];
    while (queue.size > 0) out.push(queue.pop() ?? '');
    expect(out).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(queue.pop()).toBeUndefined();
  });
});
