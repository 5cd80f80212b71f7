import { dispatchDue, MINUTE } from '@xloop/shared-core';
import type { JiraIssue, JiraStatus } from '@xloop/shared-core/jira';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import {
  JIRA_SERVICE_PROJECT,
  JSM_FIELD_IDS,
  jiraCustomer,
  jiraIssue,
  jiraIssueEvent,
  jiraServerUser,
  jiraServiceDeskFieldDetails,
  jiraStatus,
  memoryPorts,
} from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { jiraStub } from '../../test/jira-stub';
import { cachedServiceDeskFields, memoryFieldCache } from '../jira/field-cache';
import { JiraError } from '../jira/jira-client';
import { EVENT_RETRIES, eventRetry, handleIssueEvent, unwantedIssueEvent } from './issue-events';

const MONDAY = Date.UTC(2026, 10, 2, 8);
const REQUEST_TYPE = JSM_FIELD_IDS.requestType;

const HELP = JIRA_SERVICE_PROJECT;
const DEV = { id: '10001', key: 'DEV', projectTypeKey: 'software' };

/**
 * An issue as `GET /rest/api/3/issue/{key}` answers it, resolved on Monday; `project` and `requestType` vary per
 * case, and `fields` are laid over the rest.
 */
function issue(
  key: string,
  project: { id: string; key: string; projectTypeKey: string },
  requestType?: string,
  fields: Partial<JiraIssue['fields']> = {},
): JiraIssue {
  return jiraIssue({
    key,
    fields: {
      created: '2026-11-01T08:00:00.000+0000',
      issuetype: { name: 'Incident' },
      reporter: jiraCustomer({ timeZone: 'UTC' }),
      resolutiondate: '2026-11-02T07:30:00.000+0000',
      project,
      [REQUEST_TYPE]: requestType ? { requestType: { name: requestType } } : undefined,
      ...fields,
    },
  });
}

function site(issues: JiraIssue[]) {
  return jiraStub((call) => {
    if (call.template === '/rest/api/3/field') return { status: 200, body: jiraServiceDeskFieldDetails() };
    if (call.template === '/rest/api/3/issue/{issueIdOrKey}') {
      const found = issues.find((i) => call.path.startsWith(`/rest/api/3/issue/${i.key}?`));
      return found ? { status: 200, body: found } : undefined;
    }
    return undefined;
  });
}

const fresh = () => memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });
const resolution = (
  key: string,
  project: { key: string; projectTypeKey: string } = HELP,
  extra: object = {},
) => jiraIssueEvent({ issue: { key, fields: { project } }, changelog: { id: '5001' }, ...extra });

