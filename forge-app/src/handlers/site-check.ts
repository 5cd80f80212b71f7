import { decideOnEvent, EMPTY_HISTORY, type Ports } from '@xloop/shared-core';
import {
  JIRA_ISSUE_FIELDS,
  type JiraIssue,
  jiraIssueTicket,
  type ServiceDeskFields,
} from '@xloop/shared-core/jira';
import type { ServiceProject } from '../jira/field-cache';
import type { JiraClient } from '../jira/jira-client';

/** One check of "Check this site": what was looked at, whether it holds, and what to do when it does not. */
export interface SiteCheck {
  readonly id: string;
  readonly status: 'pass' | 'fail' | 'manual';
  readonly detail: string;
  readonly fix?: string;
}

/** What the check reads: the site, the installation's stores and settings, and the admin who asked. */
export interface SiteCheckContext {
  readonly ports: Ports;
  readonly jira: JiraClient;
  readonly adminId: string;
  readonly fields: () => Promise<ServiceDeskFields>;
  readonly serviceProjects: () => Promise<readonly ServiceProject[]>;
  readonly webTriggerUrl: () => Promise<string>;
  /** Migration names applied, and the names the app has. */
  readonly migrations: () => Promise<{ applied: readonly string[]; expected: readonly string[] }>;
  /** Send the test invitation to the admin (only when they ask). */
  readonly sendTest?: boolean;
}

const failure = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);

async function check(id: string, run: () => Promise<Omit<SiteCheck, 'id'>>, fix: string): Promise<SiteCheck> {
  try {
    return { id, ...(await run()) };
  } catch (error) {
    return { id, status: 'fail', detail: failure(error), fix };
  }
}

/**
 * "Check this site" on the admin page: what holds on this Jira site right after `forge install`, each check with
 * pass or fail and what to fix. Nothing is written unless the admin asks for the test invitation, which goes to them
 * alone through Jira's notify API on the last resolved request.
 * @example await checkSite({ ports, jira, adminId, … }) // [{ id: 'scopes', status: 'pass', … }, …]
 */
