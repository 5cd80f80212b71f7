/**
 * A small, faithful stand-in for the Glide APIs the server modules use, so they run on Node. Tests alias
 * `@servicenow/glide` to this module. It keeps ServiceNow's habits that matter to the stores: every value is a
 * string, `getValue` answers `null` for an empty field, encoded queries combine conditions with `^` (AND) and
 * `^OR` (OR with the condition before it), compare strings lexicographically, `insert` answers `null` when a unique
 * index refuses the row, and there are no transactions.
 */

type Row = Record<string, string>;

interface Table {
  readonly rows: Row[];
  readonly unique: string[][];
  /** Reference columns and the table each points to, for dot-walks and display values. */
  readonly references: Record<string, string>;
  /** The column that is a record's display value. */
  readonly display: string;
  /** Password (2 way encrypted) columns: stored encrypted, read in clear only with `getDecryptedValue()`. */
  readonly encrypted: string[];
  /** The table this one extends (`incident` extends `task`): a query of the parent reads the children's rows. */
  readonly parent?: string;
}

/** How a table is declared: unique indexes, reference columns, display column. */
export interface TableShape {
  readonly unique?: string[][];
  readonly references?: Record<string, string>;
  readonly display?: string;
  readonly encrypted?: string[];
  readonly parent?: string;
}

/** A business rule as its `sys_script` record declares it: table, when it runs, its filter, its script. */
export interface BusinessRuleShape {
  readonly table: string;
  readonly insert: boolean;
  readonly update: boolean;
  /** The filter condition, an encoded query that may use CHANGES, CHANGESTO and CHANGESFROM. */
  readonly condition: string;
  readonly script: (current: GlideRecord, previous: GlideRecord | null) => void;
}

/**
 * A GlideRecord call that reaches the database: a `query`, a `get`, a write, a bulk write (`updateMultiple`,
 * `deleteMultiple`: one statement, whatever the rows), or a `reference` read (a dot-walk through a reference, or a
 * reference's display value, each a look-up of the referenced record).
 */
export type OperationKind =
  | 'query'
  | 'get'
  | 'insert'
  | 'update'
  | 'delete'
  | 'updateMultiple'
  | 'deleteMultiple'
  | 'reference';

/** One database operation: the table it went to and its kind. */
export interface Operation {
  readonly table: string;
  readonly kind: OperationKind;
}

let tables = new Map<string, Table>();
let businessRules: BusinessRuleShape[] = [];
let properties = new Map<string, string>();
let sequence = 0;
let now: () => number = () => Date.now();

/** Everything the instance would remember, for assertions. */
export const instance = {
  /** Every query run: its table and, per AND-ed group, the fields it conditions on. */
  queries: [] as { table: string; fields: string[][] }[],
  /** Every database operation, in order (`operationCounts` sums them per table and kind). */
  operations: [] as Operation[],
  events: [] as { name: string; table: string; sysId: string; parm1: string; parm2: string }[],
  logs: [] as string[],
  /** The signed-in user: their sys_id, roles and session language (`gs.getSession().getLanguage()`, default `en`). */
  user: { id: 'admin-user', roles: ['admin'] } as { id: string; roles: string[]; language?: string },
  /** Forgets every table, property, event and log; keeps declared tables' indexes. */
  reset(): void {
    tables = new Map([...tables].map(([name, t]) => [name, { ...t, rows: [] }]));
    properties = new Map();
    this.events = [];
    this.queries = [];
    this.operations = [];
    this.logs = [];
    this.user = { id: 'admin-user', roles: ['admin'] };
    businessRules = [];
    now = () => Date.now();
  },
  /**
   * Registers an after business rule: it runs once per record inserted or updated (with `update` or
   * `updateMultiple`), when its filter holds, unless the script that wrote set `setWorkflow(false)`.
   */
  defineBusinessRule(rule: BusinessRuleShape): void {
    businessRules.push(rule);
  },
  /** Declares a table with its unique indexes and references, as its `sys_db_object` and dictionary would. */
  defineTable(name: string, shape: TableShape = {}): void {
    tables.set(name, {
      rows: tables.get(name)?.rows ?? [],
      unique: shape.unique ?? [],
      references: shape.references ?? {},
      display: shape.display ?? 'name',
      encrypted: shape.encrypted ?? [],
      ...(shape.parent ? { parent: shape.parent } : {}),
    });
  },
  /**
   * The operations since the `since`-th (default: all), per table and kind, e.g.
   * `{ x_xloop_ticket_event: { insert: 1 } }`.
   */
  operationCounts(since = 0): Record<string, Partial<Record<OperationKind, number>>> {
    const counts: Record<string, Partial<Record<OperationKind, number>>> = {};
    for (const { table, kind } of this.operations.slice(since)) {
      const perKind = counts[table] ?? {};
      perKind[kind] = (perKind[kind] ?? 0) + 1;
      counts[table] = perKind;
    }
    return counts;
  },
  rows(name: string): readonly Row[] {
    return tables.get(name)?.rows ?? [];
  },
  setClock(clock: () => number): void {
    now = clock;
  },
  setProperty(name: string, value: string): void {
    properties.set(name, value);
  },
};

