import { emptyRollup, responseDelta } from '@xloop/shared-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { GlideRecord, type instance } from '../../../test/glide-stand-in';
import { TABLE } from '../tables';
import { GlideRollupStore } from './glide-rollup-store';

const month = { from: '2026-11-01', to: '2026-11-30' };
const nine = responseDelta(undefined, { score: 9, factors: ['quick'], lostTimeMinutes: 8 });
const three = responseDelta(undefined, { score: 3, factors: ['slow'], lostTimeMinutes: 150 });

describe('GlideRollupStore: a change log folded by one writer', () => {
  let store: GlideRollupStore;
  let db: typeof instance;
  beforeEach(() => {
    db = freshInstance();
    store = new GlideRollupStore();
  });

  it('reads the same before and after folding, and folding twice changes nothing', () => {
    store.apply('a', '2026-11-02', ['', 'team=Network'], nine);
    store.apply('b', '2026-11-02', ['', 'team=Service Desk'], three);
    store.apply('c', '2026-11-03', ['', 'team=Network'], nine);
    const before = store.read(month);
    expect(db.rows(TABLE.rollup)).toHaveLength(0);
    expect(store.fold(10)).toBe(3);
    expect(db.rows(TABLE.rollup)).toHaveLength(5);
    expect(store.read(month)).toEqual(before);
    expect(store.fold(10)).toBe(0);
    expect(store.read(month)).toEqual(before);
    expect(store.read(month, ['team=Network']).map((e) => e.day)).toEqual(['2026-11-02', '2026-11-03']);
  });

  it('finishes a fold a crash interrupted, counting each row once', () => {
    store.apply('a', '2026-11-02', ['', 'team=Network', 'service=VPN'], nine);
    store.fold(10);
    store.apply('b', '2026-11-02', ['', 'team=Network', 'service=VPN'], three);
    // The crash: change b marked folding and added to the first row only.
    const change = new GlideRecord(TABLE.rollupChange);
    change.get('change_id', 'b');
    change.setValue('state', 'folding');
    change.update();
    const row = new GlideRecord(TABLE.rollup);
    row.get('segment_key', '');
    row.setValue('s3', '1');
    row.setValue('last_change', 'b');
    row.update();
    const expected = emptyRollup().histogram.map((_, score) => (score === 3 || score === 9 ? 1 : 0));
    // Reads see b once, on every key, before and after it is finished.
    for (const pass of ['interrupted', 'finished']) {
      for (const entry of store.read(month))
        expect(entry.rollup.histogram, `${pass} ${entry.segmentKey}`).toEqual(expected);
      if (pass === 'interrupted') expect(store.fold(10)).toBe(1);
    }
    expect(db.rows(TABLE.rollupChange).map((c) => c.state)).toEqual(['done', 'done']);
  });

  it('folds a batch with one read and one write a row, and finishes a batch a crash cut while closing it', () => {
    const keys = ['', 'team=Network', 'service=VPN'];
    for (const id of ['a', 'b', 'c']) store.apply(id, '2026-11-02', keys, id === 'b' ? three : nine);
    const before = store.read(month);
    const ops = db.operations.length;
    expect(store.fold(10)).toBe(3);
    expect(db.operationCounts(ops)[TABLE.rollup]).toEqual({ query: 3, insert: 3 });
    expect(db.rows(TABLE.rollup).map((r) => r.last_change)).toEqual(['c', 'c', 'c']);
    // The crash: a and b were closed, c (the batch's stamp) was not.
    const change = new GlideRecord(TABLE.rollupChange);
    change.get('change_id', 'c');
    change.setValue('state', 'folding');
    change.update();
    expect(store.read(month)).toEqual(before);
    expect(store.fold(10)).toBe(1);
    expect(store.read(month)).toEqual(before);
    expect(db.rows(TABLE.rollupChange).map((c) => c.state)).toEqual(['done', 'done', 'done']);
    // And a crash before any row was written: the batch marked, nothing added yet.
    store.apply('d', '2026-11-02', keys, nine);
    store.apply('e', '2026-11-02', keys, three);
    const marked = new GlideRecord(TABLE.rollupChange);
    marked.addQuery('state', 'pending');
    marked.setValue('state', 'folding');
    marked.updateMultiple();
    const withAll = store.read(month);
    expect(withAll.find((e) => e.segmentKey === '')?.rollup.histogram[3]).toBe(2);
    expect(store.fold(10)).toBe(2);
    expect(store.read(month)).toEqual(withAll);
  });

  it('leaves out a key too long for its column rather than cut it into another one', () => {
    const long = `service=${'x'.repeat(300)}`;
    store.apply('a', '2026-11-02', ['', long], nine);
    store.fold(10);
    expect(store.read(month).map((e) => e.segmentKey)).toEqual(['']);
    expect(db.logs).toEqual([expect.stringContaining('not counted')]);
  });

  it('keeps segment keys with commas, equals signs and carets apart', () => {
    const keys = ['location=Helsinki, FI', 'service=A^B', 'team=x=y'];
    store.apply('a', '2026-11-02', keys, nine);
    store.fold(10);
    expect(store.read(month, ['location=Helsinki, FI']).map((e) => e.segmentKey)).toEqual([
      'location=Helsinki, FI',
    ]);
    expect(store.read(month, keys)).toHaveLength(3);
  });

  it('moves the folded rows and logged changes of an erased agent to the new key, and a fold keeps them there', () => {
    const keys = ['', 'agent=6816', 'agent=6816|project=IT', 'team=Network|agent=6816'];
    store.apply('a', '2026-11-02', keys, nine);
    store.fold(10);
    store.apply('b', '2026-11-02', keys, three);
    store.apply('c', '2026-11-02', ['', 'agent=68161'], three);
    const before = store.read(month);
    expect(store.replaceKeyPart('agent=6816', 'agent=erased-agent-0123456789ab')).toBe(5);
    const rename = (key: string) => key.replace(/agent=6816(?=\||$)/, 'agent=erased-agent-0123456789ab');
    const renamed = before.map((e) => ({ ...e, segmentKey: rename(e.segmentKey) }));
    const sorted = (entries: typeof before) =>
      [...entries].sort((x, y) => (x.segmentKey < y.segmentKey ? -1 : 1));
    expect(sorted(store.read(month))).toEqual(sorted(renamed));
    expect(store.apply('b', '2026-11-02', keys, three)).toBe(false);
    expect(store.fold(10)).toBe(2);
    expect(sorted(store.read(month))).toEqual(sorted(renamed));
    const stored = [...db.rows(TABLE.rollup), ...db.rows(TABLE.rollupChange)];
    expect(JSON.stringify(stored)).not.toMatch(/agent=6816(\||"|\\)/);
    expect(store.replaceKeyPart('agent=6816', 'agent=erased-agent-ba9876543210')).toBe(0);
  });
});
