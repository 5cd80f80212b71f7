import { describe, expect, it } from 'vitest';
import { beginInvocation, INVOCATION_LIMIT_MS, invocationDeadline } from './invocation';

describe('beginInvocation', () => {
  const now = () => 1_000_000;

  it('gives a handler its documented limit when the runtime says nothing', () => {
    beginInvocation('consumer', now);
    expect(invocationDeadline()).toBe(1_000_000 + INVOCATION_LIMIT_MS.consumer);
  });

  it('takes the time the runtime says is left, never more than the limit', () => {
    beginInvocation('consumer', now, () => 12_000);
    expect(invocationDeadline()).toBe(1_012_000);
    beginInvocation('resolver', now, () => 900_000);
    expect(invocationDeadline()).toBe(1_000_000 + INVOCATION_LIMIT_MS.resolver);
    beginInvocation('trigger', now, () => Number.NaN);
    expect(invocationDeadline()).toBe(1_000_000 + INVOCATION_LIMIT_MS.trigger);
  });
});