// --- encoded queries -------------------------------------------------------------------------------------------

type Condition = (row: Row) => boolean;
interface Query {
  readonly groups: Condition[][];
  readonly order: { field: string; descending: boolean }[];
}

const OPERATORS = ['ISNOTEMPTY', 'ISEMPTY', 'NOT IN', 'STARTSWITH', 'IN', '!=', '>=', '<=', '>', '<', '='];

const condition_ = (term: string): Condition => condition(term);

function condition(term: string): Condition {
  for (const op of OPERATORS) {
    const at = term.indexOf(op);
    if (at <= 0) continue;
    const field = term.slice(0, at);
    if (!/^[a-z0-9_.]+$/.test(field)) continue;
    const value = term.slice(at + op.length);
    return compare(field, op, value);
  }
  throw new Error(`The stand-in cannot read the encoded query term "${term}".`);
}

function compare(field: string, op: string, value: string): Condition {
  const read = (row: Row) => row[field] ?? '';
  switch (op) {
    case '=':
      return (row) => read(row) === value;
    case '!=':
      return (row) => read(row) !== value;
    case '>=':
      return (row) => read(row) !== '' && read(row) >= value;
    case '<=':
      return (row) => read(row) !== '' && read(row) <= value;
    case '>':
      return (row) => read(row) !== '' && read(row) > value;
    case '<':
      return (row) => read(row) !== '' && read(row) < value;
    case 'IN':
      return (row) => value.split(',').indexOf(read(row)) >= 0;
    case 'NOT IN':
      return (row) => value.split(',').indexOf(read(row)) < 0;
    case 'STARTSWITH':
      return (row) => read(row).startsWith(value);
    case 'ISEMPTY':
      return (row) => read(row) === '';
    default:
      return (row) => read(row) !== '';
  }
}

/**
 * Whether a business rule's filter holds for a write: `^` AND, `^OR` OR, `^NQ` a new OR-ed query; besides the query
 * operators, `fieldCHANGES`, `fieldCHANGESTOvalue` and `fieldCHANGESFROMvalue` compare with the record before the
 * write (on insert, every field was empty before).
 */
export function filterHolds(condition: string, current: Row, previous: Row | undefined): boolean {
  if (condition === '') return true;
  const before = (field: string) => previous?.[field] ?? '';
  const term = (text: string): boolean => {
    const changes = text.match(/^([a-z0-9_]+)(CHANGESTO|CHANGESFROM|CHANGES)(.*)$/);
    if (changes) {
      const [, field = '', op, value] = changes;
      const changed = before(field) !== (current[field] ?? '');
      if (op === 'CHANGES') return changed;
      if (op === 'CHANGESTO') return changed && current[field] === value;
      return changed && before(field) === value;
    }
    return condition_(text)(current);
  };
  return condition.split('^NQ').some((query) => {
    const groups: string[][] = [];
    for (const part of query.split('^')) {
      if (part.startsWith('OR') && groups.length > 0) groups[groups.length - 1]?.push(part.slice(2));
      else if (part !== '') groups.push([part]);
    }
    return groups.every((group) => group.some(term));
  });
}

