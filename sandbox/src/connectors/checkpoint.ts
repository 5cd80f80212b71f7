import type Database from 'better-sqlite3';

/** Where an import stopped, kept in the sandbox database so a rerun resumes instead of starting over. */
export class Checkpoints {
  constructor(private readonly db: Database.Database) {}

  read<T>(name: string): T | undefined {
    const value = this.db
      .prepare('SELECT value FROM settings WHERE name = ?')
      .pluck()
      .get(`checkpoint:${name}`) as string | undefined;
    return value === undefined ? undefined : (JSON.parse(value) as T);
  }

  write(name: string, value: unknown): void {
    this.db
      .prepare(
        'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      )
      .run(`checkpoint:${name}`, JSON.stringify(value));
  }

  clear(name: string): void {
    this.db.prepare('DELETE FROM settings WHERE name = ?').run(`checkpoint:${name}`);
  }
}
