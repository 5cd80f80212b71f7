import type { Instant, TicketEvent, ZonedTime } from '@xloop/shared-core';
import { serviceNowRecordTicket } from '@xloop/shared-core/servicenow';
import { parse } from 'csv-parse/sync';
import type { Parsed, ParseProblem } from './parse-error';

/** The columns of ServiceNow's incident audit export, one row per update of an incident. */
export const SERVICENOW_AUDIT_COLUMNS = [
  'number',
  'incident_state',
  'active',
  'reassignment_count',
  'reopen_count',
  'sys_mod_count',
  'made_sla',
  'caller_id',
  'opened_by',
  'opened_at',
  'sys_created_by',
  'sys_created_at',
  'sys_updated_by',
  'sys_updated_at',
  'contact_type',
  'location',
  'category',
  'subcategory',
  'u_symptom',
  'cmdb_ci',
  'impact',
  'urgency',
  'priority',
  'assignment_group',
  'assigned_to',
  'knowledge',
  'u_priority_confirmation',
  'notify',
  'problem_id',
  'rfc',
  'vendor',
  'caused_by',
  'closed_code',
  'resolved_by',
  'resolved_at',
  'closed_at',
] as const;

type Row = Record<(typeof SERVICENOW_AUDIT_COLUMNS)[number], string>;

const DATE = /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2})$/;
const OPEN_STATES = [
  'New',
  'Active',
  'Awaiting User Info',
  'Awaiting Evidence',
  'Awaiting Problem',
  'Awaiting Vendor',
];

const value = (cell: string | undefined): string | undefined =>
  cell === undefined || cell === '?' || cell.trim() === '' ? undefined : cell.trim();

/**
 * Ticket events from ServiceNow's incident audit export (CSV with the columns above; dates `dd-mm-yyyy HH:MM` in
 * `timeZone`, `?` for empty). Each incident's rows are read in update order: the first gives its creation, a move
 * into Resolved a resolution (at `resolved_at`), a move out of it a reopening, Closed a closure. The caller is the
 * requester; assignment group, CI, contact type, location, category and priority are its segment.
 * @example parseServiceNowAudit(csv, 'Europe/Helsinki', zoned).records.filter((e) => e.type === 'resolved')
 */
export function parseServiceNowAudit(text: string, timeZone: string, zoned: ZonedTime): Parsed<TicketEvent> {
  const problems: ParseProblem[] = [];
  let rows: Row[];
  try {
    rows = parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
    }) as Row[];
  } catch (error) {
    return { records: [], problems: [{ at: 1, message: `not a CSV file: ${(error as Error).message}` }] };
  }
  const header = Object.keys(rows[0] ?? {});
  const missing = ['number', 'incident_state', 'caller_id', 'opened_at', 'sys_updated_at'].filter(
    (c) => rows.length > 0 && header.indexOf(c) < 0,
  );
  if (missing.length > 0)
    return { records: [], problems: [{ at: 1, message: `missing columns: ${missing.join(', ')}` }] };

  const when = (cell: string | undefined, line: number, column: string): Instant | undefined => {
    const text = value(cell);
    if (text === undefined) return undefined;
    const match = DATE.exec(text);
    if (!match) {
      problems.push({ at: line, message: `${column} "${text}" is not dd-mm-yyyy HH:MM` });
      return undefined;
    }
    const [, d, m, y, h, min] = match.map(Number) as number[];
    return zoned.fromLocal(
      { year: y as number, month: m as number, day: d as number, hour: h as number, minute: min as number },
      timeZone,
    );
  };

  const byIncident = new Map<string, { row: Row; line: number; updated: Instant; mods: number }[]>();
  for (const [index, row] of rows.entries()) {
    const line = index + 2;
    const number = value(row.number);
    const updated = when(row.sys_updated_at, line, 'sys_updated_at');
    if (!number) {
      problems.push({ at: line, message: 'number is empty' });
      continue;
    }
    if (updated === undefined) continue;
    const list = byIncident.get(number) ?? [];
    list.push({ row, line, updated, mods: Number(value(row.sys_mod_count) ?? 0) || 0 });
    byIncident.set(number, list);
  }

  const records: TicketEvent[] = [];
  for (const [number, updates] of byIncident) {
    updates.sort((a, b) => a.updated - b.updated || a.mods - b.mods);
    const first = updates[0];
    if (!first) continue;
    const opened = when(first.row.opened_at, first.line, 'opened_at') ?? first.updated;
    let previousState: string | undefined;
    for (const { row, line, updated } of updates) {
      const caller = value(row.caller_id);
      if (!caller) {
        problems.push({ at: line, message: `${number}: caller_id is empty` });
        continue;
      }
      // The export's cells are display texts, its times local; `closed_code` is the record's `close_code`.
      const mapped = serviceNowRecordTicket({
        number,
        state: value(row.incident_state),
        caller_id: caller,
        assigned_to: value(row.assigned_to),
        resolved_by: value(row.resolved_by),
        close_code: value(row.closed_code),
        cmdb_ci: value(row.cmdb_ci),
        contact_type: value(row.contact_type),
        assignment_group: value(row.assignment_group),
        category: value(row.category),
        priority: value(row.priority),
        location: value(row.location),
        opened_at: new Date(opened).toISOString().slice(0, 19).replace('T', ' '),
      });
      if (!mapped) continue;
      const { status: _status, resolvedAt: _resolvedAt, ...base } = mapped;
      const state = value(row.incident_state) ?? '';
      const resolvedAt = when(row.resolved_at, line, 'resolved_at');
      if (previousState === undefined)
        records.push({ type: 'created', at: opened, ticket: { ...base, status: 'open' } });
      if (state === 'Resolved' && previousState !== 'Resolved') {
        const at = resolvedAt ?? updated;
        records.push({ type: 'resolved', at, ticket: { ...base, status: 'resolved', resolvedAt: at } });
      } else if (
        OPEN_STATES.indexOf(state) >= 0 &&
        (previousState === 'Resolved' || previousState === 'Closed')
      ) {
        records.push({ type: 'reopened', at: updated, ticket: { ...base, status: 'open' } });
      } else if (state === 'Closed' && previousState !== 'Closed') {
        const at = when(row.closed_at, line, 'closed_at') ?? updated;
        records.push({
          type: 'closed',
          at,
          ticket: { ...base, status: 'closed', ...(resolvedAt !== undefined ? { resolvedAt } : {}) },
        });
      } else if (
        state !== '' &&
        OPEN_STATES.indexOf(state) < 0 &&
        state !== 'Resolved' &&
        state !== 'Closed'
      ) {
        problems.push({ at: line, message: `${number}: unknown incident_state "${state}"` });
      }
      previousState = state || previousState;
    }
  }
  return { records, problems };
}