/** Parses `a=1^b>=2^ORc=3^ORDERBYd^ORDERBYDESCe` into AND-ed groups of OR-ed conditions and an order. */
export function parseEncodedQuery(encoded: string): Query {
  const groups: Condition[][] = [];
  const order: Query['order'] = [];
  if (encoded === '') return { groups, order };
  for (const term of encoded.split('^')) {
    if (term.startsWith('ORDERBYDESC')) order.push({ field: term.slice(11), descending: true });
    else if (term.startsWith('ORDERBY')) order.push({ field: term.slice(7), descending: false });
    // Field names are lower case, so a leading upper-case OR is always the operator.
    else if (term.startsWith('OR') && groups.length > 0)
      groups[groups.length - 1]?.push(condition(term.slice(2)));
    else if (term !== '') groups.push([condition(term)]);
  }
  return { groups, order };
}

// --- Password (2 way encrypted) fields ---------------------------------------------------------------------------
// A password2 value set from a script is stored encrypted; `getValue` and lists show the cipher text, and only
// `getElement(field).getDecryptedValue()` in a script of the table's own scope answers the clear text.

const CIPHER = 'enc:';
const encrypt = (clear: string) =>
  clear === ''
    ? ''
    : CIPHER + Array.from(clear, (c) => (c.charCodeAt(0) ^ 0x5a5a).toString(16).padStart(4, '0')).join('');
const decrypt = (stored: string) =>
  stored.startsWith(CIPHER)
    ? (stored.slice(CIPHER.length).match(/.{4}/g) ?? [])
        .map((h) => String.fromCharCode(Number.parseInt(h, 16) ^ 0x5a5a))
        .join('')
    : stored;

// --- GlideRecord -----------------------------------------------------------------------------------------------

const operation = (table: string, kind: OperationKind) => {
  instance.operations.push({ table, kind });
};

const sysId = () => (++sequence).toString(16).padStart(32, '0');

export class GlideRecord {
  private readonly table: string;
  private query_: Query = { groups: [], order: [] };
  private limit = Number.POSITIVE_INFINITY;
  private results: Row[] = [];
  private cursor = -1;
  private current: Row = {};
  private workflow = true;
  private queriedFields: string[][] = [];
  /** Values set before `updateMultiple`, written to every matching record. */
  private pending: Row = {};

  constructor(table: string) {
    this.table = table;
  }

  private store(): Table {
    const table = tables.get(this.table);
    if (!table) throw new Error(`Table ${this.table} does not exist on this instance.`);
    return table;
  }

