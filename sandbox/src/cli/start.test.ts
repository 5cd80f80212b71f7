import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSandbox } from '../sandbox-ports';
import { type DatabaseTotals, databaseTotals, startCommand } from './start';

const dir = mkdtempSync(join(tmpdir(), 'xloop-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the sandbox on `db`, stops it, and returns the counts its start line gave. */
async function startAndStop(db: string): Promise<{ line: string; printed: DatabaseTotals }> {
  const out: string[] = [];
  const running = await startCommand({ db, port: 0, speed: 1, seedDays: 9 }, (text) => out.push(text));
  await running.stop();
  const line = out.join('\n').split('\n')[1] ?? '';
  const match = /^ {2}([\d,]+) tickets, ([\d,]+) invitations sent, ([\d,]+) answers in the database;/.exec(
    line,
  );
  const count = (i: number) => Number((match?.[i] ?? 'NaN').replace(/,/g, ''));
  return { line, printed: { tickets: count(1), invitations: count(2), answers: count(3) } };
}

const held = (db: string): DatabaseTotals => {
  const ports = openSandbox(db);
  try {
    return databaseTotals(ports);
  } finally {
    ports.close();
  }
};

describe('xloop start', () => {
  it('says what the database holds, on the seeding run and on a restart that replays only its last week', async () => {
    const db = join(dir, 'xloop.db');
    const first = await startAndStop(db);
    const seeded = held(db);
    expect(first.printed, first.line).toEqual(seeded);
    expect(seeded.tickets).toBeGreaterThan(300);
    expect(seeded.invitations).toBeGreaterThan(50);
    expect(seeded.answers).toBeGreaterThan(5);

    // The restart replays a week, which adds nothing: the line still counts everything, not the replayed week.
    const again = await startAndStop(db);
    expect(again.printed, again.line).toEqual(held(db));
    expect(again.printed).toEqual(seeded);
  }, 60_000);
});
