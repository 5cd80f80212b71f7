import { GlideRecord } from '@servicenow/glide';
import { UNIQUE_KEYS } from './tables';

/** Column values to write; `undefined` leaves a column as it is. */
export type Values = Readonly<Record<string, string | number | undefined>>;

/**
 * Which records: `where` conditions take values as they are (`addQuery`, so a value may hold `^`, `=` or `,`);
 * `encoded` is an encoded query for conditions over values the app itself formats (instants, states).
 */
export interface Select {
  readonly where?: readonly (readonly [column: string, operator: string, value: string])[];
  readonly encoded?: string;
  readonly limit?: number;
}

function run(table: string, select: Select): GlideRecord {
  const row = new GlideRecord(table);
  for (const [column, operator, value] of select.where ?? []) row.addQuery(column, operator, value);
  if (select.encoded) row.addEncodedQuery(select.encoded);
  if (select.limit !== undefined) row.setLimit(select.limit);
  row.query();
  return row;
}

/** Each matching record, in the query's order, until `visit` answers `false`. */
export function eachRow(table: string, select: Select, visit: (row: GlideRecord) => unknown): void {
  const row = run(table, select);
  while (row.next()) if (visit(row) === false) return;
}

/** One column of every matching record. */
export function columnOf(table: string, select: Select, column: string): string[] {
  const values: string[] = [];
  eachRow(table, select, (row) => values.push(row.getValue(column) ?? ''));
  return values;
}

/** The condition of a page of records after `key` in `column`'s order (none for the first page). */
export const after = (column: string, key: string): [string, string, string][] =>
  key === '' ? [] : [[column, '>', key]];

/**
 * Up to `limit` records' JSON `body` that `keep` keeps, parsed, read in the select's order and no further than
 * needed: a page of a read no column can filter (an agent, who is only in the body).
 */
export function bodiesKept<T>(
  table: string,
  select: Select,
  limit: number,
  keep: (record: T) => boolean,
): T[] {
  const kept: T[] = [];
  eachRow(table, select, (row) => {
    const record = JSON.parse(row.getValue('body') ?? '') as T;
    if (keep(record)) kept.push(record);
    return kept.length < limit;
  });
  return kept;
}

/** The first matching record, or `undefined`. */
export function firstRow(table: string, select: Select): GlideRecord | undefined {
  const row = run(table, { ...select, limit: 1 });
  return row.next() ? row : undefined;
}

/** Writes the values on the record `select` finds, or inserts one; `false` when a unique index refused it. */
export function upsert(table: string, select: Select, values: Values): boolean {
  const row = firstRow(table, select);
  if (!row) return insert(table, values);
  write(row, values);
  return row.update() !== null;
}

/**
 * Inserts a record; `false` when its unique key is there already (someone inserted the same key first). The key is
 * looked for first: a repeat is the normal course of at-least-once work, and an insert the database refuses is
 * logged as an error on the instance. Two inserts racing past the look-up still meet the unique index.
 */
export function insert(table: string, values: Values): boolean {
  for (const key of UNIQUE_KEYS[table] ?? []) {
    if (key.some((column) => values[column] === undefined)) continue;
    const where = key.map((column) => [column, '=', String(values[column])] as const);
    if (firstRow(table, { where })) return false;
  }
  const row = new GlideRecord(table);
  row.initialize();
  write(row, values);
  return row.insert() !== null;
}

/** Sets the values on a record (not yet saved). */
export function write(row: GlideRecord, values: Values): void {
  for (const [column, value] of Object.entries(values)) if (value !== undefined) row.setValue(column, value);
}