  isValid(): boolean {
    return tables.has(this.table);
  }
  getTableName(): string {
    return this.table;
  }
  addQuery(field: string, opOrValue: unknown, value?: unknown): void {
    const [op, operand] = value === undefined ? ['=', opOrValue] : [String(opOrValue), value];
    this.query_.groups.push([compare(field, op === 'IN' ? 'IN' : op, String(operand))]);
    this.queriedFields.push([field]);
  }
  addEncodedQuery(encoded: string): void {
    const parsed = parseEncodedQuery(encoded);
    for (const term of encoded.split('^')) {
      if (term === '' || term.startsWith('ORDERBY')) continue;
      const field = (term.startsWith('OR') ? term.slice(2) : term).match(/^[a-z0-9_.]+/)?.[0] ?? '';
      if (term.startsWith('OR') && this.queriedFields.length > 0)
        this.queriedFields[this.queriedFields.length - 1]?.push(field);
      else this.queriedFields.push([field]);
    }
    this.query_ = {
      groups: [...this.query_.groups, ...parsed.groups],
      order: [...this.query_.order, ...parsed.order],
    };
  }
  orderBy(field: string): void {
    this.query_.order.push({ field, descending: false });
  }
  orderByDesc(field: string): void {
    this.query_.order.push({ field, descending: true });
  }
  setLimit(limit: number): void {
    this.limit = limit;
  }
  query(): void {
    operation(this.table, 'query');
    this.search();
  }
  private search(): void {
    instance.queries.push({ table: this.table, fields: this.queriedFields.map((g) => [...g]) });
    const children = [...tables.values()].filter((t) => t.parent === this.table).flatMap((t) => t.rows);
    const matches = [...this.store().rows, ...children].filter((row) =>
      this.query_.groups.every((group) => group.some((test) => test(row))),
    );
    const sorted = [...matches].sort((a, b) => {
      for (const { field, descending } of this.query_.order) {
        const x = a[field] ?? '';
        const y = b[field] ?? '';
        if (x !== y) return (x < y ? -1 : 1) * (descending ? -1 : 1);
      }
      return 0;
    });
    // Rows are copies: a record read is a snapshot until `update` writes it back.
    this.results = sorted.slice(0, this.limit).map((row) => ({ ...row }));
    this.cursor = -1;
  }
  next(): boolean {
    this.cursor++;
    const row = this.results[this.cursor];
    if (!row) return false;
    this.current = row;
    return true;
  }
  hasNext(): boolean {
    return this.cursor + 1 < this.results.length;
  }
  getRowCount(): number {
    return this.results.length;
  }
  get(field: string, value?: string): boolean {
    this.query_ = { groups: [], order: [] };
    this.queriedFields = [];
    if (value === undefined) this.addQuery('sys_id', field);
    else this.addQuery(field, value);
    operation(this.table, 'get');
    this.search();
    return this.next();
  }
  initialize(): void {
    this.current = {};
  }
  newRecord(): void {
    this.current = {};
  }
  getValue(field: string): string | null {
    const value = this.current[field];
    return value === undefined || value === '' ? null : value;
  }
  /**
   * An element, dot-walking through reference columns (`caller_id.email`); a reference's display value is the
   * referenced record's display column, a choice's is the `<field>$display` cell the test wrote.
   */
  getElement(
    path: string,
  ): { toString(): string; getDisplayValue(): string; getDecryptedValue(): string } | null {
    let table = this.store();
    let row: Row | undefined = this.current;
    const fields = path.split('.');
    for (const [i, field] of fields.entries()) {
      if (!row) return { toString: () => '', getDisplayValue: () => '', getDecryptedValue: () => '' };
      if (i === fields.length - 1) {
        const value = row[field] ?? '';
        const target = table.references[field];
        const referenced = target ? tables.get(target) : undefined;
        // A reference's display value is read from the referenced record when asked for; a choice's is the row's.
        const here = row;
        const display = () => {
          if (!referenced) return here[`${field}$display`] ?? value;
          if (value === '') return '';
          operation(target as string, 'reference');
          return referenced.rows.find((r) => r.sys_id === value)?.[referenced.display] ?? '';
        };
        const clear = table.encrypted.indexOf(field) >= 0 ? decrypt(value) : value;
        return { toString: () => value, getDisplayValue: display, getDecryptedValue: () => clear };
      }
      const target = table.references[field];
      const next = target ? tables.get(target) : undefined;
      if (!next) return null;
      const id: string = row[field] ?? '';
      if (id !== '') operation(target as string, 'reference');
      row = next.rows.find((r) => r.sys_id === id);
      table = next;
    }
    return null;
  }
  /** The record's display value (its table's display column), or a field's (a choice's label, else its value). */
  getDisplayValue(field?: string): string {
    return field === undefined
      ? (this.current[this.store().display] ?? '')
      : (this.current[`${field}$display`] ?? this.current[field] ?? '');
  }
  setValue(field: string, value: unknown): void {
    const text = value === null || value === undefined ? '' : String(value);
    this.current[field] = this.store().encrypted.indexOf(field) >= 0 ? encrypt(text) : text;
    this.pending[field] = this.current[field] as string;
  }
  /** `false`: the writes that follow run no business rules (as integrations and fix scripts often do). */
  setWorkflow(enabled: boolean): void {
    this.workflow = enabled;
  }
  /** Writes the values set so far to every record the query matches, one update (and its rules) each. */
  updateMultiple(): void {
    const values = { ...this.pending };
    operation(this.table, 'updateMultiple');
    this.search();
    while (this.next()) {
      Object.assign(this.current, values);
      this.save();
    }
  }
  /** Deletes every record the query matches, in one operation. */
  deleteMultiple(): void {
    operation(this.table, 'deleteMultiple');
    this.search();
    const doomed = new Set(this.results.map((row) => row.sys_id));
    const table = this.store();
    for (let at = table.rows.length - 1; at >= 0; at--)
      if (doomed.has(table.rows[at]?.sys_id)) table.rows.splice(at, 1);
  }
  private runRules(action: 'insert' | 'update', previous: Row | undefined): void {
    if (!this.workflow) return;
    for (const rule of businessRules) {
      if (rule.table !== this.table || !(action === 'insert' ? rule.insert : rule.update)) continue;
      if (!filterHolds(rule.condition, this.current, previous)) continue;
      const current = new GlideRecord(this.table);
      current.current = { ...this.current };
      let before: GlideRecord | null = null;
      if (previous) {
        before = new GlideRecord(this.table);
        before.current = { ...previous };
      }
      rule.script(current, before);
    }
  }
  getUniqueValue(): string {
    return this.current.sys_id ?? '';
  }
  insert(): string | null {
    const table = this.store();
    operation(this.table, 'insert');
    const row: Row = { ...this.current, sys_id: this.current.sys_id || sysId() };
    for (const index of table.unique) {
      if (table.rows.some((other) => index.every((field) => (other[field] ?? '') === (row[field] ?? '')))) {
        // As the instance does: the refused insert answers null, and the database's refusal is logged.
        instance.logs.push(
          `error Unique Key violation detected by database (Duplicate entry for ${index.join(', ')})`,
        );
        return null;
      }
    }
    const stamp = new Date(now()).toISOString().slice(0, 19).replace('T', ' ');
    row.sys_created_on = stamp;
    row.sys_updated_on = stamp;
    table.rows.push(row);
    this.current = { ...row };
    this.runRules('insert', undefined);
    return row.sys_id ?? null;
  }
  update(): string | null {
    const table = this.store();
    if (!table.rows.some((row) => row.sys_id === this.current.sys_id)) return this.insert();
    operation(this.table, 'update');
    return this.save();
  }
  private save(): string | null {
    const table = this.store();
    const at = table.rows.findIndex((row) => row.sys_id === this.current.sys_id);
    if (at < 0) return this.insert();
    const previous = table.rows[at];
    table.rows[at] = {
      ...this.current,
      sys_updated_on: new Date(now()).toISOString().slice(0, 19).replace('T', ' '),
    };
    this.current = { ...(table.rows[at] as Row) };
    this.runRules('update', previous);
    return this.current.sys_id ?? null;
  }
  deleteRecord(): boolean {
    const table = this.store();
    operation(this.table, 'delete');
    const at = table.rows.findIndex((row) => row.sys_id === this.current.sys_id);
    if (at >= 0) table.rows.splice(at, 1);
    return at >= 0;
  }
}

