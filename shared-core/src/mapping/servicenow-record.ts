import type { Segment } from '../model/segment';
import type { Ticket, TicketKind } from '../model/ticket';
import type { Instant } from '../model/time';

/** A field as the Table API answers with `sysparm_display_value=all`, or as a GlideRecord element reads. */
export interface ServiceNowField {
  readonly value?: string;
  readonly display_value?: string;
}

/** An `incident` or `sc_req_item` record: field name (dot-walks allowed) → field, or a bare display text. */
export type ServiceNowRecord = Readonly<Record<string, ServiceNowField | string | undefined>>;

/** The fields the mapping reads, for `sysparm_fields` and for snapshots taken in a business rule. */
export const SERVICENOW_RECORD_FIELDS = [
  'sys_id',
  'sys_class_name',
  'number',
  'state',
  'caller_id',
  'caller_id.email',
  'caller_id.time_zone',
  'caller_id.preferred_language',
  'caller_id.web_service_access_only',
  'requested_for',
  'requested_for.email',
  'requested_for.time_zone',
  'requested_for.preferred_language',
  'requested_for.web_service_access_only',
  'assigned_to',
  'resolved_by',
  'assignment_group',
  'contact_type',
  'business_service',
  'cmdb_ci',
  'location',
  'category',
  'priority',
  'close_code',
  'opened_at',
  'resolved_at',
  'closed_at',
  'sys_updated_on',
] as const;

/** Options for `serviceNowRecordTicket`. */
export interface ServiceNowRecordOptions {
  /**
   * Reads a date-time field's value as an instant. Default: the stored form, `yyyy-MM-dd HH:mm:ss` in UTC, as
   * `GlideRecord.getValue` and the Table API's `value` give it.
   */
  readonly instant?: (text: string) => Instant | undefined;
  /** The table when the record does not say (`sys_class_name`); otherwise the number's prefix decides. */
  readonly table?: 'incident' | 'sc_req_item';
}

// Incident: 6 Resolved, 7 Closed, 8 Canceled. Requested item: 3 Closed Complete is its resolution; 4 Closed
// Incomplete and 7 Closed Skipped end it without one.
const RESOLVED: Record<TicketKind, readonly string[]> = {
  incident: ['6', 'resolved'],
  request: ['3', 'closed complete'],
};
const CLOSED: Record<TicketKind, readonly string[]> = {
  incident: ['7', '8', 'closed', 'canceled', 'cancelled'],
  request: ['4', '7', 'closed incomplete', 'closed skipped'],
};

const text = (field: ServiceNowField | string | undefined): string | undefined => {
  const raw = typeof field === 'string' ? field : (field?.display_value ?? field?.value);
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
};
const stored = (field: ServiceNowField | string | undefined): string | undefined => {
  const raw = typeof field === 'string' ? field : (field?.value ?? field?.display_value);
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
};

/** `2026-11-02 09:15:00` (UTC, ServiceNow's stored form) as an instant. */
export function serviceNowInstant(value: string): Instant | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

/**
 * The ticket a ServiceNow `incident` or `sc_req_item` record is, for every adapter that reads ServiceNow: the
 * scoped app's business rules, the sandbox's Table API import and its audit-export parser. Pure data mapping.
 *
 * `caller_id` (incidents) or `requested_for` (requested items) is the requester, with their e-mail, time zone and
 * language when the dot-walked fields are there; `assigned_to` (else `resolved_by`) the agent. The segment is
 * `business_service` (else `cmdb_ci`) as service, `contact_type` as channel, `assignment_group` as team,
 * `location`, `category` and `priority`, all by display value; `close_code` is the resolution code. The state
 * decides resolved, closed or open. Answers `undefined` without a number, a requester or an opening time.
 * @example serviceNowRecordTicket({ number: 'INC0010001', caller_id: { value: 'u1', display_value: 'Anna' },
 *   state: '6', opened_at: '2026-11-02 07:00:00', resolved_at: '2026-11-02 09:30:00' })?.status // 'resolved'
 */
export function serviceNowRecordTicket(
  record: ServiceNowRecord,
  options: ServiceNowRecordOptions = {},
): Ticket | undefined {
  const instant = options.instant ?? serviceNowInstant;
  const at = (name: string) => {
    const value = stored(record[name]);
    return value === undefined ? undefined : instant(value);
  };
  const number = stored(record.number);
  const table = stored(record.sys_class_name) ?? options.table;
  const kind: TicketKind =
    table === 'sc_req_item' || (table === undefined && number !== undefined && /^(RITM|REQ)/.test(number))
      ? 'request'
      : 'incident';
  const who = kind === 'request' && record.requested_for !== undefined ? 'requested_for' : 'caller_id';
  const requesterId = stored(record[who]);
  const createdAt = at('opened_at');
  if (!number || !requesterId || createdAt === undefined) return undefined;

  const service = text(record.business_service) ?? text(record.cmdb_ci);
  const dimensions: [keyof Segment, string | undefined][] = [
    ['service', service],
    ['channel', text(record.contact_type)],
    ['team', text(record.assignment_group)],
    ['category', text(record.category)],
    ['priority', text(record.priority)],
    ['location', text(record.location)],
  ];
  const segment: Segment = Object.fromEntries(dimensions.filter(([, value]) => value !== undefined));

  const state = [stored(record.state), text(record.state)].map((s) => s?.toLowerCase());
  const has = (list: readonly string[]) => state.some((s) => s !== undefined && list.indexOf(s) >= 0);
  const endedAt = at('resolved_at') ?? at('closed_at') ?? at('sys_updated_on');
  const status = has(RESOLVED[kind]) ? 'resolved' : has(CLOSED[kind]) ? 'closed' : 'open';

  const displayName = text(record[who]);
  const email = stored(record[`${who}.email`]);
  const timeZone = stored(record[`${who}.time_zone`]);
  const locale = stored(record[`${who}.preferred_language`]);
  const agentId = stored(record.assigned_to) ?? stored(record.resolved_by);
  const resolutionCode = text(record.close_code);
  return {
    id: `servicenow:${number}`,
    kind,
    title: number,
    requester: {
      id: requesterId,
      ...(email ? { email } : {}),
      ...(displayName ? { displayName } : {}),
      ...(timeZone ? { timeZone } : {}),
      ...(locale ? { locale } : {}),
      ...(stored(record[`${who}.web_service_access_only`]) === 'true' ? { isServiceAccount: true } : {}),
    },
    ...(agentId ? { agentId } : {}),
    status,
    ...(resolutionCode ? { resolutionCode } : {}),
    segment,
    createdAt,
    ...(status !== 'open' && endedAt !== undefined ? { resolvedAt: endedAt } : {}),
  };
}
