import type { GlideRecord } from '@servicenow/glide';
import { SERVICENOW_RECORD_FIELDS, type ServiceNowField, type ServiceNowRecord } from '../core/xloop-core.js';

/**
 * The reference fields the mapping reads and the table each points to, as the `incident` and `sc_req_item`
 * dictionaries declare them. A reference's display value, and a dot-walk through it, is a read of that table.
 */
export const REFERENCE_TABLES: Readonly<Record<string, string>> = {
  caller_id: 'sys_user',
  requested_for: 'sys_user',
  assigned_to: 'sys_user',
  resolved_by: 'sys_user',
  assignment_group: 'sys_user_group',
  business_service: 'cmdb_ci_service',
  cmdb_ci: 'cmdb_ci',
  location: 'cmn_location',
};

/** How much of the record a snapshot reads. */
export interface SnapshotOptions {
  /**
   * `false`: only what the record in hand holds — references as their sys_id, choices with their labels — and no
   * dot-walk, so taking the snapshot reads no other table. Default `true`: references with their display values and
   * the requester's dot-walked details too.
   */
  readonly lookUpReferences?: boolean;
}

/**
 * The fields the core's mapping reads, as `{ value, display_value }`, from a record: its elements, and unless
 * `lookUpReferences` is `false`, the referenced records' display values and the requester's dot-walked details.
 * @example ticketSnapshot(current, { lookUpReferences: false }).caller_id // { value: '62826bf0…' }
 */
export function ticketSnapshot(
  record: GlideRecord,
  options: SnapshotOptions = {},
): Record<string, ServiceNowField> {
  const lookUp = options.lookUpReferences !== false;
  const snapshot: Record<string, ServiceNowField> = {};
  for (const field of SERVICENOW_RECORD_FIELDS) {
    if (!lookUp && field.indexOf('.') >= 0) continue;
    const element = record.getElement(field);
    if (element === null || element === undefined) continue;
    const value = element.toString();
    if (!value) continue;
    if (!lookUp && REFERENCE_TABLES[field] !== undefined) {
      snapshot[field] = { value };
      continue;
    }
    const display = element.getDisplayValue();
    snapshot[field] = display && display !== value ? { value, display_value: display } : { value };
  }
  return snapshot;
}

/** The snapshot with another state: what the record was before this update, as far as the mapping cares. */
export function withState(snapshot: ServiceNowRecord, state: string | null): ServiceNowRecord {
  return { ...snapshot, state: state ?? '' };
}