// --- GlideDateTime ---------------------------------------------------------------------------------------------

const offsetFormatters = new Map<string, { formatToParts(date: Date): { type: string; value: string }[] }>();

/** The zone's offset from UTC at an instant, in ms (what Java's TimeZone.getOffset answers on the instance). */
function zoneOffset(instant: number, timeZone: string): number {
  // UTC without Intl, so the stand-in also runs inside the bare engine the bundled-app test builds.
  if (UTC_ZONES.indexOf(timeZone) >= 0) return 0;
  let format = offsetFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return local - Math.floor(instant / 1000) * 1000;
}

const UTC_ZONES = ['UTC', 'GMT', 'Etc/UTC'];

const isZone = (timeZone: string) => {
  if (UTC_ZONES.indexOf(timeZone) >= 0) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
};

export class GlideDateTime {
  private ms: number;
  // Java falls back to GMT for a zone it does not know; so does the instance.
  private zone = 'GMT';

  constructor(value?: string) {
    this.ms = value === undefined ? now() : Date.parse(`${value.replace(' ', 'T')}Z`);
  }
  setTimeZone(timeZone: string): void {
    this.zone = isZone(timeZone) ? timeZone : 'GMT';
  }
  setNumericValue(ms: number): void {
    this.ms = ms;
  }
  getNumericValue(): number {
    return this.ms;
  }
  getTZOffset(): number {
    return zoneOffset(this.ms, this.zone);
  }
  getValue(): string {
    return new Date(this.ms).toISOString().slice(0, 19).replace('T', ' ');
  }
  toString(): string {
    return this.getValue();
  }
  getDisplayValueInternal(): string {
    return new Date(this.ms + this.getTZOffset()).toISOString().slice(0, 19).replace('T', ' ');
  }
}

// --- gs and friends --------------------------------------------------------------------------------------------