describe('the issue trigger surveys customer requests only', () => {
  it('schedules a resolved request of a service project, reading JSM’s field ids once a day', async () => {
    const jira = site([issue('HELP-1', HELP, 'Get IT help'), issue('HELP-2', HELP, 'Get IT help')]);
    const ports = fresh();
    const options = {
      fields: cachedServiceDeskFields(jira.client, memoryFieldCache(), () => ports.clock.now()),
    };
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-1'), options)).toEqual({
      decisions: ['schedule'],
    });
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-2'), options)).toEqual({
      decisions: ['schedule'],
    });
    expect(jira.calls.map((c) => c.template)).toEqual([
      '/rest/api/3/field',
      '/rest/api/3/issue/{issueIdOrKey}',
      '/rest/api/3/issue/{issueIdOrKey}',
    ]);
    expect(jira.calls[1]?.query.get('fields')).toContain(REQUEST_TYPE);
    expect(jira.problems).toEqual([]);
  });

  it('makes no Jira call for a Jira Software issue, an update of neither status nor resolution, or a project not chosen', async () => {
    const jira = site([issue('DEV-1', DEV)]);
    const ports = fresh();
    const options = {
      fields: cachedServiceDeskFields(jira.client, memoryFieldCache()),
      serviceProjects: async () => ['HELP'],
    };
    expect(await handleIssueEvent(ports, jira.client, resolution('DEV-1', DEV), options)).toEqual({
      ignored: 'not a service project',
    });
    const summary = {
      ...resolution('HELP-1'),
      changelog: { items: [{ field: 'summary', fieldId: 'summary' }] },
    };
    expect(await handleIssueEvent(ports, jira.client, summary, options)).toEqual({
      ignored: 'neither status nor resolution changed',
    });
    expect(
      await handleIssueEvent(
        ports,
        jira.client,
        resolution('OTHER-1', { key: 'OTHER', projectTypeKey: 'service_desk' }),
        options,
      ),
    ).toEqual({ ignored: 'project OTHER is not surveyed' });
    expect(jira.calls).toEqual([]);
    expect(await ports.surveys.forTicket('jira:DEV-1')).toEqual([]);
  });

  it('reads the issue when the event says too little, and still surveys only a service request with a request type', async () => {
    const jira = site([issue('DEV-2', DEV), issue('HELP-3', HELP)]);
    const ports = fresh();
    const options = { fields: cachedServiceDeskFields(jira.client, memoryFieldCache()) };
    const bare = (key: string) => ({
      eventType: 'avi:jira:updated:issue',
      issue: { key },
      timestamp: MONDAY,
    });
    expect(await handleIssueEvent(ports, jira.client, bare('DEV-2'), options)).toEqual({
      ignored: 'not a service project',
    });
    expect(await handleIssueEvent(ports, jira.client, bare('HELP-3'), options)).toEqual({
      ignored: 'no request type: not a customer request',
    });
    expect(await ports.surveys.forTicket('jira:HELP-3')).toEqual([]);
  });

  it('reads no issue when the event’s own request-type field says it has none', async () => {
    const jira = site([issue('HELP-5', HELP)]);
    const ports = fresh();
    const fields = cachedServiceDeskFields(jira.client, memoryFieldCache());
    await fields();
    const before = jira.calls.length;
    const withoutType = resolution('HELP-5', HELP);
    const event = {
      ...withoutType,
      issue: { ...withoutType.issue, fields: { project: HELP, [REQUEST_TYPE]: null } },
    };
    expect(await handleIssueEvent(ports, jira.client, event, { fields })).toEqual({
      ignored: 'no request type: not a customer request',
    });
    expect(jira.calls.length).toBe(before);
  });

  it('decides nothing when the same event is delivered again, and ignores an event without an issue', async () => {
    const jira = site([issue('HELP-6', HELP, 'Get IT help')]);
    const ports = fresh();
    const options = { fields: cachedServiceDeskFields(jira.client, memoryFieldCache()) };
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-6'), options)).toEqual({
      decisions: ['schedule'],
    });
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-6'), options)).toEqual({
      decisions: [],
    });
    expect(await ports.surveys.forTicket('jira:HELP-6')).toHaveLength(1);
    expect(
      await handleIssueEvent(ports, jira.client, { eventType: 'avi:jira:updated:issue' }, options),
    ).toEqual({
      ignored: 'no issue in the event',
    });
  });

  it('dates a resolution by Jira’s resolution date, never by the clock or the delivery', async () => {
    const jira = site([issue('HELP-4', HELP, 'Get IT help')]);
    const ports = fresh();
    ports.clock.advance(90 * MINUTE);
    const options = { fields: cachedServiceDeskFields(jira.client, memoryFieldCache()) };
    await handleIssueEvent(
      ports,
      jira.client,
      resolution('HELP-4', HELP, { timestamp: MONDAY + 80 * MINUTE }),
      options,
    );
    const [survey] = await ports.surveys.forTicket('jira:HELP-4');
    expect(survey?.resolvedAt).toBe(Date.parse('2026-11-02T07:30:00.000Z'));
  });
});

