import { describe, expect, it } from 'vitest';
import { all, andThen, attempt, forEach, isPending } from './step';

describe('steps', () => {
  it('stay synchronous with plain values', () => {
    const order: number[] = [];
    const result = andThen(1, (a) => andThen(a + 1, (b) => forEach([b, b + 1], (x) => void order.push(x))));
    expect(result).toBeUndefined();
    expect(order).toEqual([2, 3]);
    expect(all([() => 1, () => 'two'] as const)).toEqual([1, 'two']);
    expect(isPending(undefined)).toBe(false);
  });

  it('chain in order with promises, mixed with plain values', async () => {
    const order: number[] = [];
    const slow = (x: number) =>
      new Promise<void>((resolve) => setTimeout(() => resolve(void order.push(x)), 3 - x));
    await forEach([0, 1, 2], (x) => (x === 1 ? void order.push(x) : slow(x)));
    expect(order).toEqual([0, 1, 2]);
    await expect(andThen(Promise.resolve(2), (x) => x * 3)).resolves.toBe(6);
    await expect(all([() => Promise.resolve(1), () => 2] as const)).resolves.toEqual([1, 2]);
  });

  it('recovers from throws and from failed promises, and passes successes through', async () => {
    expect(
      attempt(
        () => {
          throw new Error('boom');
        },
        (e) => `caught ${(e as Error).message}`,
      ),
    ).toBe('caught boom');
    expect(
      attempt(
        () => 5,
        () => 0,
      ),
    ).toBe(5);
    await expect(
      attempt(
        () => Promise.reject(new Error('late')),
        (e) => (e as Error).message,
      ),
    ).resolves.toBe('late');
    await expect(
      attempt(
        () => Promise.resolve(7),
        () => 0,
      ),
    ).resolves.toBe(7);
  });
});
