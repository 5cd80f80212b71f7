import { dispatchDue, type Ports, type RollupStore } from '@xloop/shared-core';
import { invocationDeadline } from '../invocation';
import type { OpportunityCache } from '../opportunity-cache';

/** A queue as `@forge/events` offers it: events pushed now run in the consumer later. */
export interface DispatchQueue {
  push(events: {
    body: Record<string, unknown>;
    delayInSeconds?: number;
    concurrency?: { key: string; limit: number };
  }): Promise<unknown>;
}

/**
 * One dispatch run at a time per installation: two runs at once could both find the same survey due and race to
 * deliver it. Forge queues serialise events that share a concurrency key.
 */
export const ONE_AT_A_TIME = { key: 'xloop-dispatch', limit: 1 } as const;

/** Forge functions time out at 55 s here; stop taking new batches well before that. */
export const BATCH_TIME_BUDGET_MS = 40_000;

/**
 * What the hourly ranking needs of the invocation: a few reads of up to 5 s each (Forge SQL's SELECT limit) and the
 * themes' CPU. It starts only with this much left before the invocation's deadline, counted from its start.
 */
export const RANKING_RESERVE_MS = 20_000;

/**
 * One consumer run: finishes rollup changes a crash interrupted, then dispatches due surveys in batches of 50 until
 * nothing is due or the time budget is spent, and if work remains pushes the next run, so no invocation overruns
 * and nothing waits for the next schedule.
 */
export async function dispatchBatch(
  ports: Ports & { readonly rollups: RollupStore & { finishChanges?: () => Promise<number> } },
  queue: DispatchQueue,
  now: () => number = Date.now,
  cache?: Pick<OpportunityCache, 'refreshIfStale'>,
  remaining: () => number = () => invocationDeadline() - Date.now(),
): Promise<{ processed: number; more: boolean }> {
  const started = now();
  await ports.rollups.finishChanges?.();
  let processed = 0;
  let more = true;
  while (more && now() - started < BATCH_TIME_BUDGET_MS) {
    const result = await dispatchDue(ports, { limit: 50 });
    processed += result.processed;
    more = result.more;
  }
  // A refused push (Forge's events-per-minute or cyclic-invocation limit) only leaves the rest to the next scheduled
  // run; throwing here would fail a run whose deliveries are done.
  if (more)
    await queue
      .push({ body: { reason: 'more-due' }, concurrency: ONE_AT_A_TIME })
      .catch((error: unknown) => console.warn('xloop: the next dispatch run waits for the schedule:', error));
  // With time to spare, rank the opportunities again for the CSI page (hourly at most). A failed ranking keeps the
  // last one and is tried again by a later run; it never fails a run whose deliveries are done.
  else if (cache && now() - started < BATCH_TIME_BUDGET_MS && remaining() >= RANKING_RESERVE_MS)
    await cache
      .refreshIfStale(ports)
      .catch((error: unknown) => console.warn('xloop: the opportunities are ranked again later:', error));
  return { processed, more };
}
