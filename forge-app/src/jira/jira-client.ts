/** What a Jira call answers, as much of `fetch`'s Response as the adapter reads. */
export interface JiraResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** One authenticated request to Jira, e.g. `asApp().requestJira(route\`…\`, init)`. */
export type JiraRequest = (
  path: string,
  init?: { method?: string; body?: string; headers?: Record<string, string> },
) => Promise<JiraResponse>;

export class JiraError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** How long Jira asked to wait (Retry-After) or the back-off the client would have taken, when it gave up early. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Forge's own errors that no retry can cure, by the names `@forge/api` gives them: the user has not granted the app
 * access yet (Forge shows them its consent prompt only when this error reaches it unchanged), and a call the
 * manifest does not allow.
 */
const NOT_RETRIED = ['NEEDS_AUTHENTICATION_ERR', 'REQUEST_EGRESS_ALLOWLIST_ERR'];

/** Whether a failed call may succeed later: rate limits, outages and lost connections, not refusals. */
export function transientJiraError(error: unknown): boolean {
  return !(error instanceof JiraError) || error.status === 0 || error.status === 429 || error.status >= 500;
}

export interface JiraClientOptions {
  readonly retries?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * When the invocation must be done (ms since the epoch), e.g. start + 25 s for a resolver. A wait that would end
   * within `DEADLINE_MARGIN_MS` of it is not taken: the call fails with the wait in `retryAfterMs`, for the caller
   * (the dispatcher, Forge's event retry) to come back later.
   */
  readonly deadline?: () => number;
  readonly now?: () => number;
}

/** Time kept free at the end of an invocation for the work after the last Jira call. */
export const DEADLINE_MARGIN_MS = 5_000;

export interface CallOptions {
  /**
   * `false` for a write that must not happen twice, such as a comment: it is then retried only on 429, which Jira
   * answers before doing anything. After a time-out, a dropped connection or a 5xx the write may have been carried
   * out, so the error goes to the caller, which can look before writing again.
   */
  readonly repeatable?: boolean;
}

/**
 * Jira calls that survive rate limits and outages: 429 waits for Retry-After, 5xx and network errors back off
 * exponentially (capped), up to `retries` times; other failures become a `JiraError` with Jira's own message.
 * Nothing is dropped quietly — a call that still fails throws, so the invocation (and Forge's retry) sees it.
 */
export function jiraClient(request: JiraRequest, options: JiraClientOptions = {}) {
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = options.now ?? Date.now;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    { repeatable = true }: CallOptions = {},
  ): Promise<JiraResponse> {
    for (let attempt = 0; ; attempt++) {
      let response: JiraResponse | undefined;
      let failure: unknown;
      try {
        response = await request(path, {
          method,
          headers: {
            Accept: 'application/json',
            ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
      } catch (error) {
        if (error instanceof Error && NOT_RETRIED.includes(error.name)) throw error;
        failure = error;
      }
      const status = response?.status ?? 0;
      const transient = failure !== undefined || status === 429 || status >= 500;
      if (response && !transient) {
        if (response.ok) return response;
        const text = await response.text().catch(() => '');
        throw new JiraError(status, `Jira answered ${method} ${path} with ${status}: ${text.slice(0, 300)}`);
      }
      if (!repeatable && status !== 429) {
        throw new JiraError(
          status,
          `Jira failed ${method} ${path} (${status || String(failure)}); not repeated, as it may have been carried out`,
        );
      }
      if (attempt >= retries) {
        throw new JiraError(
          status,
          `Jira kept failing ${method} ${path} (${status || String(failure)}) after ${retries} retries`,
        );
      }
      const after = Number(response?.headers.get('retry-after'));
      const wait =
        status === 429 && Number.isFinite(after) && after > 0
          ? after * 1000
          : Math.min(cap, base * 2 ** attempt);
      const deadline = options.deadline?.();
      if (deadline !== undefined && now() + wait > deadline - DEADLINE_MARGIN_MS) {
        throw new JiraError(
          status,
          `Jira failed ${method} ${path} (${status || String(failure)}); waiting ${wait} ms would outlast the invocation`,
          wait,
        );
      }
      await sleep(wait);
    }
  }

  return {
    async get<T>(path: string): Promise<T> {
      return (await (await call('GET', path)).json()) as T;
    },
    async send(
      method: 'POST' | 'PUT' | 'DELETE',
      path: string,
      body?: unknown,
      options?: CallOptions,
    ): Promise<void> {
      await call(method, path, body, options);
    },
    async post<T>(path: string, body: unknown): Promise<T> {
      return (await (await call('POST', path, body)).json()) as T;
    },
  };
}

export type JiraClient = ReturnType<typeof jiraClient>;

/**
 * What a failed delivery means: the request is gone or refused (400, 403, 404) — give up; anything else — try again.
 * @example deliveryFailure(new JiraError(404, 'Issue does not exist')) // { status: 'failed', … }
 */
export function deliveryFailure(
  error: unknown,
): { status: 'failed'; reason: string } | { status: 'retry'; reason: string; retryAfterMs?: number } {
  if (error instanceof JiraError && (error.status === 404 || error.status === 403 || error.status === 400)) {
    return { status: 'failed', reason: error.message };
  }
  const retryAfterMs = error instanceof JiraError ? error.retryAfterMs : undefined;
  return {
    status: 'retry',
    reason: error instanceof Error ? error.message : String(error),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}