export const gs = {
  getProperty(name: string, alternate?: string): string {
    return properties.get(name) ?? (alternate as string);
  },
  setProperty(name: string, value: string): void {
    properties.set(name, value);
  },
  eventQueue(name: string, record: GlideRecord, parm1?: string, parm2?: string): void {
    instance.events.push({
      name,
      table: record.getTableName(),
      sysId: record.getUniqueValue(),
      parm1: parm1 ?? '',
      parm2: parm2 ?? '',
    });
  },
  getUserID(): string {
    return instance.user.id;
  },
  /** The session (GlideSession): its language is the one the user chose, `en` unless set. */
  getSession(): { getLanguage(): string } {
    return { getLanguage: () => instance.user.language ?? 'en' };
  },
  hasRole(role: string): boolean {
    // As on the instance, admin has every role.
    return instance.user.roles.indexOf('admin') >= 0 || instance.user.roles.indexOf(role) >= 0;
  },
  tableExists(name: string): boolean {
    return tables.has(name);
  },
  info(message: string): void {
    instance.logs.push(`info ${message}`);
  },
  warn(message: string): void {
    instance.logs.push(`warn ${message}`);
  },
  error(message: string): void {
    instance.logs.push(`error ${message}`);
  },
};

export const GlideSecureRandomUtil = {
  getSecureRandomString(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(Math.random() * alphabet.length)];
    return out;
  },
};

/** What a scripted REST request is made of, as a client sends it. */
export interface RestRequestParts {
  readonly method?: string;
  /** The request's Content-Type; `application/json` when a body is given without one. */
  readonly contentType?: string;
  readonly body?: string;
  /** The address's query parameters. */
  readonly query?: Record<string, string | string[]>;
  readonly path?: Record<string, string>;
  /** Further headers, by lower-case name. `content-length` is the body's length in bytes unless given here. */
  readonly headers?: Record<string, string>;
}

const isJsonOrXml = (contentType: string) => /^[^;]*[/+](json|xml)\s*(;|$)/i.test(contentType);

/**
 * A scripted REST request (`sn_ws_int.RESTAPIRequest`) as the platform hands it to a route script
 * ("Control request and response content type"):
 * - `queryParams` holds every query parameter as a list of values; for an `application/x-www-form-urlencoded`
 *   body the form's fields "are combined and stored in the request parameters", so they are there too;
 * - `body.dataString` and `body.data` are for JSON and XML bodies only: "Using … dataString … with a non-json or
 *   non-xml format results in a 500 error response", so reading them throws here; `body.dataStream` is always there;
 * - `getHeader` answers the client's headers, `content-type` and `content-length` among them.
 * @example restApiRequest({ method: 'POST', contentType: 'application/x-www-form-urlencoded', body: 'token=a&score=9' })
 */
export function restApiRequest(parts: RestRequestParts) {
  const body = parts.body ?? '';
  const contentType = parts.contentType ?? (parts.body === undefined ? '' : 'application/json');
  const queryParams: Record<string, string[]> = Object.create(null);
  const add = (name: string, value: string) => {
    const values = queryParams[name] ?? [];
    values.push(value);
    queryParams[name] = values;
  };
  for (const [name, value] of Object.entries(parts.query ?? {}))
    for (const one of Array.isArray(value) ? value : [value]) add(name, one);
  if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType))
    for (const [name, value] of new URLSearchParams(body)) add(name, value);
  const headers: Record<string, string> = {
    ...(contentType ? { 'content-type': contentType } : {}),
    ...(parts.body === undefined ? {} : { 'content-length': String(new TextEncoder().encode(body).length) }),
    ...parts.headers,
  };
  const refuse = (field: string) => {
    throw new Error(
      `500: request.body.${field} is only for JSON or XML bodies, not ${contentType || 'no content type'}; use dataStream or queryParams.`,
    );
  };
  return {
    queryParams,
    pathParams: parts.path ?? {},
    body: {
      get dataString(): string {
        if (!isJsonOrXml(contentType)) refuse('dataString');
        return body;
      },
      get data(): unknown {
        if (!isJsonOrXml(contentType)) refuse('data');
        return JSON.parse(body);
      },
      dataStream: { length: body.length },
    },
    getHeader: (name: string): string | undefined => headers[name.toLowerCase()],
  };
}
