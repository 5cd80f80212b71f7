import { GlideRecord } from '@servicenow/glide';
import type { ServiceNowRecord } from '../core/xloop-core.js';

const DETAILS = ['email', 'time_zone', 'preferred_language', 'web_service_access_only'] as const;

const storedValue = (field: ServiceNowRecord[string]) => (typeof field === 'string' ? field : field?.value);

/**
 * The record with the requester's details read from `sys_user` when the snapshot lacks them (a dot-walk the
 * business rule could not read): without an e-mail address no invitation can go out. One read, in the job.
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
  const details: Record<string, { value: string }> = {};
  for (const detail of DETAILS) {
    const value = user.getValue(detail);
    if (value) details[`${who}.${detail}`] = { value };
  }
  return { ...record, ...details };
}
