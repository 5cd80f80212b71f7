import { findOpportunities, type OpportunityWithThemes, type Ports } from '@xloop/shared-core';
import type { SqlExecutor } from './storage/sql-executor';

/** How old the ranked opportunities may be before the dispatch consumer ranks them again. */
export const OPPORTUNITIES_MAX_AGE_MS = 60 * 60_000;

interface Cached {
  readonly computedAt: number;
  readonly opportunities: readonly OpportunityWithThemes[];
}

/**
 * The ranked opportunities with their comment themes, computed off the UI path: the dispatch consumer refreshes them
 * hourly (themes read comments), and the CSI page's resolver reads the result, so no UI request reads raw responses.
 */
export class OpportunityCache {
  constructor(
    private readonly db: SqlExecutor,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<Cached | undefined> {
    const [row] = await this.db.query<{ value: string }>(
      "SELECT value FROM xl_settings WHERE name = 'opportunities'",
    );
    return row ? (JSON.parse(row.value) as Cached) : undefined;
  }

  /** Ranks again if the stored ranking is missing or older than an hour; answers whether it did. */
  async refreshIfStale(ports: Ports): Promise<boolean> {
    const cached = await this.read();
    if (cached && this.now() - cached.computedAt < OPPORTUNITIES_MAX_AGE_MS) return false;
    const opportunities = await findOpportunities(ports, { limit: 20 });
    await this.db.update(
      "INSERT INTO xl_settings (name, value) VALUES ('opportunities', ?) ON DUPLICATE KEY UPDATE value = VALUES(value)",
      [JSON.stringify({ computedAt: this.now(), opportunities })],
    );
    return true;
  }
}
