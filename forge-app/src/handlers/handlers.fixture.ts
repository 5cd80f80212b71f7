import type { Ticket } from '@xloop/shared-core';
import { DAY } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { type JiraRequest, jiraClient } from '../jira/jira-client';

// What the dispatch, one-click and resolver tests share: a Monday morning, an empty site, a resolved ticket, a Jira.

export const MONDAY = Date.UTC(2026, 10, 2, 8);

/** The core's in-memory ports on Monday morning. */
export const fresh = () => memoryPorts({ now: MONDAY, zoned: dateFnsZonedTime, crypto: nodeCrypto });

/** An incident of the VPN service, resolved on Monday morning for requester acc-1. */
export const ticket = (id: string): Ticket => ({
  id: `jira:${id}`,
  kind: 'incident',
  requester: { id: 'acc-1', locale: 'en' },
  agentId: 'agent-1',
  status: 'resolved',
  segment: { service: 'VPN' },
  createdAt: MONDAY - DAY,
  resolvedAt: MONDAY,
});

/**
 * A Jira that answers from a table of paths, as the Forge runtime would through requestJira; a function answers from
 * the request's body.
 */
export const jira = (routes: Record<string, unknown>) => {
  const request: JiraRequest = async (path, init) => {
    const key = Object.keys(routes).find((prefix) => path.startsWith(prefix));
    const route = key === undefined ? undefined : routes[key];
    const body = typeof route === 'function' ? route(JSON.parse(init?.body ?? '{}')) : route;
    return {
      ok: body !== undefined,
      status: body === undefined ? 404 : 200,
      headers: { get: () => null },
      json: async () => body,
      text: async () => JSON.stringify(body ?? {}),
    };
  };
  return jiraClient(request, { sleep: async () => {} });
};
