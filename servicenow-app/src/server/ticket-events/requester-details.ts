import { GlideRecord } from '@servicenow/glide';
import type { ServiceNowRecord } from '../core/xloop-core.js';
import { recordDisplayValue } from './reference-names';

const DETAILS = ['email', 'time_zone', 'preferred_language', 'web_service_access_only'] as const;

const storedValue = (field: ServiceNowRecord[string]) => (typeof field === 'string' ? field : field?.value);

/**
 * The record with the requester's details and name read from `sys_user` when the snapshot lacks them (the business
 * rule dot-walks nowhere): without an e-mail address no invitation can go out. One read, in the job.
 * @example withRequesterDetails({ caller_id: { value: 'u1' } })['caller_id.email'] // { value: 'anna@example.com' }
 */
export function withRequesterDetails(record: ServiceNowRecord): ServiceNowRecord {
  const who =
    record.requested_for !== undefined && record.caller_id === undefined ? 'requested_for' : 'caller_id';
  const id = storedValue(record[who]);
  if (!id || storedValue(record[`${who}.email`])) return record;
  const user = new GlideRecord('sys_user');
  user.addQuery('sys_id', id);
  user.setLimit(1);
  user.query();
  if (!user.next()) return record;
  const details: Record<string, { value: string; display_value?: string }> = {};
  for (const detail of DETAILS) {
    const value = user.getValue(detail);
    if (value) details[`${who}.${detail}`] = { value };
  }
  // The requester's name, when the snapshot has only their sys_id (the business rule reads no other table).
  const requester = record[who];
  const name = recordDisplayValue(user);
  if (typeof requester !== 'string' && !requester?.display_value && name && name !== id)
    details[who] = { value: id, display_value: name };
  return { ...record, ...details };
}
