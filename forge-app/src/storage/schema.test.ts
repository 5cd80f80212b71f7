import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './schema';
import type { SqlExecutor } from './sql-executor';

/** An executor that keeps `xl_migrations` in memory and records every schema statement. */
function recordingExecutor() {
  const recorded = new Set<string>();
  const ddl: string[] = [];
  const executor: SqlExecutor = {
    async query<Row>() {
      return [...recorded].map((name) => ({ name })) as Row[];
    },
    async update(_statement, params = []) {
      recorded.add(String(params[0]));
      return { affectedRows: 1, insertId: 0 };
    },
    async ddl(statement) {
      ddl.push(statement);
    },
  };
  return { executor, ddl, recorded };
}

describe('MIGRATIONS', () => {
  it('names each migration once, one statement each, with no feature Forge SQL lacks', () => {
    const names = MIGRATIONS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
    for (const [, statement] of MIGRATIONS) {
      expect(statement).not.toContain(';');
      expect(statement).not.toMatch(/FOREIGN KEY|REFERENCES/i);
      // Keys are bounded columns: MySQL and TiDB index no TEXT column.
      expect(statement).not.toMatch(/\b(id|key|segment_key)\s+TEXT\b/i);
    }
  });
});

describe('migrate', () => {
  it('runs each migration once, in order, and records it', async () => {
    const { executor, ddl, recorded } = recordingExecutor();
    expect(await migrate(executor)).toEqual(MIGRATIONS.map(([name]) => name));
    expect(ddl.slice(1)).toEqual(MIGRATIONS.map(([, statement]) => statement));
    expect([...recorded]).toEqual(MIGRATIONS.map(([name]) => name));
    expect(await migrate(executor)).toEqual([]);
    expect(ddl).toHaveLength(MIGRATIONS.length + 2);
  });
});