describe('a reply to the survey e-mail', () => {
  it('is not a reopening, whatever automation moves the request back, and the next resolution is the same one', async () => {
    const ports = fresh();
    const done = issue('HELP-5', HELP, 'Get IT help');
    let now: JiraIssue = done;
    const comments: unknown[] = [];
    const jira = jiraStub((call) => {
      if (call.template === '/rest/api/3/issue/{issueIdOrKey}') return { status: 200, body: now };
      if (call.template === '/rest/api/3/issue/{issueIdOrKey}/comment')
        return { status: 200, body: { startAt: 0, maxResults: 20, total: comments.length, comments } };
      return undefined;
    });
    const kept = new Map<string, number>();
    const replies = {
      kept: async (id: string) => kept.get(id),
      keep: async (id: string, at: number) => void kept.set(id, at),
      forget: async (id: string) => void kept.delete(id),
    };
    const options = { fields: async () => ({ requestType: REQUEST_TYPE }), replies };
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-5'), options)).toEqual({
      decisions: ['schedule'],
    });
    ports.clock.advance(2 * 60 * MINUTE);
    await dispatchDue(ports, { limit: 10 });
    const [sent] = await ports.surveys.forTicket('jira:HELP-5');
    expect(sent?.state).toBe('sent');

    // The requester answers the e-mail: Jira adds their comment after XLoop's, and automation reopens the request.
    comments.push(
      {
        id: '2',
        created: '2026-11-02T10:05:00.000+0000',
        author: { accountId: 'customer-1' },
        properties: [],
      },
      {
        id: '1',
        created: '2026-11-02T09:00:00.000+0000',
        author: { accountId: 'app' },
        properties: [{ key: 'xloop.survey', value: { id: `${sent?.id}/invitation` } }],
      },
    );
    now = issue('HELP-5', HELP, 'Get IT help', {
      resolution: null,
      resolutiondate: null,
      statuscategorychangedate: '2026-11-02T10:06:00.000+0000',
      status: jiraStatus('indeterminate'),
    });
    const reopened = {
      ...resolution('HELP-5'),
      changelog: {
        items: [
          {
            field: 'resolution',
            fieldId: 'resolution',
            from: '10000',
            fromString: 'Done',
            to: null,
            toString: null,
          },
        ],
      },
    };
    expect(await handleIssueEvent(ports, jira.client, reopened, options)).toEqual({
      ignored: 'the requester answered the survey e-mail: not a reopening',
    });
    // The agent resolves it again: the same resolution, decided already. Still one survey, still sent.
    now = issue('HELP-5', HELP, 'Get IT help', { resolutiondate: '2026-11-02T11:00:00.000+0000' });
    expect(await handleIssueEvent(ports, jira.client, resolution('HELP-5'), options)).toEqual({
      decisions: [],
    });
    expect((await ports.surveys.forTicket('jira:HELP-5')).map((s) => s.state)).toEqual(['sent']);
    expect(jira.problems).toEqual([]);
  });
});

describe('an event time', () => {
  it('comes from the event’s changelog entry when the issue’s dates do not tell, never from the clock', async () => {
    const reopened = issue('HELP-6', HELP, 'Get IT help', {
      resolution: null,
      resolutiondate: null,
      status: jiraStatus('new'),
    });
    const jira = jiraStub((call) => {
      if (call.template === '/rest/api/3/issue/{issueIdOrKey}') return { status: 200, body: reopened };
      if (call.template === '/rest/api/3/issue/{issueIdOrKey}/changelog/list')
        return {
          status: 200,
          body: {
            maxResults: 1,
            startAt: 0,
            total: 1,
            histories: [{ id: '5001', created: '2026-11-02T07:45:00.000+0000', items: [] }],
          },
        };
      return undefined;
    });
    const ports = fresh();
    const options = { fields: async () => ({ requestType: REQUEST_TYPE }) };
    const event = {
      ...resolution('HELP-6'),
      changelog: { id: '5001', items: [{ field: 'resolution', fieldId: 'resolution' }] },
    };
    await handleIssueEvent(ports, jira.client, event, options);
    const asked = jira.calls.find((c) => c.template === '/rest/api/3/issue/{issueIdOrKey}/changelog/list');
    expect(asked?.body).toEqual({ changelogIds: [5001] });
    expect(jira.problems).toEqual([]);
    // Without a changelog entry or a date on the issue, nothing is decided.
    const bare = { eventType: 'avi:jira:updated:issue', issue: { key: 'HELP-6' } };
    expect(await handleIssueEvent(ports, jira.client, bare, options)).toEqual({
      ignored: 'Jira records no time for this change',
    });
  });
});

