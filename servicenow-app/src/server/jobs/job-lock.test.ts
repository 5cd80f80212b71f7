import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { insert } from '../glide-rows';
import { TABLE } from '../tables';
import { acquireLock } from './job-lock';
import { LOCK_TTL_MS, runXLoopJob } from './xloop-job';

const T = Date.UTC(2026, 10, 2, 9);

const change = (id: string) =>
  insert(TABLE.rollupChange, {
    change_id: id,
    day: '2026-11-02',
    keys: JSON.stringify(['service=VPN']),
    delta: JSON.stringify({ histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0], factors: {} }),
    state: 'pending',
    logged_at: String(T).padStart(15, '0'),
  });

describe('the job lock', () => {
  it('lets one holder in at a time, and the next in once it is released', () => {
    freshInstance(() => T);
    const first = acquireLock('xloop-job', T, 60_000);
    expect(first).toBeDefined();
    expect(acquireLock('xloop-job', T + 1_000, 60_000)).toBeUndefined();
    first?.release();
    expect(acquireLock('xloop-job', T + 2_000, 60_000)).toBeDefined();
  });

  it('takes over a lock whose holder never released it, once it has expired', () => {
    const instance = freshInstance(() => T);
    expect(acquireLock('xloop-job', T, 60_000)).toBeDefined();
    expect(acquireLock('xloop-job', T + 59_000, 60_000)).toBeUndefined();
    const second = acquireLock('xloop-job', T + 61_000, 60_000);
    expect(second).toBeDefined();
    expect(instance.rows(TABLE.lock)).toHaveLength(1);
    second?.release();
    expect(instance.rows(TABLE.lock)).toHaveLength(0);
  });

  it('keeps a second job run ("Execute Now" beside the schedule) from folding the changes a run is folding', () => {
    const instance = freshInstance(() => T);
    change('c1');
    change('c2');
    const held = acquireLock('xloop-job', T, LOCK_TTL_MS);
    const beside = runXLoopJob(() => T);
    expect(beside).toMatchObject({ ran: false, rollupChanges: 0 });
    expect(instance.rows(TABLE.rollupChange).map((c) => c.state)).toEqual(['pending', 'pending']);
    held?.release();
    const after = runXLoopJob(() => T);
    expect(after).toMatchObject({ ran: true, rollupChanges: 2 });
    expect(instance.rows(TABLE.rollup)[0]?.s9).toBe('2');
    // The lock is released after each run.
    expect(instance.rows(TABLE.lock)).toEqual([]);
  });
});
