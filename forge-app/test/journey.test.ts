import { rollupFor } from '@xloop/shared-core';
import {
  JSM_FIELD_IDS,
  jiraCustomer,
  jiraIssue,
  jiraServiceDeskFieldDetails,
} from '@xloop/shared-core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchBatch } from '../src/handlers/dispatch';
import { handleIssueEvent } from '../src/handlers/issue-events';
import { handleOneClick } from '../src/handlers/one-click';
import { resolverDefinitions } from '../src/handlers/resolver';
import { commentDelivery } from '../src/jira/comment-delivery';
import { cachedServiceDeskFields, memoryFieldCache } from '../src/jira/field-cache';
import { type JiraRequest, jiraClient } from '../src/jira/jira-client';
import { migrate } from '../src/storage/schema';
import { jsmAgent, permissionsCheck } from './jira-permissions';
import { type MariaDb, startMariaDb } from './mariadb';
import { sqlPorts } from './sql-ports';

let server: MariaDb;
beforeAll(async () => {
  server = await startMariaDb();
});
afterAll(async () => {
  await server?.stop();
});

// Monday 2026-11-02, 09:00 in Helsinki.
let now = Date.UTC(2026, 10, 2, 7);

/** A Jira site in memory that answers the adapter's calls the way the REST API documents them. */
function jiraSite() {
  const comments: { body: unknown; properties: { key: string; value: unknown }[] }[] = [];
  const properties = new Map<string, unknown>();
  const issue = jiraIssue({
    key: 'HELP-42',
    fields: {
      reporter: jiraCustomer({ locale: 'fi_FI' }),
      [JSM_FIELD_IDS.organizations]: [{ id: 1, name: 'Acme Oy' }],
    },
  });
  const ok = (body: unknown, status = 200) => ({
    ok: true,
    status,
    headers: { get: () => null },
    json: async () => body,
    text: async () => JSON.stringify(body),
  });
  const request: JiraRequest = async (path, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET' && path.startsWith('/rest/api/3/issue/HELP-42/comment'))
      return ok({ startAt: 0, maxResults: 100, total: comments.length, comments });
    if (method === 'POST' && path === '/rest/api/3/issue/HELP-42/comment') {
      comments.push(JSON.parse(init?.body ?? '{}'));
      return ok({ id: String(comments.length) }, 201);
    }
    if (method === 'GET' && path.startsWith('/rest/api/3/issue/HELP-42')) return ok(issue);
    if (method === 'GET' && path === '/rest/api/3/field') return ok(jiraServiceDeskFieldDetails());
    if (method === 'PUT' && path.startsWith('/rest/api/3/issue/HELP-42/properties/')) {
      properties.set(path.split('/').pop() ?? '', JSON.parse(init?.body ?? '{}'));
      return ok({}, 200);
    }
    if (method === 'POST' && path === '/rest/api/3/permissions/check')
      return ok(permissionsCheck([jsmAgent('agent-1', [10000], [10042])], JSON.parse(init?.body ?? '{}')));
    if (path.startsWith('/rest/api/3/user/groups')) return ok([]);
    return { ...ok({ errorMessages: ['not found'] }, 404), ok: false };
  };
  return { comments, properties, client: jiraClient(request, { sleep: async () => {} }) };
}

describe('a JSM request from resolution to rollup, through the Forge handlers on Forge SQL', () => {
  it('surveys the customer by comment, takes the one-click answer, counts it and marks the issue', async () => {
    const db = await server.database('xl_journey');
    await migrate(db);
    const site = jiraSite();
    const ports = sqlPorts(db, {
      now: () => now,
      delivery: commentDelivery(site.client, async () => 'https://app.example/x1/one-click'),
    });
    const { rollups } = ports;

    // The issue is resolved: Jira sends the update event (twice, as it may).
    const event = {
      eventType: 'avi:jira:updated:issue',
      issue: { id: '10042', key: 'HELP-42' },
      changelog: { id: '20001', items: [{ field: 'resolution', fieldId: 'resolution' }] },
      timestamp: now,
    };
    const options = { fields: cachedServiceDeskFields(site.client, memoryFieldCache(), () => now) };
    expect(await handleIssueEvent(ports, site.client, event, options)).toEqual({ decisions: ['schedule'] });
    expect(await handleIssueEvent(ports, site.client, event, options)).toEqual({ decisions: [] });

    // An hour later the scheduled trigger's queue run sends it, once, as a public comment in Finnish.
    now += 60 * 60_000;
    await dispatchBatch(ports, { push: async () => undefined });
    await dispatchBatch(ports, { push: async () => undefined });
    expect(site.comments).toHaveLength(1);
    const comment = JSON.stringify(site.comments[0]);
    expect(comment).toContain('Miten onnistuimme tiketissä HELP-42?');
    const tokens = [...comment.matchAll(/one-click\?token=([A-Za-z0-9._%-]+)/g)].map((m) =>
      decodeURIComponent(m[1] ?? ''),
    );
    expect(tokens).toHaveLength(11);

    // The customer clicks 4 in the e-mail, then answers the follow-up.
    now += 30 * 60_000;
    const base = { path: '/x1/one-click', headers: {}, queryParameters: {}, body: '' };
    const clicked = await handleOneClick(
      ports,
      { ...base, method: 'GET', queryParameters: { token: [tokens[4] ?? ''] } },
      site.client,
    );
    expect(clicked.statusCode).toBe(200);
    const form = new URLSearchParams({
      token: tokens[4] ?? '',
      score: '4',
      factors: 'slow',
      lostTime: '1-4-hours',
      comment: 'VPN dropped again',
    });
    expect(
      (await handleOneClick(ports, { ...base, method: 'POST', body: form.toString() }, site.client))
        .statusCode,
    ).toBe(200);

    // Counted once, on the resolution day, for the organisation and the service.
    const range = { from: '2026-11-02', to: '2026-11-02' };
    const entries = await rollups.read(range);
    expect(rollupFor(entries, range)).toMatchObject({
      resolved: 1,
      sent: 1,
      answered: 1,
      lostTimeMinutes: 150,
      factors: { slow: 1 },
    });
    expect(rollupFor(entries, range, { service: 'VPN' }).histogram[4]).toBe(1);
    expect(rollupFor(entries, range, { customer: 'Acme Oy' }).answered).toBe(1);
    // The issue carries the score for agents and JQL (experienceScore <= 6).
    expect(site.properties.get('xloop-experience')).toMatchObject({ score: 4, state: 'answered' });

    // The agent sees it on the ticket through the resolver the issue panel calls.
    const resolver = resolverDefinitions(() => ports, site.client, {
      serviceProjects: async () => [{ id: 10000, key: 'HELP' }],
    });
    const view = (await resolver(
      {
        call: { functionKey: 'getTicketExperience', payload: {} },
        context: { extension: { issue: { id: '10042', key: 'HELP-42' } } },
      },
      {
        principal: { accountId: 'agent-1' },
      },
    )) as { value: { responses: { score: number; comment: string }[] } };
    expect(view.value.responses).toMatchObject([{ score: 4, comment: 'VPN dropped again' }]);
  });
});
