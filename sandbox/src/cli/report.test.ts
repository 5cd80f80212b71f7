import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { reportCommand } from './report';

const dir = mkdtempSync(join(tmpdir(), 'xloop-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = join(dir, 'report.md');

const refusal = (options: Partial<Parameters<typeof reportCommand>[0]>) => {
  try {
    reportCommand({ format: 'md', out, db: join(dir, 'none.db'), ...options }, () => {});
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error('not refused');
};

// Writing the reports from a seeded database is the end-to-end test's (test/cli.test.ts).
describe('reportCommand', () => {
  it('refuses a missing database and days not written as YYYY-MM-DD before opening anything', () => {
    expect(refusal({})).toBe(
      `There is no database at ${join(dir, 'none.db')}; run "xloop start" first or give --db.`,
    );
    const db = join(dir, 'not-read.db');
    writeFileSync(db, '');
    expect(refusal({ db, from: 'May' })).toBe('--from and --to take days as YYYY-MM-DD, not "May".');
    expect(refusal({ db, to: '2026-13-01' })).toBe(
      '--from and --to take days as YYYY-MM-DD, not "2026-13-01".',
    );
  });
});
