import axios, { type AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

export type ConnectorErrorCode =
  | 'bad-credentials'
  | 'forbidden'
  | 'unknown-site'
  | 'malformed-response'
  | 'gave-up'
  | 'http-error';

/** A problem talking to a platform, said so an admin can act on it. */
export class ConnectorError extends Error {
  constructor(
    readonly code: ConnectorErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  /** Attempts after the first for 429, 5xx, time-outs and dropped connections. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** The longest Retry-After honoured; a longer one is waited for this long, then tried again. */
  readonly maxRetryAfterMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 300_000,
  timeoutMs: 30_000,
};

export interface ClientOptions {
  /** The platform's name in messages: "Jira", "ServiceNow". */
  readonly platform: string;
  readonly baseURL: string;
  readonly headers: Record<string, string>;
  readonly retry?: Partial<RetryPolicy>;
  /** Waits; replaced in tests so back-off takes no time. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

type Tracked = InternalAxiosRequestConfig & { attempt?: number };

/** How long a Retry-After header asks to wait, in ms (seconds or an HTTP date). */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * An axios client for a platform's REST API that never drops a request quietly: 429 waits for Retry-After, 5xx,
 * time-outs and reset connections back off exponentially (capped, with full jitter) up to `retries` times, and
 * everything else becomes a `ConnectorError` that says what to fix — credentials, permissions, the site address.
 */
export function createClient(options: ClientOptions): AxiosInstance {
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const random = options.random ?? Math.random;
  const client = axios.create({
    baseURL: options.baseURL,
    headers: { Accept: 'application/json', ...options.headers },
    timeout: policy.timeoutMs,
    // Parsed here, so a body that is not JSON is an error rather than a string.
    responseType: 'text',
    transformResponse: [(data) => data],
  });
  const { platform } = options;

  client.interceptors.response.use(
    (response) => {
      if (response.data === '' || response.data === undefined) return response;
      try {
        response.data = JSON.parse(response.data as string);
      } catch {
        throw new ConnectorError(
          'malformed-response',
          `${platform} answered ${response.config.url} with something that is not JSON.`,
        );
      }
      return response;
    },
    async (error: AxiosError) => {
      const config = error.config as Tracked | undefined;
      const status = error.response?.status;
      const code = error.code ?? '';
      if (status === 401)
        throw new ConnectorError(
          'bad-credentials',
          `${platform} rejected the credentials (HTTP 401): check the user, e-mail or token.`,
        );
      if (status === 403)
        throw new ConnectorError(
          'forbidden',
          `${platform} refused access (HTTP 403): the account lacks permission for ${config?.url ?? 'this request'}.`,
        );
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        throw new ConnectorError(
          'unknown-site',
          `Cannot find ${options.baseURL}: check the site or instance address.`,
        );
      }
      const retryable =
        status === 429 ||
        (status !== undefined && status >= 500) ||
        code === 'ECONNABORTED' ||
        code === 'ETIMEDOUT' ||
        code === 'ECONNRESET' ||
        code === 'ECONNREFUSED' ||
        code === 'ERR_NETWORK' ||
        // Sent, and no answer came back (EPIPE, EHOSTUNREACH, a socket closed without a code…): a network failure.
        (status === undefined && error.request !== undefined && code !== 'ERR_CANCELED');
      if (!config || !retryable) {
        if (status === 404)
          throw new ConnectorError(
            'unknown-site',
            `${platform} has no ${config?.url ?? 'such resource'} at ${options.baseURL} (HTTP 404): is this the right address?`,
          );
        throw new ConnectorError(
          'http-error',
          `${platform} answered ${config?.url ?? ''} with ${status ? `HTTP ${status}` : code || error.message}.`,
        );
      }
      const attempt = (config.attempt ?? 0) + 1;
      if (attempt > policy.retries) {
        throw new ConnectorError(
          'gave-up',
          `${platform} kept failing ${config.url} (${status ? `HTTP ${status}` : code}) after ${policy.retries} retries.`,
        );
      }
      config.attempt = attempt;
      const asked = status === 429 ? retryAfterMs(error.response?.headers?.['retry-after']) : undefined;
      const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await sleep(asked !== undefined ? Math.min(asked, policy.maxRetryAfterMs) : backoff);
      return client.request(config);
    },
  );
  return client;
}
