import { randomBytes } from 'node:crypto';
import { responseDelta } from '@xloop/shared-core';
import { storeContract } from '@xloop/shared-core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MariaDb, startMariaDb } from '../../test/mariadb';
import { migrate } from './schema';
import {
  SqlInitiativeStore,
  SqlResponseStore,
  SqlRollupStore,
  SqlSettingsStore,
  SqlSurveyStore,
} from './sql-stores';

let server: MariaDb;
let databases = 0;

beforeAll(async () => {
  server = await startMariaDb();
});
afterAll(async () => {
  await server?.stop();
});

/** An in-memory secret store with the platform's "set if absent" behaviour. */
const secrets = () => {
  const values = new Map<string, string>();
  return {
    get: async (name: string) => values.get(name),
    setIfAbsent: async (name: string, value: string) => {
      if (!values.has(name)) values.set(name, value);
      return values.get(name) as string;
    },
  };
};

async function fresh() {
  const db = await server.database(`xl_test_${++databases}`);
  await migrate(db);
  return {
    db,
    surveys: new SqlSurveyStore(db),
    responses: new SqlResponseStore(db),
    rollups: new SqlRollupStore(db),
    initiatives: new SqlInitiativeStore(db),
    settings: new SqlSettingsStore(db, secrets(), () => randomBytes(32).toString('base64url')),
  };
}

storeContract('Forge SQL (on MariaDB)', fresh);

