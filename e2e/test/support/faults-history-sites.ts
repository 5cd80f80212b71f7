import type { SandboxPorts } from '@xloop/sandbox';
import { rollupFor } from '@xloop/shared-core';
import { jiraCustomer, jiraIssue } from '@xloop/shared-core/testing';

// The data of a Jira site and a ServiceNow instance with resolved tickets and their ratings, answered the way the
// importers call them. Plain functions from a request URL to a JSON body, so an msw handler and a node:http
// server can both serve them.

/** JSM's fields: the satisfaction rating and its date are found by their custom types. */
export const JIRA_FIELDS = [
  {
    id: 'customfield_10034',
    name: 'Satisfaction',
    custom: true,
    schema: { type: 'sd-feedback', custom: 'com.atlassian.servicedesk:sd-request-feedback' },
  },
  {
    id: 'customfield_10035',
    name: 'Satisfaction date',
    custom: true,
    schema: { type: 'datetime', custom: 'com.atlassian.servicedesk:sd-request-feedback-date' },
  },
];

const two = (n: number) => String(n).padStart(2, '0');

/** Ticket `n`'s 1–5 rating, if it has one: two in three are rated. */
export const ratingOf = (n: number): number | undefined => (n % 3 === 0 ? undefined : (n % 5) + 1);

/** Ticket `n`, a JSM request resolved in October by customer `acc-n`, with its rating in JSM's satisfaction field. */
function historyIssue(n: number) {
  const day = 1 + (n % 28);
  const rating = ratingOf(n);
  return jiraIssue({
    id: String(30_000 + n),
    key: `HIST-${n}`,
    fields: {
      created: `2026-10-${two(day)}T08:00:00.000+0000`,
      resolutiondate: `2026-10-${two(day)}T${two(9 + (n % 8))}:${two(n % 60)}:00.000+0000`,
      issuetype: { name: n % 2 ? 'IT Help' : 'Incident' },
      components: [{ name: n % 3 ? 'VPN' : 'Email' }],
      reporter: jiraCustomer({ accountId: `acc-${n}`, displayName: undefined }),
      customfield_10034: rating === undefined ? null : { rating },
      customfield_10035: rating === undefined ? null : `2026-10-${two(day)}T18:00:00.000+0000`,
    },
  });
}

/** `GET /rest/api/3/search/jql`, paged by an opaque `nextPageToken`. */
export function jiraSearchPage(url: URL, total: number) {
  const start = Number(url.searchParams.get('nextPageToken')?.replace('after-', '') ?? 0);
  const size = Number(url.searchParams.get('maxResults') ?? 50);
  const end = Math.min(total, start + size);
  return {
    issues: Array.from({ length: end - start }, (_, i) => historyIssue(start + i)),
    isLast: end >= total,
    ...(end < total ? { nextPageToken: `after-${end}` } : {}),
  };
}

const sysId = (n: number) => n.toString(16).padStart(32, '0');
const field = (value: string, display = value) => ({ value, display_value: display });

function incident(n: number) {
  const day = 1 + (n % 28);
  return {
    sys_id: field(sysId(n)),
    number: field(`INC${String(n).padStart(7, '0')}`),
    caller_id: field(`caller${n}`.padEnd(32, '0'), `Caller ${n}`),
    'caller_id.email': field(`caller${n}@example.com`),
    'caller_id.time_zone': field('Europe/Helsinki'),
    'caller_id.preferred_language': field('en', 'English'),
    assigned_to: field('agent'.padEnd(32, '0'), 'Agent One'),
    assignment_group: field('group'.padEnd(32, '0'), n % 2 ? 'Network' : 'Service Desk'),
    contact_type: field('phone', 'Phone'),
    cmdb_ci: field('ci'.padEnd(32, '0'), 'VPN Gateway'),
    business_service: field('', ''),
    location: field('loc'.padEnd(32, '0'), 'Helsinki'),
    category: field('network', 'Network'),
    priority: field('3', '3 - Moderate'),
    close_code: field('Solved (Permanently)'),
    opened_at: field(`2026-10-${two(day)} 08:00:00`),
    resolved_at: field(`2026-10-${two(day)} ${two(9 + (n % 8))}:${two(n % 60)}:00`),
  };
}

/** `GET /api/now/table/incident`, paged by `sysparm_offset`. */
export function serviceNowIncidents(url: URL, total: number) {
  const offset = Number(url.searchParams.get('sysparm_offset') ?? 0);
  const limit = Number(url.searchParams.get('sysparm_limit') ?? 100);
  const end = Math.min(total, offset + limit);
  return { result: Array.from({ length: Math.max(0, end - offset) }, (_, i) => incident(offset + i)) };
}

/** `GET /api/now/table/asmt_metric_result` for the incidents in `instance.trigger_idIN…`; another metric too. */
export function serviceNowResults(url: URL, total: number) {
  const ids = new Set(
    (url.searchParams.get('sysparm_query') ?? '').replace('instance.trigger_idIN', '').split(','),
  );
  const result = [];
  for (let n = 0; n < total; n++) {
    const rating = ratingOf(n);
    if (rating === undefined || !ids.has(sysId(n))) continue;
    const at = `2026-10-${two(1 + (n % 28))} 18:00:00`;
    result.push(
      {
        'instance.trigger_id': sysId(n),
        actual_value: String(rating),
        'metric.name': 'Overall satisfaction',
        sys_created_on: at,
      },
      {
        'instance.trigger_id': sysId(n),
        actual_value: '1',
        'metric.name': 'Would recommend',
        sys_created_on: at,
      },
    );
  }
  return { result };
}

/** How many of the first `total` tickets are rated. */
export const ratedOf = (total: number) =>
  Array.from({ length: total }, (_, n) => ratingOf(n)).filter((r) => r !== undefined).length;

/**
 * What an import left in a sandbox: October's organisation rollup, and the resolutions it knows — a survey for
 * each rated one, a suppression for the rest — counted by ticket and by resolution key.
 */
export function imported(ports: Pick<SandboxPorts, 'db' | 'rollups'>) {
  const range = { from: '2026-10-01', to: '2026-10-31' };
  const org = rollupFor(ports.rollups.read(range, ['']), range);
  const count = (sql: string) => ports.db.prepare(sql).pluck().get() as number;
  const known =
    "SELECT ticket_id, json_extract(body, '$.resolutionKey') AS k FROM surveys UNION ALL SELECT ticket_id, resolution_key FROM suppressions";
  return {
    org,
    tickets: count(`SELECT COUNT(DISTINCT ticket_id) FROM (${known})`),
    resolutions: count(`SELECT COUNT(DISTINCT k) FROM (${known})`),
    known: count(`SELECT COUNT(*) FROM (${known})`),
    surveys: count('SELECT COUNT(*) FROM surveys'),
    responses: count('SELECT COUNT(*) FROM responses'),
  };
}
