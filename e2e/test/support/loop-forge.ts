import {
  cachedServiceDeskFields,
  commentDelivery,
  DEFAULT_FORGE_CONFIG,
  dispatchBatch,
  type ForgeConfig,
  handleIssueEvent,
  handleOneClick,
  jiraClient,
  memoryFieldCache,
  migrate,
  resolverDefinitions,
} from '@xloop/forge-app';
import {
  conformance,
  jiraAdmin,
  jiraOperation,
  jsmAgent,
  type MariaDb,
  type PermissionRule,
  permissionsCheck,
  sqlPorts,
} from '@xloop/forge-app/testing';
import type { JiraIssue } from '@xloop/shared-core/jira';
import { jiraIssue as issueBean, jiraCustomer, jiraIssueEvent, jiraStatus } from '@xloop/shared-core/testing';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { type Delivered, followUpForm, type LoopPlatform } from './loop-platform';
import { type QuarterChange, type QuarterTicket, SETTINGS } from './quarter';

export const JIRA_SITE = 'https://xloop-e2e.atlassian.net';
const ONE_CLICK = 'https://xloop-e2e.example/x1/one-click';
const REGION: Record<string, string> = { fi: 'fi_FI', sv: 'sv_SE', en: 'en_US', de: 'de_DE' };
// Jira writes times with a numeric offset and milliseconds.
const jiraTime = (instant: number) => new Date(instant).toISOString().replace('Z', '+0000');

/** Jira's groups by account, as a site's admin set them up: XLoop reads only its CSI managers' group. */
function groupsOf(accountId: string): { name: string; groupId: string }[] {
  if (accountId.startsWith('agent-')) return [{ name: 'jira-servicemanagement-users', groupId: 'g-agents' }];
  if (accountId.startsWith('csi-')) return [{ name: 'xloop-csi-managers', groupId: 'g-csi' }];
  if (accountId.startsWith('admin-')) return [{ name: 'site-bosses', groupId: 'g-admins' }];
  return [];
}

/** The service project the quarter's requests are in. */
const HELP_PROJECT = { id: '10000', key: 'HELP', projectTypeKey: 'service_desk' };

/**
 * Who may do what on the site, for `POST /rest/api/3/permissions/check`: admins administer Jira, agents are JSM
 * agents of the service project, and both browse its issues.
 */
const PERMISSIONS: PermissionRule[] = [
  {
    ...jiraAdmin((who) => who.startsWith('admin-')),
    projects: { BROWSE_PROJECTS: 'all' },
    issues: { BROWSE_PROJECTS: 'all' },
  },
  jsmAgent((who) => who.startsWith('agent-'), 'all', 'all'),
];

interface Comment {
  readonly id: string;
  readonly body: unknown;
  readonly properties: { key: string; value: { id?: string; internal?: boolean } }[];
}

/**
 * A JSM site behind msw at the network edge: issues as the quarter's tickets are now, comments, issue properties,
 * the CSI project's issues and links, and group membership. Every request must be an operation of the Jira
 * platform OpenAPI document and every 200 answer must conform to it; misses are kept in `problems`.
 */
