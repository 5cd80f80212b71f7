// ServiceNow's ticket records for tests, in the two forms the adapters read: a table row of stored values (as a
// GlideRecord holds it; a choice's or reference's label under `field$display`), and the Table API's
// `sysparm_display_value=all` record, every field as `{ value, display_value }`. Each builder answers a valid
// default and takes overrides; a field overridden with `undefined` is left out.
import type { ServiceNowField } from '../mapping/servicenow-record';

/** A row of stored values: field name (dot-walks allowed) → value, and `field$display` → its label. */
export type ServiceNowRow = Readonly<Record<string, string>>;

const defined = (row: Record<string, string | undefined>): ServiceNowRow =>
  Object.fromEntries(Object.entries(row).filter((e): e is [string, string] => e[1] !== undefined));

/**
 * An `incident` row: by default incident 1, in progress, called in by `u-anna`, opened 2026-11-02 07:00 UTC.
 * @example serviceNowIncidentRow({ state: '6', resolved_at: '2026-11-02 09:30:00' })
 */
export function serviceNowIncidentRow(overrides: Record<string, string | undefined> = {}): ServiceNowRow {
  return defined({
    sys_id: 'inc-1',
    sys_class_name: 'incident',
    number: 'INC0010001',
    state: '2',
    caller_id: 'u-anna',
    opened_at: '2026-11-02 07:00:00',
    ...overrides,
  });
}

/**
 * An `sc_req_item` (requested item) row: by default item 1, open, requested for `u-anna`.
 * @example serviceNowRequestItemRow({ state: '3', closed_at: '2026-11-02 09:30:00' })
 */
export function serviceNowRequestItemRow(overrides: Record<string, string | undefined> = {}): ServiceNowRow {
  return defined({
    sys_id: 'ritm-1',
    sys_class_name: 'sc_req_item',
    number: 'RITM0010001',
    state: '1',
    requested_for: 'u-anna',
    opened_at: '2026-11-02 07:00:00',
    ...overrides,
  });
}

/**
 * A row as the Table API answers it with `sysparm_display_value=all`: every field `{ value, display_value }`, the
 * display value from `field$display` where the row has one, the value itself otherwise.
 * @example serviceNowTableRecord({ priority: '3', priority$display: '3 - Moderate' }) // { priority: { value: '3', display_value: '3 - Moderate' } }
 */
export function serviceNowTableRecord(row: ServiceNowRow): Record<string, Required<ServiceNowField>> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([field]) => !field.endsWith('$display'))
      .map(([field, value]) => [field, { value, display_value: row[`${field}$display`] ?? value }]),
  );
}