describe('a failed issue event', () => {
  it('comes back through Forge’s retry only when the failure may pass, and not forever', () => {
    expect(eventRetry(new JiraError(429, 'rate limited', 30_000), 0)).toEqual({
      afterSeconds: 30,
      reason: 'upstream-rate-limited',
    });
    expect(eventRetry(new JiraError(503, 'down'), 1)).toEqual({ afterSeconds: 120, reason: 'retry' });
    expect(eventRetry(new Error('socket hang up'), 0)).toEqual({ afterSeconds: 60, reason: 'retry' });
    expect(eventRetry(new JiraError(404, 'gone'), 0)).toBeUndefined();
    expect(eventRetry(new JiraError(429, 'rate limited'), EVENT_RETRIES)).toBeUndefined();
  });

  it('the filter in code agrees with the manifest’s: only status and resolution changes matter', () => {
    expect(unwantedIssueEvent({ changelog: { items: [{ fieldId: 'status' }] } })).toBeUndefined();
    expect(unwantedIssueEvent({ changelog: { items: [{ field: 'resolution' }] } })).toBeUndefined();
    expect(unwantedIssueEvent({ changelog: { items: [{ fieldId: 'assignee' }] } })).toBe(
      'neither status nor resolution changed',
    );
  });
});

describe('the issue trigger on a workflow without a resolution', () => {
  it('surveys a request moved into Done without one, and cancels the invitation when it moves back out in the grace period', async () => {
    const done = jiraStatus('done');
    const inProgress = jiraStatus('indeterminate');
    const now = (status: JiraStatus, changed: string) =>
      issue('HELP-9', HELP, 'Get IT help', {
        reporter: jiraServerUser({ timeZone: 'UTC' }),
        resolution: null,
        resolutiondate: null,
        status,
        statuscategorychangedate: changed,
      });
    const move = (from: JiraStatus, to: JiraStatus, at: number) =>
      jiraIssueEvent({
        issue: { key: 'HELP-9', fields: { project: HELP } },
        changelog: {
          id: String(at),
          items: [
            {
              field: 'status',
              fieldId: 'status',
              from: from.id,
              fromString: from.name,
              to: to.id,
              toString: to.name,
            },
          ],
        },
        associatedStatuses: [from, to],
        timestamp: at,
      });
    const ports = fresh();
    const intoDone = site([now(done, '2026-11-02T08:00:00.000+0000')]);
    const options = { fields: cachedServiceDeskFields(intoDone.client, memoryFieldCache()) };
    expect(await handleIssueEvent(ports, intoDone.client, move(inProgress, done, MONDAY), options)).toEqual({
      decisions: ['schedule'],
    });
    const [survey] = await ports.surveys.forTicket('jira:HELP-9');
    expect(survey).toMatchObject({ resolvedAt: MONDAY, requester: { id: 'jira:key:JIRAUSER10100' } });
    ports.clock.advance(20 * MINUTE);
    const back = site([now(inProgress, '2026-11-02T08:20:00.000+0000')]);
    expect(
      await handleIssueEvent(ports, back.client, move(done, inProgress, MONDAY + 20 * MINUTE), {
        fields: cachedServiceDeskFields(back.client, memoryFieldCache()),
      }),
    ).toEqual({ decisions: ['cancel'] });
    expect([...intoDone.problems, ...back.problems]).toEqual([]);
  });
});
