// Jira's data as its REST API and Forge's issue events deliver it, for tests: each builder answers a valid default
// (a resolved JSM request on a Cloud site) and takes overrides. A field overridden with `undefined` is left out.
import type { JiraIssueWithChangelog } from '../mapping/jira-changelog';
import type { JiraIssue } from '../mapping/jira-issue';
import type { JiraChangeItem, JiraStatus } from '../mapping/jira-resolution';
import type { JiraUser } from '../mapping/jira-user';

type Fields = JiraIssue['fields'];
type History = NonNullable<NonNullable<JiraIssueWithChangelog['changelog']>['histories']>[number];

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** JSM's own fields as the builders file them: their ids differ between sites (`GET /rest/api/3/field`). */
export const JSM_FIELD_IDS = {
  requestType: 'customfield_10010',
  organizations: 'customfield_10002',
} as const;

/** The service project the builders' requests are in (`fields.project`). */
export const JIRA_SERVICE_PROJECT = { id: '10000', key: 'HELP', projectTypeKey: 'service_desk' } as const;

/**
 * A customer on a Cloud site, as `fields.reporter` (`UserDetails`) gives them.
 * @example jiraCustomer({ accountId: 'customer-2', locale: 'fi_FI' })
 */
export function jiraCustomer(overrides: Partial<JiraUser> = {}): JiraUser {
  return defined({
    accountId: 'customer-1',
    accountType: 'customer',
    displayName: 'Anna',
    timeZone: 'Europe/Helsinki',
    ...overrides,
  });
}

/** A Data Center or Server user, named by key, name and e-mail address (no `accountId`). */
export function jiraServerUser(overrides: Partial<JiraUser> = {}): JiraUser {
  return defined({
    key: 'JIRAUSER10100',
    name: 'anna',
    emailAddress: 'anna@example.com',
    displayName: 'Anna',
    ...overrides,
  });
}

const CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress' },
  done: { id: 3, key: 'done', name: 'Done' },
} as const;

/**
 * A status (`StatusDetails`) in one of Jira's three status categories.
 * @example jiraStatus('indeterminate') // { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate', … } }
 */
export function jiraStatus(
  category: keyof typeof CATEGORIES = 'done',
  overrides: Partial<JiraStatus> = {},
): JiraStatus {
  const ids = { new: '1', indeterminate: '3', done: '10002' };
  return defined({
    id: ids[category],
    name: CATEGORIES[category].name,
    statusCategory: { ...CATEGORIES[category] },
    ...overrides,
  });
}

/**
 * An issue as `GET /rest/api/3/issue/{key}` and `GET /rest/api/3/search/jql` return it (`IssueBean`): by default a
 * JSM request of the service project, reported by a Cloud customer, resolved Done two hours after it was opened.
 * `fields` are laid over the default fields one by one; `changelog` is the `expand=changelog` part.
 * @example jiraIssue({ key: 'HELP-2', fields: { resolution: null, resolutiondate: null, status: jiraStatus('new') } })
 */
export function jiraIssue(
  overrides: {
    readonly id?: string;
    readonly key?: string;
    readonly self?: string;
    readonly fields?: Partial<Fields>;
    readonly changelog?: JiraIssueWithChangelog['changelog'];
  } = {},
): JiraIssueWithChangelog {
  const key = overrides.key ?? 'HELP-1';
  const { fields, ...rest } = overrides;
  return defined({
    id: String(10_000 + Number(key.split('-')[1] ?? 0)),
    key,
    ...rest,
    fields: defined({
      created: '2026-11-02T07:30:00.000+0200',
      issuetype: { name: 'IT Help' },
      reporter: jiraCustomer(),
      assignee: { accountId: 'agent-1', accountType: 'atlassian' },
      priority: { name: 'Medium' },
      components: [{ name: 'VPN' }],
      resolution: { name: 'Done' },
      resolutiondate: '2026-11-02T09:00:00.000+0200',
      status: jiraStatus('done'),
      project: { ...JIRA_SERVICE_PROJECT },
      [JSM_FIELD_IDS.requestType]: { requestType: { name: 'Get IT help' } },
      ...fields,
    } as Fields),
  });
}

/**
 * One change of an issue's changelog (`Changelog`): when, and its items.
 * @example jiraHistory('2026-11-02T09:00:00.000+0200', jiraResolutionItem('Done'))
 */
export function jiraHistory(created: string, ...items: JiraChangeItem[]): History {
  return { created, items };
}

/** A changelog item setting the resolution (`to` its id), or clearing it when `name` is null. */
export function jiraResolutionItem(name: string | null = 'Done', id = '1'): JiraChangeItem {
  return name === null
    ? { field: 'resolution', fieldId: 'resolution', to: null, toString: null }
    : { field: 'resolution', fieldId: 'resolution', to: id, toString: name };
}

/** The changelog part of an issue (`PageOfChangelogs`) with these histories, all on one page. */
export function jiraChangelog(...histories: History[]): NonNullable<JiraIssueWithChangelog['changelog']> {
  return { startAt: 0, maxResults: histories.length, total: histories.length, histories } as NonNullable<
    JiraIssueWithChangelog['changelog']
  >;
}

/**
 * JSM's fields as `GET /rest/api/3/field` lists them (`FieldDetails`): the request type and the organisations, found
 * by their custom types.
 */
export function jiraServiceDeskFieldDetails() {
  return [
    {
      id: JSM_FIELD_IDS.requestType,
      name: 'Customer Request Type',
      custom: true,
      schema: { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin' },
    },
    {
      id: JSM_FIELD_IDS.organizations,
      name: 'Organizations',
      custom: true,
      schema: {
        type: 'array',
        items: 'sd-customerorganization',
        custom: 'com.atlassian.servicedesk:sd-customer-organizations',
      },
    },
  ];
}

/**
 * The payload of Forge's `avi:jira:updated:issue` trigger: the issue with its project, and the changelog's items
 * (by default, the resolution set; an entry id only if given). Other top-level keys (`timestamp`, `associatedStatuses`, …) pass through.
 * @example jiraIssueEvent({ issue: { key: 'HELP-7' }, timestamp: Date.now() })
 */
export function jiraIssueEvent(
  overrides: {
    readonly eventType?: string;
    readonly issue?: {
      readonly id?: string;
      readonly key?: string;
      readonly fields?: Record<string, unknown>;
    };
    readonly changelog?: { readonly id?: string; readonly items?: readonly JiraChangeItem[] };
    readonly [other: string]: unknown;
  } = {},
) {
  const { eventType, issue, changelog, ...rest } = overrides;
  const key = issue?.key ?? 'HELP-1';
  return {
    eventType: eventType ?? 'avi:jira:updated:issue',
    issue: {
      id: issue?.id ?? String(10_000 + Number(key.split('-')[1] ?? 0)),
      key,
      fields: issue?.fields ?? { project: { ...JIRA_SERVICE_PROJECT } },
    },
    changelog: {
      // The changelog entry's id only where a test gives one: with it, the app may ask Jira when the change was made.
      ...(changelog?.id !== undefined ? { id: changelog.id } : {}),
      items: changelog?.items ?? [{ field: 'resolution', fieldId: 'resolution' }],
    },
    ...rest,
  };
}
