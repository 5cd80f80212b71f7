import { type JiraClient, type JiraRequest, jiraClient } from '../src/jira/jira-client';
import { conformance, jiraOperation } from './jira-openapi';

/** A call the stub saw: the documented operation it is, and its JSON body. */
export interface StubCall {
  readonly method: string;
  readonly path: string;
  readonly template: string;
  readonly query: URLSearchParams;
  readonly body?: unknown;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

/**
 * A Jira site for unit tests, answering from `answer(call)`: every request must be an operation of the Jira
 * platform OpenAPI document with documented query parameters, and every 200 body must conform to its schema; a miss
 * is kept in `problems` (and answered 400), so a test that checks `problems` fails for the right reason.
 * @example const site = jiraStub((c) => c.template === '/rest/api/3/field' ? { status: 200, body: [] } : undefined)
 */
export function jiraStub(
  answer: (call: StubCall) => Answer,
  options: { sleep?: (ms: number) => Promise<void> } = {},
) {
  const calls: StubCall[] = [];
  const problems: string[] = [];
  const respond = (status: number, body?: unknown, headers: Record<string, string> = {}) => ({
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    json: async () => body,
    text: async () => JSON.stringify(body ?? ''),
  });
  const request: JiraRequest = async (path, init) => {
    const method = init?.method ?? 'GET';
    let operation: ReturnType<typeof jiraOperation>;
    try {
      operation = jiraOperation(method, path);
    } catch (error) {
      problems.push(String(error));
      return respond(400, { errorMessages: [String(error)] });
    }
    const call: StubCall = {
      method,
      path,
      template: operation.template,
      query: operation.query,
      ...(init?.body ? { body: JSON.parse(init.body) } : {}),
    };
    calls.push(call);
    const found = answer(call);
    if (!found) return respond(404, { errorMessages: [`No answer for ${method} ${path}`], errors: {} });
    if (found.status === 200 && found.body !== undefined) {
      const wrong = conformance(method, operation.template, found.body);
      if (wrong.length > 0) {
        problems.push(`${method} ${operation.template}: ${wrong.join('; ')}`);
        return respond(400, { errorMessages: wrong });
      }
    }
    return respond(found.status, found.body, found.headers);
  };
  const client: JiraClient = jiraClient(request, { sleep: options.sleep ?? (async () => {}) });
  return { client, calls, problems };
}