export async function checkSite(context: SiteCheckContext): Promise<SiteCheck[]> {
  const { ports, jira } = context;
  const checks: SiteCheck[] = [];
  checks.push(
    await check(
      'scopes',
      async () => {
        await jira.get('/rest/api/3/field');
        await jira.get(`/rest/api/3/user/groups?accountId=${encodeURIComponent(context.adminId)}`);
        return {
          status: 'pass',
          detail:
            'read:jira-work and read:jira-user answer; write:jira-work is tried by the test invitation, storage:app by the checks below.',
        };
      },
      'Approve the app’s scopes again: forge install --upgrade, or Manage apps › XLoop › Update.',
    ),
  );
  let projects: readonly ServiceProject[] = [];
  let jsm: ServiceDeskFields = {};
  checks.push(
    await check(
      'service-projects',
      async () => {
        projects = await context.serviceProjects();
        jsm = await context.fields();
        if (projects.length === 0)
          return {
            status: 'fail',
            detail: 'No service project found.',
            fix: 'Create a service project in JSM.',
          };
        if (!jsm.requestType)
          return {
            status: 'fail',
            detail: `${projects.length} service projects, but no "Customer Request Type" field.`,
            fix: 'Check that Jira Service Management is installed on the site.',
          };
        return {
          status: 'pass',
          detail: `${projects.length} service projects (${projects
            .slice(0, 10)
            .map((p) => p.key)
            .join(', ')}); request types in ${jsm.requestType}.`,
        };
      },
      'Check that Jira Service Management is installed and the app may read projects.',
    ),
  );
  checks.push({
    id: 'jsm-csat',
    status: 'manual',
    detail: 'No Jira REST operation tells whether JSM’s own customer satisfaction survey is on.',
    fix: 'In each surveyed service project: Project settings › Customer satisfaction › off, so requesters get one survey.',
  });
  checks.push(
    await check(
      'web-trigger',
      async () => ({ status: 'pass', detail: `One-click links go to ${await context.webTriggerUrl()}.` }),
      'Deploy the app again (forge deploy): the one-click web trigger has no URL.',
    ),
  );
  checks.push(
    await check(
      'storage',
      async () => {
        const { applied, expected } = await context.migrations();
        const missing = expected.filter((name) => !applied.includes(name));
        const keyring = await ports.settings.keyring();
        if (missing.length > 0)
          return {
            status: 'fail',
            detail: `Migrations not applied: ${missing.join(', ')}.`,
            fix: 'Wait for the hourly check, or upgrade the app to run them now.',
          };
        return {
          status: 'pass',
          detail: `${applied.length} SQL migrations applied; token keyring in place (${Object.keys(keyring.keys).length} key).`,
        };
      },
      'Forge SQL or KVS is not reachable: check storage:app and the app’s installation.',
    ),
  );
  let last: JiraIssue | undefined;
  checks.push(
    await check(
      'trigger',
      async () => {
        const fields = [...JIRA_ISSUE_FIELDS, 'project', ...Object.values(jsm)].join(',');
        const jql = 'projectType = "service_desk" AND resolutiondate >= "-30d" ORDER BY resolutiondate DESC';
        const found = await jira.get<{ issues?: JiraIssue[] }>(
          `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&maxResults=1&fields=${encodeURIComponent(fields)}`,
        );
        last = found.issues?.[0];
        if (!last)
          return {
            status: 'manual',
            detail: 'No request resolved in the last 30 days to look for.',
            fix: 'Resolve a test request, then check again.',
          };
        const ticketId = `jira:${last.key}`;
        const surveys = await ports.surveys.forTicket(ticketId);
        const resolvedAt = Date.parse(String(last.fields.resolutiondate ?? ''));
        if (surveys.length > 0)
          return {
            status: 'pass',
            detail: `${last.key}, resolved lately, reached XLoop (${surveys.length} survey).`,
          };
        if (Number.isFinite(resolvedAt) && ports.clock.now() - resolvedAt < 2 * 3_600_000)
          return {
            status: 'manual',
            detail: `${last.key} was resolved less than two hours ago and has no decision yet.`,
            fix: 'Wait for the hourly sweep, then check again.',
          };
        return {
          status: 'fail',
          detail: `${last.key} was resolved but XLoop has no decision for it: its event did not arrive.`,
          fix: 'Check the app’s logs in the developer console; the trigger’s filter may reject this project.',
        };
      },
      'The app cannot search Jira: check read:jira-work.',
    ),
  );
  checks.push(
    await check(
      'dry-run',
      async () => {
        if (!last) return { status: 'manual', detail: 'No resolved request to decide on.' };
        const ticket = jiraIssueTicket(last, jsm);
        if (!ticket || ticket.resolvedAt === undefined)
          return {
            status: 'fail',
            detail: `${last.key} is not a ticket XLoop can read.`,
            fix: 'Check its reporter.',
          };
        const settings = await ports.settings.settings();
        const decisions = decideOnEvent({ type: 'resolved', at: ticket.resolvedAt, ticket }, EMPTY_HISTORY, {
          policy: settings.policy,
          zoned: ports.zoned,
          now: ports.clock.now(),
        });
        const said = decisions
          .map((d) => `${d.kind}: ${d.reasons.map((r) => r.message).join('; ')}`)
          .join(' / ');
        return { status: 'pass', detail: `${last.key} as if new: ${said || 'no decision'}.` };
      },
      'The settings cannot be read.',
    ),
  );
  if (context.sendTest)
    checks.push(
      await check(
        'test-invitation',
        async () => {
          if (!last) return { status: 'manual', detail: 'No request to send the test from.' };
          await jira.send('POST', `/rest/api/3/issue/${encodeURIComponent(last.key ?? '')}/notify`, {
            subject: `XLoop test invitation (${last.key})`,
            textBody: `This is how XLoop reaches requesters. One-click links answer at ${await context.webTriggerUrl()}.`,
            to: { users: [{ accountId: context.adminId }] },
          });
          return { status: 'pass', detail: `Sent to you alone, about ${last.key}: look in your inbox.` };
        },
        'Jira refused the notification: check write:jira-work and that outgoing mail is on.',
      ),
    );
  return checks;
}
