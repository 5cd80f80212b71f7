import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { conformance, jiraOperation } from '../jira-openapi';
import { currentInvocation } from './invocation';

// `@forge/api` replaced at the module edge: `asApp()` / `asUser()` `.requestJira(route, init)`, `route`,
// `assumeTrustedRoute` and `webTrigger.getUrl`. The route helpers are the package's own (its `safeUrl` module), so a
// path built without them is refused exactly as Forge refuses it. Jira answers from a table of canned responses; every
// request must be an operation of the Jira platform OpenAPI document (`../../../shared/specs/`) with documented query
// parameters, and every canned 200 body must conform to the documented schema — a miss is recorded in `jira.problems`
// and answered 400 (not retried), so the test that checks `problems` fails for the right reason.

const require = createRequire(import.meta.url);
const safeUrl = require('@forge/api/out/safeUrl') as {
  route: (template: TemplateStringsArray, ...parameters: unknown[]) => Route;
  assumeTrustedRoute: (path: string) => Route;
  routeFromAbsolute: (url: string) => Route;
  isRoute: (value: unknown) => value is Route;
  requireSafeUrl: (value: unknown) => Route;
};

interface Route {
  readonly value: string;
}

export const { route, assumeTrustedRoute, routeFromAbsolute } = safeUrl;

/**
 * Outbound requests per invocation. The current invocation-limits page
 * (https://developer.atlassian.com/platform/forge/limits-invocation) lists none; Atlassian's ECO-491
 * (https://jira.atlassian.com/browse/ECO-491) records a limit of 100 network requests per invocation, refused with
 * 429 and the header `forge-proxy-error: FETCH_LIMIT_EXCEEDED`. The fake applies it to the Jira requests it sees.
 */
export const REQUESTS_PER_INVOCATION = 100;

/** A Jira request as the fake saw it. */
export interface JiraRequestSeen {
  readonly invocation: number;
  readonly as: 'app' | 'user';
  readonly accountId?: string;
  readonly method: string;
  readonly path: string;
  /** The OpenAPI path template it matched. */
  readonly template: string;
  readonly query: URLSearchParams;
  readonly body?: unknown;
}

export interface JiraAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Handler = (request: JiraRequestSeen) => JiraAnswer | undefined;

const handlers: { method: string; template: string; handler: Handler }[] = [];

/** The fake Jira site: what was asked, what went wrong, and the canned answers. */
export const jira = {
  calls: [] as JiraRequestSeen[],
  /** Requests the document does not describe, and canned answers that do not conform to it. */
  problems: [] as string[],
  requestsPerInvocation: REQUESTS_PER_INVOCATION as number | undefined,
  /**
   * Answers `method template` (an OpenAPI path template, e.g. `/rest/api/3/issue/{issueIdOrKey}/comment`) with
   * `handler`; a handler that returns undefined passes to the next one. The template must be documented.
   */
  on(method: string, template: string, handler: Handler) {
    const sample = template.replace(/\{[^}]+\}/g, 'x');
    if (jiraOperation(method, sample).template !== template)
      throw new Error(`${method} ${template} is not a path template of the Jira platform API`);
    handlers.push({ method, template, handler });
  },
  reset() {
    jira.calls.length = 0;
    jira.problems.length = 0;
    handlers.length = 0;
    jira.requestsPerInvocation = REQUESTS_PER_INVOCATION;
  },
  /** The recorded calls of one invocation. */
  callsIn(invocation: number) {
    return jira.calls.filter((call) => call.invocation === invocation);
  },
};

const respond = ({ status, body, headers = {} }: JiraAnswer) =>
  new Response(status === 204 || body === undefined ? null : JSON.stringify(body), {
    status,
    statusText: status === 429 ? 'Too Many Requests' : '',
    headers: { 'content-type': 'application/json', ...headers },
  });

const refuse = (problem: string) => {
  jira.problems.push(problem);
  return respond({ status: 400, body: { errorMessages: [problem], errors: {} } });
};