describe('Forge SQL rollups without transactions', () => {
  const answer = { score: 9 as const, factors: ['quick'], lostTimeMinutes: 8 };

  it('finishes a change a crash left half-applied, counting every row once', async () => {
    const { db, rollups } = await fresh();
    const delta = responseDelta(undefined, answer);
    // The change is claimed and one of its three rows counted; then the invocation dies.
    let statements = 0;
    const dying = new SqlRollupStore({
      ...db,
      update: async (statement, params) => {
        statements++;
        // Claim, first row, its factor row; the next statement never runs.
        if (statements > 3) throw new Error('invocation timed out');
        return db.update(statement, params);
      },
    });
    await expect(
      dying.apply('response:s1:v1', '2026-11-02', ['', 'service=VPN', 'team=Network'], delta),
    ).rejects.toThrow('timed out');
    const half = await rollups.read({ from: '2026-11-02', to: '2026-11-02' });
    expect(half.map((e) => [e.segmentKey, e.rollup.histogram[9]])).toEqual([['', 1]]);

    expect(await rollups.finishChanges()).toBe(1);
    const whole = await rollups.read({ from: '2026-11-02', to: '2026-11-02' });
    expect(whole.map((e) => [e.segmentKey, e.rollup.histogram[9], e.rollup.factors.quick])).toEqual([
      ['', 1, 1],
      ['service=VPN', 1, 1],
      ['team=Network', 1, 1],
    ]);
    // A retry of the same change now, or a second sweep, counts nothing more.
    expect(
      await rollups.apply('response:s1:v1', '2026-11-02', ['', 'service=VPN', 'team=Network'], delta),
    ).toBe(false);
    expect(await rollups.finishChanges()).toBe(0);
    expect((await rollups.read({ from: '2026-11-02', to: '2026-11-02' }, ['']))[0]?.rollup.histogram[9]).toBe(
      1,
    );
  });

  it('finishes a half-applied change after its agent was erased under the new key only, each row once', async () => {
    const { db, rollups } = await fresh();
    const delta = responseDelta(undefined, answer);
    const keys = ['', 'agent=5b10a', 'service=VPN|agent=5b10a', 'agent=5b10a|project=SD'];
    let statements = 0;
    const dying = new SqlRollupStore({
      ...db,
      update: async (statement, params) => {
        // The claim, then `''` and `agent=5b10a` with their factor rows; the invocation dies on the third key.
        if (++statements > 5) throw new Error('invocation timed out');
        return db.update(statement, params);
      },
    });
    await expect(dying.apply('response:s1:v1', '2026-11-02', keys, delta)).rejects.toThrow('timed out');
    expect(await rollups.replaceKeyPart('agent=5b10a', 'agent=erased-agent-0123456789ab')).toBe(2);
    // The next dispatch finishes the change from its log: the keys it reads there are the new ones.
    expect(await rollups.finishChanges()).toBe(1);
    expect(await rollups.apply('response:s1:v1', '2026-11-02', keys, delta)).toBe(false);
    const day = await rollups.read({ from: '2026-11-02', to: '2026-11-02' });
    expect(day.map((e) => [e.segmentKey, e.rollup.histogram[9], e.rollup.factors.quick])).toEqual([
      ['', 1, 1],
      ['agent=erased-agent-0123456789ab', 1, 1],
      ['agent=erased-agent-0123456789ab|project=SD', 1, 1],
      ['service=VPN|agent=erased-agent-0123456789ab', 1, 1],
    ]);
    const [log] = await db.query<{ keys_json: string }>('SELECT keys_json FROM xl_rollup_changes');
    expect(log?.keys_json).not.toContain('5b10a');
  });

  it('counts concurrent changes to the same rows exactly, whatever order their sequence numbers land in', async () => {
    const { rollups } = await fresh();
    const changes = Array.from({ length: 40 }, (_, i) =>
      rollups.apply(`c${i}`, '2026-11-02', ['', 'service=VPN'], responseDelta(undefined, answer)),
    );
    // And every change twice, at the same time.
    const repeats = Array.from({ length: 40 }, (_, i) =>
      rollups.apply(`c${i}`, '2026-11-02', ['', 'service=VPN'], responseDelta(undefined, answer)),
    );
    await Promise.all([...changes, ...repeats]);
    const entries = await rollups.read({ from: '2026-11-02', to: '2026-11-02' });
    expect(
      entries.map((e) => [
        e.segmentKey,
        e.rollup.histogram[9],
        e.rollup.factors.quick,
        e.rollup.lostTimeMinutes,
      ]),
    ).toEqual([
      ['', 40, 40, 320],
      ['service=VPN', 40, 40, 320],
    ]);
  });

  it('reads commented responses a page at a time, in the same order and with none twice, ties included', async () => {
    const { db } = await fresh();
    let reads = 0;
    const counted = {
      ...db,
      query: ((...args: Parameters<typeof db.query>) => {
        reads++;
        return db.query(...args);
      }) as typeof db.query,
    };
    const responses = new SqlResponseStore(counted, 2);
    const at = Date.UTC(2026, 10, 2, 9);
    // Seven answers, three sharing one instant, so a page may end inside a tie.
    const times = [at, at + 60_000, at + 60_000, at + 60_000, at + 120_000, at + 180_000, at + 240_000];
    for (const [i, answeredAt] of times.entries())
      await responses.save({
        surveyId: `s${i}`,
        ticketId: `jira:SD-${i}`,
        score: 7,
        factors: [],
        comment: `comment ${i}`,
        locale: 'en',
        channel: 'email',
        answeredAt,
        requesterId: 'alice',
        segment: {},
        day: '2026-11-02',
        version: 1,
      });
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const ids = async (limit: number) => (await responses.withComments(range, limit)).map((r) => r.surveyId);
    reads = 0;
    expect(await ids(10)).toEqual(['s6', 's5', 's4', 's1', 's2', 's3', 's0']);
    // Pages of 2: three full ones and the last, short one.
    expect(reads).toBe(4);
    const unpaged = await new SqlResponseStore(db).withComments(range, 10);
    expect(await ids(10)).toEqual(unpaged.map((r) => r.surveyId));
    expect(await ids(3)).toEqual(['s6', 's5', 's4']);
    expect(await ids(4)).toEqual(['s6', 's5', 's4', 's1']);
  });

  it('never undoes a sending: a survey sent after an erase read it keeps its row', async () => {
    const { surveys } = await fresh();
    const scheduled = {
      id: 'jira:SD-1@2026-11-02T09:00:00.000Z',
      ticketId: 'jira:SD-1',
      resolutionKey: 'jira:SD-1@2026-11-02T09:00:00.000Z',
      kind: 'incident' as const,
      requester: { id: 'alice', email: 'alice@example.com' },
      segment: {},
      state: 'scheduled' as const,
      resolvedAt: Date.UTC(2026, 10, 2, 9),
      sendAt: Date.UTC(2026, 10, 2, 10),
      reasons: [],
    };
    await surveys.save(scheduled, scheduled.sendAt);
    // An erase reads the survey while it waits; a dispatch run sends it; the erase then writes what it read, erased.
    const [read] = await surveys.byRequester('alice', { after: '', limit: 10 });
    const sent = { ...scheduled, state: 'sent' as const, sentAt: Date.UTC(2026, 10, 2, 10) };
    await surveys.save(sent, undefined);
    await surveys.saveAll([{ ...(read as typeof scheduled), requester: { id: 'erased' } }]);
    expect(await surveys.get(scheduled.id)).toEqual(sent);
    // Read again, the erase applies.
    const [again] = await surveys.byRequester('alice', { after: '', limit: 10 });
    await surveys.saveAll([{ ...(again as typeof sent), requester: { id: 'erased' } }]);
    expect(await surveys.get(scheduled.id)).toEqual({ ...sent, requester: { id: 'erased' } });
  });

  it('runs on a stand-in that refuses what Forge SQL refuses', async () => {
    const { db } = await fresh();
    await expect(db.query('SELECT 1; SELECT 2')).rejects.toThrow('one statement per request');
    await expect(
      db.update('INSERT INTO xl_opt_outs (requester_id) VALUES (?)', ['x'.repeat(1024 * 1024)]),
    ).rejects.toThrow('over 1 MiB');
  });

  it('keeps the token keyring in the secret store, made once', async () => {
    const { settings } = await fresh();
    const first = await settings.keyring();
    expect(first.keys[first.currentKeyId]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await settings.keyring()).toEqual(first);
  });
});