export function jiraSite() {
  const issues = new Map<string, JiraIssue>();
  const comments = new Map<string, Comment[]>();
  const properties = new Map<string, unknown>();
  const created: { key: string; fields: unknown }[] = [];
  const links: unknown[] = [];
  const problems: string[] = [];
  let requests = 0;

  const answer = (method: string, template: string, body: unknown, status = 200) => {
    if (status === 200) {
      const wrong = conformance(method, template, body);
      if (wrong.length > 0) problems.push(`${method} ${template}: ${wrong.join('; ')}`);
    }
    return HttpResponse.json(body as never, { status });
  };
  const notFound = () =>
    HttpResponse.json(
      { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
      {
        status: 404,
      },
    );

  const handler = http.all(`${JIRA_SITE}/*`, async ({ request }) => {
    requests++;
    const url = new URL(request.url);
    const method = request.method;
    let template: string;
    try {
      template = jiraOperation(method, `${url.pathname}${url.search}`).template;
    } catch (error) {
      problems.push(String(error));
      return HttpResponse.json({ errorMessages: [String(error)] }, { status: 400 });
    }
    const key = decodeURIComponent(url.pathname.split('/')[5] ?? '');
    const body =
      request.method === 'GET' ? undefined : ((await request.json().catch(() => undefined)) as unknown);
    switch (`${method} ${template}`) {
      case 'GET /rest/api/3/field':
        return answer(method, template, [
          { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' } },
          {
            id: 'customfield_10010',
            name: 'Customer Request Type',
            custom: true,
            schema: { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin' },
          },
          {
            id: 'customfield_10002',
            name: 'Organizations',
            custom: true,
            schema: { type: 'array', custom: 'com.atlassian.servicedesk:sd-customer-organizations' },
          },
        ]);
      case 'GET /rest/api/3/issue/{issueIdOrKey}': {
        const issue = issues.get(key);
        return issue ? answer(method, template, issue) : notFound();
      }
      case 'GET /rest/api/3/issue/{issueIdOrKey}/comment': {
        if (!issues.has(key)) return notFound();
        const list = comments.get(key) ?? [];
        const withProperties = url.searchParams.get('expand')?.includes('properties');
        const shown = list.map((c) => (withProperties ? c : { id: c.id, body: c.body }));
        return answer(method, template, { startAt: 0, maxResults: 100, total: list.length, comments: shown });
      }
      case 'POST /rest/api/3/issue/{issueIdOrKey}/comment': {
        if (!issues.has(key)) return notFound();
        const list = comments.get(key) ?? [];
        const posted = { id: String(10000 + list.length), ...(body as Omit<Comment, 'id'>) };
        comments.set(key, [...list, posted]);
        return answer(method, template, { id: posted.id }, 201);
      }
      case 'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}':
        properties.set(`${key}/${url.pathname.split('/').pop()}`, body);
        return answer(method, template, {}, 200);
      case 'POST /rest/api/3/permissions/check':
        return answer(method, template, permissionsCheck(PERMISSIONS, body));
      case 'GET /rest/api/3/project/search':
        return answer(method, template, {
          isLast: true,
          maxResults: 50,
          startAt: 0,
          total: 1,
          values: [{ id: HELP_PROJECT.id, key: HELP_PROJECT.key }],
        });
      case 'GET /rest/api/3/user/groups':
        return answer(method, template, groupsOf(url.searchParams.get('accountId') ?? ''));
      case 'POST /rest/api/3/issue': {
        const issueKey = `CSI-${created.length + 1}`;
        created.push({ key: issueKey, fields: (body as { fields?: unknown })?.fields });
        return answer(
          method,
          template,
          {
            id: String(20000 + created.length),
            key: issueKey,
            self: `${JIRA_SITE}/rest/api/3/issue/${issueKey}`,
          },
          201,
        );
      }
      case 'GET /rest/api/3/issueLinkType':
        return answer(method, template, {
          issueLinkTypes: [
            { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
            { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
          ],
        });
      case 'POST /rest/api/3/issueLink':
        links.push(body);
        return new HttpResponse(null, { status: 201 });
      default:
        problems.push(`no answer for ${method} ${template}`);
        return HttpResponse.json({ errorMessages: ['not in this site'] }, { status: 404 });
    }
  });

  return {
    issues,
    comments,
    properties,
    created,
    links,
    problems,
    requests: () => requests,
    server: setupServer(handler),
  };
}

/** The quarter's ticket as Jira's REST API returns the issue (`IssueBean`) after `change`. */
export function jiraIssue(ticket: QuarterTicket, change: QuarterChange): JiraIssue {
  const resolved = change.to === 'resolved';
  return issueBean({
    key: `HELP-${ticket.n}`,
    fields: {
      created: jiraTime(ticket.createdAt),
      issuetype: { name: ticket.category },
      reporter: jiraCustomer({
        accountId: ticket.requester.id,
        emailAddress: ticket.requester.email,
        displayName: ticket.requester.name,
        timeZone: ticket.requester.timeZone,
        locale: REGION[ticket.requester.language] ?? 'en_US',
      }),
      assignee: { accountId: ticket.agentId, accountType: 'atlassian' },
      priority: { name: ticket.priority },
      components: [{ name: ticket.service }],
      resolution: resolved ? { name: change.resolution ?? 'Done' } : null,
      resolutiondate: resolved ? jiraTime(change.at) : null,
      status: jiraStatus(resolved ? 'done' : 'indeterminate'),
    },
  });
}

/**
 * The Forge app: its stores on Forge SQL (a private MariaDB), its handlers for the issue trigger, the dispatch
 * consumer, the one-click web trigger and the resolvers, and its Jira client calling a site behind msw.
 */
export async function forgePlatform(
  mariadb: MariaDb,
): Promise<LoopPlatform & { site: ReturnType<typeof jiraSite> }> {
  const db = await mariadb.database(`xl_loop_${Date.now()}`);
  await migrate(db);
  const site = jiraSite();
  site.server.listen({ onUnhandledRequest: 'error' });
  let now = 0;
  const jira = jiraClient((path, init) => fetch(`${JIRA_SITE}${path}`, init as RequestInit), {
    sleep: async () => {},
  });
  const ports = sqlPorts(db, {
    now: () => now,
    delivery: commentDelivery(jira, async () => ONE_CLICK),
    settings: SETTINGS,
  });
  let config: ForgeConfig = { ...DEFAULT_FORGE_CONFIG, csiProject: { key: 'CSI', issueType: 'Improvement' } };
  const resolver = resolverDefinitions(() => ports, jira, {
    serviceProjects: async () => [{ id: Number(HELP_PROJECT.id), key: HELP_PROJECT.key }],
    config: {
      read: async () => config,
      save: async (next) => {
        config = next;
      },
    },
  });
  // As the app's trigger reads them: as stored, whatever their age (the hourly sweep refreshes them on a site).
  const fields = cachedServiceDeskFields(jira, memoryFieldCache(), () => now, Number.POSITIVE_INFINITY);
  const seen = new Set<string>();
  const oneClick = (method: 'GET' | 'POST', token: string, body = '') =>
    handleOneClick(
      ports,
      {
        method,
        path: '/x1/one-click',
        headers: method === 'POST' ? { 'content-type': ['application/x-www-form-urlencoded'] } : {},
        queryParameters: method === 'GET' ? { token: [token] } : {},
        body,
      } as never,
      jira,
    );

  return {
    name: 'forge',
    site,
    ports,
    ticketId: (n) => `jira:HELP-${n}`,
    // Jira tickets also carry their service project, a dimension the other platforms have no value for.
    canonicalIds: (json) =>
      json.replace(/(?:jira:)?HELP-(\d+)/g, 'T$1').replace(/,"project":"HELP"|"project":"HELP",?/g, ''),
    async change(ticket, change) {
      now = change.at;
      site.issues.set(`HELP-${ticket.n}`, jiraIssue(ticket, change));
      await handleIssueEvent(
        ports,
        jira,
        jiraIssueEvent({
          issue: { key: `HELP-${ticket.n}` },
          changelog: {
            items: [
              { field: 'resolution', fieldId: 'resolution' },
              { field: 'status', fieldId: 'status' },
            ],
          },
          timestamp: change.at,
        }),
        { fields },
      );
    },
    async tick(at) {
      now = at;
      for (let more = true; more; )
        more = (await dispatchBatch(ports, { push: async () => undefined }, () => now)).more;
      const delivered: Delivered[] = [];
      for (const list of site.comments.values()) {
        for (const comment of list) {
          const id = comment.properties.find((p) => p.key === 'xloop.survey')?.value.id ?? '';
          if (seen.has(id)) continue;
          seen.add(id);
          const tokens = [
            ...JSON.stringify(comment.body).matchAll(/one-click\?token=([A-Za-z0-9._%-]+)/g),
          ].map((m) => decodeURIComponent(m[1] ?? ''));
          // The idempotency key is `<survey id>/<invitation | reminder>`.
          const slash = id.lastIndexOf('/');
          if (id.slice(slash + 1) === 'invitation')
            delivered.push({ surveyId: id.slice(0, slash), scoreTokens: tokens });
        }
      }
      return delivered;
    },
    async click(token) {
      return (await oneClick('GET', token)).statusCode;
    },
    async followUp(token, answer) {
      return (await oneClick('POST', '', followUpForm(token, answer).toString())).statusCode;
    },
    async call(person, name, payload) {
      // A panel's issue comes from the invocation context, as Forge gives it; the payload's is never read.
      const ticketId = (payload as { ticketId?: unknown } | undefined)?.ticketId;
      const key = typeof ticketId === 'string' ? ticketId.replace(/^jira:/, '') : undefined;
      const context = key
        ? { extension: { issue: { key, id: String(10000 + Number(key.split('-')[1])) } } }
        : {};
      const result = (await resolver(
        { call: { functionKey: name, payload }, context },
        { principal: { accountId: person.accountId } },
      )) as { value?: unknown; error?: { status: number } };
      return result.error ? { status: result.error.status } : { status: 200, value: result.value };
    },
    async close() {
      site.server.close();
    },
  };
}
