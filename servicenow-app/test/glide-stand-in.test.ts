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
});
