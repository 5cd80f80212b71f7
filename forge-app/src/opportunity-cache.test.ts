import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { OPPORTUNITIES_MAX_AGE_MS, OpportunityCache } from './opportunity-cache';
import type { SqlExecutor } from './storage/sql-executor';

/** An executor over one in-memory settings row, enough for the cache. */
function settingsTable(): SqlExecutor {
  let value: string | undefined;
  return {
    query: async () => (value === undefined ? [] : [{ value }]) as never[],
    update: async (_statement, params = []) => {
      value = String(params[0]);
      return { affectedRows: 1, insertId: 0 };
    },
    ddl: async () => undefined,
  };
}

describe('OpportunityCache', () => {
  it('ranks when missing or older than an hour, and keeps the ranking otherwise', async () => {
    let now = Date.UTC(2026, 10, 2, 8);
    const cache = new OpportunityCache(settingsTable(), () => now);
    const ports = memoryPorts({ now, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    expect(await cache.read()).toBeUndefined();
    expect(await cache.refreshIfStale(ports)).toBe(true);
    expect(await cache.read()).toEqual({ computedAt: now, opportunities: [] });
    now += OPPORTUNITIES_MAX_AGE_MS - 1;
    expect(await cache.refreshIfStale(ports)).toBe(false);
    now += 1;
    expect(await cache.refreshIfStale(ports)).toBe(true);
  });
});