async function answerJira(
  as: 'app' | 'user',
  accountId: string | undefined,
  path: unknown,
  init: { method?: string; body?: unknown } = {},
) {
  const safe = safeUrl.requireSafeUrl(path).value;
  const method = (init.method ?? 'GET').toUpperCase();
  const invocation = currentInvocation().id;
  let operation: ReturnType<typeof jiraOperation>;
  try {
    operation = jiraOperation(method, safe);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  const body = typeof init.body === 'string' && init.body !== '' ? JSON.parse(init.body) : undefined;
  const seen: JiraRequestSeen = {
    invocation,
    as,
    ...(accountId ? { accountId } : {}),
    method,
    path: safe,
    template: operation.template,
    query: operation.query,
    ...(body !== undefined ? { body } : {}),
  };
  jira.calls.push(seen);
  const limit = jira.requestsPerInvocation;
  if (limit !== undefined && jira.callsIn(invocation).length > limit) {
    return respond({ status: 429, headers: { 'forge-proxy-error': 'FETCH_LIMIT_EXCEEDED' } });
  }
  for (const candidate of handlers) {
    if (candidate.method !== method || candidate.template !== operation.template) continue;
    const answer = candidate.handler(seen);
    if (!answer) continue;
    if (answer.status === 200 && answer.body !== undefined) {
      const wrong = conformance(method, operation.template, answer.body);
      if (wrong.length > 0)
        return refuse(
          `canned answer to ${method} ${operation.template} does not conform: ${wrong.join('; ')}`,
        );
    }
    return respond(answer);
  }
  return respond({
    status: 404,
    body: { errorMessages: [`No canned answer for ${method} ${safe}`], errors: {} },
  });
}

const productMethods = (as: 'app' | 'user', accountId?: string) => ({
  requestJira: (path: unknown, init?: { method?: string; body?: unknown }) =>
    answerJira(as, accountId, path, init),
  requestConfluence: () => Promise.reject(new Error('The fake @forge/api answers Jira only.')),
  requestBitbucket: () => Promise.reject(new Error('The fake @forge/api answers Jira only.')),
});

export const asApp = () => productMethods('app');
export const asUser = (accountId?: string) => productMethods('user', accountId);
export const requestJira = asUser().requestJira;

// The web triggers the manifest declares; `getUrl` of any other key fails, as it does on Forge.
const manifest = parse(readFileSync(new URL('../../../manifest.yml', import.meta.url), 'utf8')) as {
  modules: { webtrigger?: { key: string }[] };
};
const webTriggerKeys = new Set((manifest.modules.webtrigger ?? []).map((module) => module.key));

export const webTrigger = {
  calls: [] as string[],
  async getUrl(moduleKey: string): Promise<string> {
    webTrigger.calls.push(moduleKey);
    if (!webTriggerKeys.has(moduleKey))
      throw new Error(`No web trigger "${moduleKey}" in the manifest (${[...webTriggerKeys].join(', ')}).`);
    return `https://fake-installation.example/x1/${moduleKey}`;
  },
};

// The Personal Data Reporting API (https://developer.atlassian.com/platform/forge/user-privacy-guidelines/): the
// package's own `privacy.reportPersonalData` (@forge/api `out/privacy`, which sends at most 90 accounts per request to
// `POST /app/report-accounts`), over a fake service that answers as documented: 200 with the accounts whose data
// must be updated or erased (`status: 'updated' | 'closed'`), 204 when there are none. More than 90 accounts in one
// request is refused with 400.
const { createReportPersonalData, LIMIT: ACCOUNTS_PER_REQUEST } = require('@forge/api/out/privacy') as {
  createReportPersonalData: (
    request: (url: string, init: { method: string; body: string }) => Promise<Response>,
  ) => (
    accounts: { accountId: string; updatedAt: string }[],
  ) => Promise<{ accountId: string; status: string }[]>;
  LIMIT: number;
};

export const personalData = {
  closed: new Set<string>(),
  updated: new Set<string>(),
  requests: [] as { invocation: number; accounts: { accountId: string; updatedAt: string }[] }[],
  reset() {
    personalData.closed.clear();
    personalData.updated.clear();
    personalData.requests.length = 0;
  },
};

export const privacy = {
  reportPersonalData: createReportPersonalData(async (url, init) => {
    const { accounts } = JSON.parse(init.body) as { accounts: { accountId: string; updatedAt: string }[] };
    personalData.requests.push({ invocation: currentInvocation().id, accounts });
    if (url !== '/app/report-accounts' || init.method !== 'POST' || accounts.length > ACCOUNTS_PER_REQUEST)
      return new Response(JSON.stringify({ message: 'bad request' }), { status: 400 });
    const changed = accounts.flatMap(({ accountId }) =>
      personalData.closed.has(accountId)
        ? [{ accountId, status: 'closed' }]
        : personalData.updated.has(accountId)
          ? [{ accountId, status: 'updated' }]
          : [],
    );
    return changed.length === 0
      ? new Response(null, { status: 204 })
      : new Response(JSON.stringify({ accounts: changed }), { status: 200 });
  }),
};

// `getAppContext()` (`@forge/api` runtime): the installation the invocation serves and the time it has left. Tests set
// `appContext.installationId` to play a second site on the same warm instance.
export const appContext = {
  installationId: 'fake-installation',
  remainingMs: undefined as number | undefined,
};
export function getAppContext() {
  return {
    installationAri: {
      installationId: appContext.installationId,
      toString: () => `ari:cloud:ecosystem::installation/${appContext.installationId}`,
    },
    // Unset, the longest a Forge function may be given (900 s), so the documented limit of the handler counts.
    invocationRemainingTimeInMillis: () => appContext.remainingMs ?? 900_000,
  };
}

export default { asApp, asUser, requestJira, webTrigger, privacy, getAppContext };
