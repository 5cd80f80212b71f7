import { HOUR, onTicketEvent } from '@xloop/shared-core';
import { describe, expect, it, vi } from 'vitest';
import { dispatchBatch } from './dispatch';
import { fresh, MONDAY, ticket } from './handlers.fixture';

describe('dispatch', () => {
  it('dispatches due surveys and queues another run while work remains', async () => {
    const ports = fresh();
    for (let i = 0; i < 3; i++) {
      await onTicketEvent(ports, {
        type: 'resolved',
        at: MONDAY,
        ticket: { ...ticket(`SD-${i}`), requester: { id: `first-${i}` } },
      });
    }
    ports.clock.advance(HOUR);
    const pushed: unknown[] = [];
    const queue = { push: async (event: unknown) => void pushed.push(event) };
    expect(await dispatchBatch(ports, queue)).toEqual({ processed: 3, more: false });
    expect(ports.delivery.sent).toHaveLength(3);
    expect(pushed).toEqual([]);
    // With no time left in the invocation, the remaining work goes back on the queue.
    for (let i = 3; i < 60; i++)
      await onTicketEvent(ports, {
        type: 'resolved',
        at: ports.clock.now(),
        ticket: { ...ticket(`SD-${i}`), requester: { id: `acc-${i}` }, resolvedAt: ports.clock.now() },
      });
    ports.clock.advance(HOUR);
    let tick = 0;
    // The clock reads 0 when the run starts and before the first batch, then the budget is spent.
    const result = await dispatchBatch(ports, queue, () => (tick++ < 2 ? 0 : 60_000));
    expect(result).toEqual({ processed: 50, more: true });
    expect(pushed).toEqual([
      { body: { reason: 'more-due' }, concurrency: { key: 'xloop-dispatch', limit: 1 } },
    ]);
  });

  it('finishes rollup changes a crash interrupted before it dispatches anything', async () => {
    const ports = fresh();
    await onTicketEvent(ports, { type: 'resolved', at: MONDAY, ticket: ticket('SD-1') });
    ports.clock.advance(HOUR);
    const sentWhenFinishing: number[] = [];
    const rollups = Object.assign(ports.rollups, {
      finishChanges: async () => sentWhenFinishing.push(ports.delivery.sent.length),
    });
    expect(await dispatchBatch({ ...ports, rollups }, { push: async () => {} })).toEqual({
      processed: 1,
      more: false,
    });
    expect(sentWhenFinishing).toEqual([0]);
    expect(ports.delivery.sent).toHaveLength(1);
  });

  it('leaves the rest to the next scheduled run when the queue refuses the push', async () => {
    const ports = fresh();
    for (let i = 0; i < 51; i++)
      await onTicketEvent(ports, {
        type: 'resolved',
        at: MONDAY,
        ticket: { ...ticket(`SD-${i}`), requester: { id: `acc-${i}` } },
      });
    ports.clock.advance(HOUR);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refusing = { push: async () => Promise.reject(new Error('rate limited')) };
    let tick = 0;
    // One batch of 50 in the budget, then it is spent.
    const result = await dispatchBatch(ports, refusing, () => (tick++ < 2 ? 0 : 60_000));
    expect(result).toEqual({ processed: 50, more: true });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('ranks the opportunities again when the run ends with time to spare', async () => {
    const ports = fresh();
    let refreshed = 0;
    const cache = { refreshIfStale: async () => Boolean(++refreshed) };
    await dispatchBatch(ports, { push: async () => undefined }, Date.now, cache);
    expect(refreshed).toBe(1);
    // Nothing was due, but the budget is spent by then: the ranking waits for a run with time to spare.
    let tick = 0;
    await dispatchBatch(ports, { push: async () => undefined }, () => (tick++ < 2 ? 0 : 60_000), cache);
    expect(refreshed).toBe(1);
    // Within the batch budget, but too close to the invocation's deadline (the schema check took its time).
    await dispatchBatch(ports, { push: async () => undefined }, Date.now, cache, () => 19_000);
    expect(refreshed).toBe(1);
    await dispatchBatch(ports, { push: async () => undefined }, Date.now, cache, () => 21_000);
    expect(refreshed).toBe(2);
  });

  it('keeps a run whose ranking fails a success: the last ranking stays, a later run tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = { refreshIfStale: async () => Promise.reject(new Error('response over 4 MiB')) };
    await expect(dispatchBatch(fresh(), { push: async () => undefined }, Date.now, failing)).resolves.toEqual(
      {
        processed: 0,
        more: false,
      },
    );
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
