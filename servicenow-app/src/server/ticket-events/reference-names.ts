import { GlideRecord } from '@servicenow/glide';
import type { ServiceNowRecord } from '../core/xloop-core.js';
import { REFERENCE_TABLES } from './ticket-snapshot';

/** The references the mapping reads by name: the segment's team, service (else configuration item) and location. */
const NAMED = ['assignment_group', 'business_service', 'cmdb_ci', 'location'] as const;

/** Names already read, by table and sys_id, so a batch of events reads each group, service and location once. */
export type ReferenceNames = Map<string, string>;

/**
 * The record's display value (`GlideRecord.getDisplayValue()` without a field: "the display value for the current
 * record", its table's display column). The SDK's types declare only the form with a field name.
 * @example recordDisplayValue(group) // 'Network'
 */
export const recordDisplayValue = (record: GlideRecord): string =>
  (record as unknown as { getDisplayValue(): string }).getDisplayValue() ?? '';

const storedValue = (field: ServiceNowRecord[string]) => (typeof field === 'string' ? field : field?.value);

/**
 * The record with the display values of its named references read from their tables, where the snapshot has only
 * the sys_id (the business rule reads no other table). One `get` per reference not in `names`, in the job.
 * @example withReferenceNames({ assignment_group: { value: 'g1' } }) // { assignment_group: { value: 'g1', display_value: 'Network' } }
 */
export function withReferenceNames(
  record: ServiceNowRecord,
  names: ReferenceNames = new Map(),
): ServiceNowRecord {
  let named = record;
  for (const field of NAMED) {
    // The configuration item names the service only when there is no business service.
    if (field === 'cmdb_ci' && storedValue(record.business_service)) continue;
    const current = record[field];
    if (current === undefined || typeof current === 'string' || !current.value || current.display_value)
      continue;
    const table = REFERENCE_TABLES[field] as string;
    const key = `${table}:${current.value}`;
    let name = names.get(key);
    if (name === undefined) {
      const referenced = new GlideRecord(table);
      name = referenced.get(current.value) ? recordDisplayValue(referenced) : '';
      names.set(key, name);
    }
    if (name && name !== current.value)
      named = { ...named, [field]: { value: current.value, display_value: name } };
  }
  return named;
}
