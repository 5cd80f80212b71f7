import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const APP = new URL('../dist/app/', import.meta.url);

/** One record the build wrote: its table and its fields as text (CDATA unwrapped). */
export interface BuiltRecord {
  readonly table: string;
  readonly action: string;
  readonly fields: Record<string, string>;
  readonly file: string;
  /** `update` (every install) or `unload` (the first install only). */
  readonly folder: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: false,
  parseTagValue: false,
  trimValues: false,
});

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return String((value as Record<string, unknown>)['#text'] ?? '');
  return String(value);
};

/**
 * Every record in `dist/app/update` and `dist/app/unload` (what `now-sdk build` emits and `now-sdk pack` zips; the
 * second loads on the first install only).
 */
export function builtRecords(): BuiltRecord[] {
  if (!existsSync(new URL('update/', APP)))
    throw new Error('No build output: run `npm test` (it builds first) or `npm run build`.');
  const records: BuiltRecord[] = [];
  for (const name of ['update', 'unload']) {
    const folder = new URL(`${name}/`, APP);
    if (existsSync(folder)) records.push(...folderRecords(folder, name));
  }
  return records;
}

function folderRecords(folder: URL, folderName: string): BuiltRecord[] {
  const records: BuiltRecord[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.xml'))) {
    const document = parser.parse(readFileSync(new URL(file, folder), 'utf8')) as {
      record_update?: Record<string, unknown>;
    };
    for (const [table, value] of Object.entries(document.record_update ?? {})) {
      if (table.startsWith('@')) continue;
      for (const entry of Array.isArray(value) ? value : [value]) {
        if (typeof entry !== 'object' || entry === null) continue;
        const fields: Record<string, string> = {};
        for (const [name, field] of Object.entries(entry as Record<string, unknown>))
          if (!name.startsWith('@')) fields[name] = text(field);
        records.push({
          table,
          action: String((entry as Record<string, unknown>)['@action'] ?? ''),
          fields,
          file,
          folder: folderName,
        });
      }
    }
  }
  return records;
}

/** The records of one table. */
export const recordsOf = (records: readonly BuiltRecord[], table: string) =>
  records.filter((r) => r.table === table && r.action !== 'DELETE');

/** A table's definition in `dist/app/dictionary/<table>.xml`: its columns and indexes. */
export function tableDefinition(table: string): {
  columns: Record<string, Record<string, string>>;
  indexes: { name: string; unique: boolean; elements: string[] }[];
} {
  const document = parser.parse(readFileSync(new URL(`dictionary/${table}.xml`, APP), 'utf8')) as {
    database: { element: { element?: unknown; index?: unknown } };
  };
  const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
  const columns: Record<string, Record<string, string>> = {};
  for (const column of list(document.database.element.element) as Record<string, string>[])
    columns[column['@name'] as string] = column;
  const indexes = (list(document.database.element.index) as Record<string, unknown>[]).map((index) => ({
    name: String(index['@name']),
    unique: index['@unique'] === 'true',
    elements: (list(index.element) as Record<string, string>[]).map((e) => e['@name'] as string),
  }));
  return { columns, indexes };
}

/** The content of the `sys_module` record built from a server module path (e.g. `src/server/hmac-sha256.ts`). */
export function moduleContent(records: readonly BuiltRecord[], path: string): string {
  const module = recordsOf(records, 'sys_module').find((r) => r.fields.path?.endsWith(`/${path}`));
  if (!module) throw new Error(`No sys_module record for ${path}.`);
  return module.fields.content ?? '';
}
