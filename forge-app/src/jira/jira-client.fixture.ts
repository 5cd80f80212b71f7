import type { OutgoingSurvey } from '@xloop/shared-core';
import { type JiraRequest, type JiraResponse, jiraClient } from './jira-client';

// What the Jira client's tests and the deliveries' tests share: Jira's answers, a recorded Jira, an invitation.

/** A Jira response with `status`, a JSON `body` and `headers`. */
export const response = (
  status: number,
  body: unknown = {},
  headers: Record<string, string> = {},
): JiraResponse => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  json: async () => body,
  text: async () => JSON.stringify(body),
});

/** A Jira answering through `answers`, recording every call and every wait the client takes. */
export function fakeJira(
  answers: (path: string, init?: { method?: string; body?: string }) => JiraResponse | Promise<JiraResponse>,
) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  const request: JiraRequest = async (path, init) => {
    calls.push({
      method: init?.method ?? 'GET',
      path,
      ...(init?.body ? { body: JSON.parse(init.body) } : {}),
    });
    return answers(path, init);
  };
  const waits: number[] = [];
  return { calls, waits, client: jiraClient(request, { sleep: async (ms) => void waits.push(ms) }) };
}

/** An invitation to a German-speaking requester. */
export const outgoing: OutgoingSurvey = {
  kind: 'invitation',
  survey: {
    id: 'jira:SD-7@2026-11-02T09:30:00.000Z',
    ticketId: 'jira:SD-7',
    resolutionKey: 'jira:SD-7@2026-11-02T09:30:00.000Z',
    kind: 'incident',
    requester: { id: 'acc-1' },
    segment: {},
    state: 'scheduled',
    resolvedAt: 0,
    sendAt: 0,
    reasons: [],
  },
  locale: 'de',
  tokens: { open: 'x1.k1.open.sig', scores: Array.from({ length: 11 }, (_, s) => `x1.k1.s${s}.sig`) },
  idempotencyKey: 'jira:SD-7@2026-11-02T09:30:00.000Z/invitation',
};
