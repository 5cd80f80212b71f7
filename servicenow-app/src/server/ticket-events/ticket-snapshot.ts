import type { GlideRecord } from '@servicenow/glide';
import { SERVICENOW_RECORD_FIELDS, type ServiceNowField, type ServiceNowRecord } from '../core/xloop-core.js';

/**
 * The fields the core's mapping reads, as `{ value, display_value }`, from a record in a business rule: reading
 * elements of the record in memory, plus one look-up of the requester for the dot-walked fields.
 */
export function ticketSnapshot(record: GlideRecord): Record<string, ServiceNowField> {
  const snapshot: Record<string, ServiceNowField> = {};
  for (const field of SERVICENOW_RECORD_FIELDS) {
    const element = record.getElement(field);
    if (element === null || element === undefined) continue;
    const value = element.toString();
    if (!value) continue;
    const display = element.getDisplayValue();
    snapshot[field] = display && display !== value ? { value, display_value: display } : { value };
  }
  return snapshot;
}

/** The snapshot with another state: what the record was before this update, as far as the mapping cares. */
export function withState(snapshot: ServiceNowRecord, state: string | null): ServiceNowRecord {
  return { ...snapshot, state: state ?? '' };
}
