import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations';

describe('migrations', () => {
  it('apply each version once, record it, and refuse a database from a newer XLoop', () => {
    const db = new Database(':memory:');
    expect(migrate(db, () => 42)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, applied_at: 42 })),
    );
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)").run();
    expect(() => migrate(db)).toThrow(/schema version 999, newer than this XLoop knows/);
  });
});
