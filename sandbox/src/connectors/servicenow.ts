import { type HistoricalRating, importHistory, type Ticket } from '@xloop/shared-core';
import {
  SERVICENOW_RECORD_FIELDS,
  type ServiceNowRecord,
  serviceNowInstant,
  serviceNowRecordTicket,
} from '@xloop/shared-core/servicenow';
import type { AxiosInstance } from 'axios';
import type { SandboxPorts } from '../sandbox-ports';
import { Checkpoints } from './checkpoint';
import { ConnectorError } from './http-client';
import type { ImportSummary } from './jira';

/** The record's mapped fields; dot-walks bring the caller's e-mail, zone and language in the same request. */
const INCIDENT_FIELDS = SERVICENOW_RECORD_FIELDS.filter((field) => !field.startsWith('requested_for'));

/** A Table API date-time (`2026-11-02 09:15:00`, UTC in `value`) as an instant. */
const utc = (text: string | undefined) => (text ? serviceNowInstant(text) : undefined);

function incidentTicket(row: ServiceNowRecord): (Ticket & { resolvedAt: number }) | undefined {
  const ticket = serviceNowRecordTicket(row, { table: 'incident' });
  // Imported for its resolution: every row answers `resolved_at>=since`, whatever its state is now.
  const resolvedAt = utc((row.resolved_at as { value?: string } | undefined)?.value);
  return ticket && resolvedAt !== undefined ? { ...ticket, status: 'resolved', resolvedAt } : undefined;
}

/**
 * Backfills resolved ServiceNow incidents since a day through the Table API (`/api/now/table/incident`, paged by
 * `sysparm_offset`), with the survey results recorded against them (`asmt_metric_result`, the metric whose name
 * contains `metric`, on a 1–5 scale). The offset is saved after each page, so an interrupted import resumes.
 */
export async function importServiceNow(
  ports: SandboxPorts,
  client: AxiosInstance,
  options: {
    readonly instance: string;
    readonly since: string;
    readonly metric?: string;
    readonly pageSize?: number;
    readonly onPage?: (summary: ImportSummary) => void;
  },
): Promise<ImportSummary> {
  const limit = options.pageSize ?? 100;
  const query = `resolved_at>=${options.since} 00:00:00^ORDERBYresolved_at^ORDERBYsys_id`;
  const checkpoints = new Checkpoints(ports.db);
  const name = `servicenow:${options.instance}`;
  const saved = checkpoints.read<{ query: string; offset: number; summary: ImportSummary }>(name);
  const resume = saved && saved.query === query ? saved : undefined;
  let summary: ImportSummary = {
    ...(resume?.summary ?? { pages: 0, tickets: 0, rated: 0, imported: 0, alreadyKnown: 0, skipped: 0 }),
    resumed: resume !== undefined,
  };
  let offset = resume?.offset ?? 0;
  const metric = (options.metric ?? 'satisf').toLowerCase();

  for (;;) {
    const page = (
      await client.get('/api/now/table/incident', {
        params: {
          sysparm_query: query,
          sysparm_fields: INCIDENT_FIELDS.join(','),
          sysparm_display_value: 'all',
          sysparm_exclude_reference_link: 'true',
          sysparm_limit: limit,
          sysparm_offset: offset,
        },
      })
    ).data as { result?: unknown };
    if (!Array.isArray(page?.result))
      throw new ConnectorError(
        'malformed-response',
        'ServiceNow answered without a result list: is this a ServiceNow instance?',
      );
    const rows = page.result as ServiceNowRecord[];
    const ids = rows
      .map((row) => (row.sys_id as { value?: string } | undefined)?.value)
      .filter((id): id is string => typeof id === 'string' && /^[0-9a-f]{32}$/.test(id));
    const ratings = new Map<string, HistoricalRating>();
    if (ids.length > 0) {
      const results = (
        await client.get('/api/now/table/asmt_metric_result', {
          params: {
            sysparm_query: `instance.trigger_idIN${ids.join(',')}`,
            sysparm_fields: 'instance.trigger_id,actual_value,metric.name,sys_created_on',
            sysparm_display_value: 'false',
            sysparm_limit: ids.length * 20,
          },
        })
      ).data as { result?: unknown };
      if (!Array.isArray(results?.result))
        throw new ConnectorError(
          'malformed-response',
          'ServiceNow answered the survey results without a result list.',
        );
      for (const result of results.result as Record<string, string | undefined>[]) {
        const trigger = result['instance.trigger_id'];
        const value = Number(result.actual_value);
        const answeredAt = utc(result.sys_created_on);
        if (
          !trigger ||
          !(result['metric.name'] ?? '').toLowerCase().includes(metric) ||
          !Number.isFinite(value) ||
          answeredAt === undefined
        )
          continue;
        ratings.set(trigger, { value, scale: { min: 1, max: 5 }, answeredAt });
      }
    }
    const counts = { ...summary, pages: summary.pages + 1 };
    for (const row of rows) {
      counts.tickets++;
      const ticket = incidentTicket(row);
      if (!ticket) {
        counts.skipped++;
        continue;
      }
      const rating = ratings.get((row.sys_id as { value?: string } | undefined)?.value ?? '');
      if (rating) counts.rated++;
      const outcome = await importHistory(ports, ticket, ticket.resolvedAt, rating);
      if (outcome === 'imported') counts.imported++;
      else if (outcome === 'already-known') counts.alreadyKnown++;
      else counts.skipped++;
    }
    summary = counts;
    offset += rows.length;
    options.onPage?.(summary);
    if (rows.length < limit) {
      checkpoints.clear(name);
      return summary;
    }
    checkpoints.write(name, { query, offset, summary });
  }
}
