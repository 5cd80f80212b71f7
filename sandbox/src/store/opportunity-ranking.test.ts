import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrations';
import { SqliteRanking } from './opportunity-ranking';

describe('SqliteRanking', () => {
  it('keeps one ranking, the latest saved', () => {
    const db = new Database(':memory:');
    migrate(db);
    const ranking = new SqliteRanking(db);
    expect(ranking.read()).toBeUndefined();
    ranking.save({ computedAt: 1, opportunities: [] });
    ranking.save({ computedAt: 2, opportunities: [{ key: 'service=VPN' } as never] });
    expect(ranking.read()).toEqual({ computedAt: 2, opportunities: [{ key: 'service=VPN' }] });
    expect(db.prepare('SELECT COUNT(*) FROM opportunity_ranking').pluck().get()).toBe(1);
  });
});
