import {
  type Ports,
  RANKING_MAX_AGE_MS,
  type RankingStore,
  refreshRanking,
  type StoredRanking,
} from '@xloop/shared-core';
import type { SqlExecutor } from './storage/sql-executor';

/** How old the ranked opportunities may be before the dispatch consumer ranks them again. */
export const OPPORTUNITIES_MAX_AGE_MS = RANKING_MAX_AGE_MS;

/**
 * The core's stored ranking in Forge SQL (one `xl_settings` row), computed off the UI path: the dispatch consumer
 * refreshes it hourly (themes read comments), and the CSI page's resolver answers from it, so no UI request reads
 * raw responses.
 */
export class OpportunityCache implements RankingStore {
  constructor(
    private readonly db: SqlExecutor,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<StoredRanking | undefined> {
    const [row] = await this.db.query<{ value: string }>(
      "SELECT value FROM xl_settings WHERE name = 'opportunities'",
    );
    return row ? (JSON.parse(row.value) as StoredRanking) : undefined;
  }

  async save(ranking: StoredRanking): Promise<void> {
    await this.db.update(
      "INSERT INTO xl_settings (name, value) VALUES ('opportunities', ?) ON DUPLICATE KEY UPDATE value = VALUES(value)",
      [JSON.stringify(ranking)],
    );
  }

  /**
   * Drops the stored ranking: after an erase its themes' example comments and its agents' ids may name someone who
   * is gone. The next dispatch run with time to spare ranks again.
   */
  async forget(): Promise<void> {
    await this.db.update("DELETE FROM xl_settings WHERE name = 'opportunities'");
  }

  /** Ranks again if the stored ranking is missing or older than an hour; answers whether it did. */
  async refreshIfStale(ports: Ports): Promise<boolean> {
    return refreshRanking(ports, this, this.now());
  }
}
