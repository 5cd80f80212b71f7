import { describe, expect, it } from 'vitest';
import { GlideDateTime, GlideRecord, gs, instance } from './glide-stand-in';

const numbers = (query: string, limit?: number) => {
  const row = new GlideRecord('x_item');
  row.addEncodedQuery(query);
  if (limit !== undefined) row.setLimit(limit);
  row.query();
  const found: string[] = [];
  while (row.next()) found.push(row.getValue('n') ?? '');
  return found;
};

describe('the Glide stand-in keeps the platform’s habits the app relies on', () => {
  instance.defineTable('x_item', { unique: [['key']] });
  instance.reset();
  for (const [n, key, state, due] of [
    ['1', 'a', 'new', '005'],
    ['2', 'b', 'done', ''],
    ['3', 'c', 'new', '001'],
    ['4', 'd', 'failed', '009'],
  ]) {
    const row = new GlideRecord('x_item');
    row.initialize();
    row.setValue('n', n);
    row.setValue('key', key);
    row.setValue('state', state);
    row.setValue('due', due);
    row.insert();
  }

  it('reads ^ as AND and ^OR as OR with the condition before it', () => {
    expect(numbers('state=new^due>=003^ORkey=c')).toEqual(['1', '3']);
    expect(numbers('state=new^ORstate=failed^due<=005')).toEqual(['1', '3']);
    expect(numbers('stateINdone,failed')).toEqual(['2', '4']);
    expect(numbers('state!=new')).toEqual(['2', '4']);
  });

  it('treats empty as empty: ISEMPTY, ISNOTEMPTY, comparisons skip it, getValue answers null', () => {
    expect(numbers('dueISEMPTY')).toEqual(['2']);
    expect(numbers('dueISNOTEMPTY^due<=009^ORDERBYdue')).toEqual(['3', '1', '4']);
    const row = new GlideRecord('x_item');
    row.get('key', 'b');
    expect(row.getValue('due')).toBeNull();
  });

  it('orders, limits, and refuses a second row under a unique index', () => {
    expect(numbers('ORDERBYDESCn', 2)).toEqual(['4', '3']);
    const duplicate = new GlideRecord('x_item');
    duplicate.initialize();
    duplicate.setValue('key', 'a');
    expect(duplicate.insert()).toBeNull();
    expect(() => numbers('n~~1')).toThrow(/cannot read/);
  });

  it('keeps time zones in GlideDateTime and events and properties in gs', () => {
    const time = new GlideDateTime();
    time.setNumericValue(Date.UTC(2026, 6, 1, 9));
    time.setTimeZone('Europe/Helsinki');
    expect(time.getTZOffset()).toBe(3 * 3_600_000);
    expect(time.getDisplayValueInternal()).toBe('2026-07-01 12:00:00');
    time.setTimeZone('Not/AZone');
    expect(time.getTZOffset()).toBe(0);
    expect(gs.getProperty('x.missing', 'fallback')).toBe('fallback');
    gs.setProperty('x.set', 'v');
    expect(gs.getProperty('x.set')).toBe('v');
  });

  it('counts each database operation per table and kind, and forgets them on reset', () => {
    instance.defineTable('x_owner', { display: 'name' });
    instance.defineTable('x_owned', { references: { owner: 'x_owner' } });
    const start = instance.operations.length;
    const owner = new GlideRecord('x_owner');
    owner.initialize();
    owner.setValue('sys_id', 'o1');
    owner.setValue('name', 'Olga');
    owner.setValue('email', 'olga@example.com');
    owner.insert();
    const owned = new GlideRecord('x_owned');
    owned.initialize();
    owned.setValue('owner', 'o1');
    owned.setValue('state', 'new');
    owned.insert();
    const read = new GlideRecord('x_owned');
    read.addQuery('state', 'new');
    read.query();
    read.next();
    // Values of the record in hand cost nothing; a reference's display value and a dot-walk each read the owner.
    expect(read.getValue('state')).toBe('new');
    expect(read.getElement('state')?.getDisplayValue()).toBe('new');
    expect(read.getElement('owner')?.toString()).toBe('o1');
    expect(instance.operationCounts(start)).toEqual({
      x_owner: { insert: 1 },
      x_owned: { insert: 1, query: 1 },
    });
    expect(read.getElement('owner')?.getDisplayValue()).toBe('Olga');
    expect(read.getElement('owner.email')?.toString()).toBe('olga@example.com');
    read.setValue('state', 'seen');
    read.update();
    const again = new GlideRecord('x_owned');
    expect(again.get(read.getUniqueValue())).toBe(true);
    expect(again.getDisplayValue()).toBe('');
    again.deleteRecord();
    const bulk = new GlideRecord('x_owned');
    bulk.addQuery('state', 'seen');
    bulk.setValue('state', 'old');
    bulk.updateMultiple();
    bulk.deleteMultiple();
    const owners = new GlideRecord('x_owner');
    owners.get('o1');
    expect(owners.getDisplayValue()).toBe('Olga');
    expect(instance.operationCounts(start)).toEqual({
      x_owner: { insert: 1, reference: 2, get: 1 },
      x_owned: { insert: 1, query: 1, update: 1, get: 1, delete: 1, updateMultiple: 1, deleteMultiple: 1 },
    });
    instance.reset();
    expect(instance.operations).toEqual([]);
    expect(instance.operationCounts()).toEqual({});
  });

  it('deletes every matching record with deleteMultiple, and writes every one with updateMultiple', () => {
    instance.defineTable('x_bulk');
    instance.reset();
    for (const state of ['a', 'a', 'b']) {
      const row = new GlideRecord('x_bulk');
      row.initialize();
      row.setValue('state', state);
      row.insert();
    }
    const marked = new GlideRecord('x_bulk');
    marked.addQuery('state', 'a');
    marked.setValue('state', 'c');
    marked.updateMultiple();
    expect(instance.rows('x_bulk').map((r) => r.state)).toEqual(['c', 'c', 'b']);
    const gone = new GlideRecord('x_bulk');
    gone.addQuery('state', 'c');
    gone.deleteMultiple();
    expect(instance.rows('x_bulk').map((r) => r.state)).toEqual(['b']);
    expect(instance.operationCounts()).toEqual({
      x_bulk: { insert: 3, updateMultiple: 1, deleteMultiple: 1 },
    });
  });
});
