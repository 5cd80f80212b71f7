import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeContract } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { sqliteStores } from './sqlite-stores';

storeContract('SQLite', () => sqliteStores(':memory:'));

describe('openDatabase', () => {
  it('opens files in WAL mode', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xloop-wal-')), 'x.db');
    const { db } = sqliteStores(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
