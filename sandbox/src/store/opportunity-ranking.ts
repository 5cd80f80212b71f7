import type { RankingStore, StoredRanking } from '@xloop/shared-core';
import type Database from 'better-sqlite3';

/**
 * The core's stored ranking of opportunities in the sandbox database, one row, as Forge keeps it in Forge SQL: the
 * desk's background work ranks, the CSI page's call reads.
 */
export class SqliteRanking implements RankingStore {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      read: db.prepare<[], { body: string }>('SELECT body FROM opportunity_ranking WHERE id = 1'),
      save: db.prepare(
        'INSERT INTO opportunity_ranking (id, computed_at, body) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET computed_at = excluded.computed_at, body = excluded.body',
      ),
    };
  }

  read(): StoredRanking | undefined {
    const row = this.statements.read.get();
    return row ? (JSON.parse(row.body) as StoredRanking) : undefined;
  }

  save(ranking: StoredRanking): void {
    this.statements.save.run(ranking.computedAt, JSON.stringify(ranking));
  }
}
