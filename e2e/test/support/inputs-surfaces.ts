import type { WebTriggerRequest } from '@forge/api';
import { handleOneClick, type JiraRequest, jiraClient, resolverDefinitions } from '@xloop/forge-app';
import { jiraAdmin, jsmAgent, type PermissionRule, permissionsCheck } from '@xloop/forge-app/testing';
import { createApp, listen, openSandbox } from '@xloop/sandbox';
import {
  callResolver,
  ensureKeyring,
  glidePorts,
  oneClickGet,
  oneClickPost,
  TABLE,
} from '@xloop/servicenow-app';
import {
  freshInstance,
  instance,
  restApiRequest,
  restRequest,
  restResponse,
} from '@xloop/servicenow-app/testing';
import {
  type Crypto,
  type Ports,
  type Rollup,
  rollupFor,
  type StoredResponse,
  type Survey,
  settled,
  type TokenKeyring,
} from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import {
  type Case,
  dueAtOf,
  encodeForm,
  FIXTURE_SURVEYS,
  NOW,
  type World,
  wellFormed,
} from './inputs-arbitraries';

/** What one request was answered with. */
export interface Answered {
  readonly status: number;
  readonly code?: string;
  /** The refusal's message, or the page's text. */
  readonly message: string;
}

/** The request a case becomes, made by the oracle. */
export interface Prepared {
  readonly token: string;
  readonly answer: unknown;
  readonly form?: readonly [string, string][];
  readonly payload?: unknown;
}

/** One platform's entry points on its own stores, and what an observer of those stores sees. */
export interface Surface {
  readonly name: string;
  readonly channels: readonly Case['channel'][];
  readonly keyring: TokenKeyring;
  readonly crypto: Crypto;
  world(): World;
  /** Everything an answer could change: surveys, responses, rollups and their change ledger. */
  snapshot(): string;
  responses(): StoredResponse[];
  /** The organisation's rollup over the year. */
  organisation(): Rollup;
  setNow(now: number): void;
  send(c: Case, prepared: Prepared): Promise<Answered>;
  /**
   * A UI call by resolver name as the signed-in `accountId`, whose roles the platform decides: `AGENT` is a service
   * desk agent there (a role header on the sandbox, a Jira group on Forge, an app role on ServiceNow).
   */
  call(name: string, payload: unknown, accountId: string): Promise<Called>;
  /** A request as it comes over the wire, hostile or not, to the one-click endpoint or the portal's resolver. */
  raw(request: RawRequest): Promise<Answered>;
  close(): Promise<void>;
}

/**
 * A request as an attacker, a mail scanner or a broken client sends it: any method, headers and body. `to` is the
 * one-click endpoint or the portal's `submitMyResponse` (whose `body` is then the payload's JSON text, as the
 * platform's transport carries it); `host` is the Host header, where the platform lets a caller choose it.
 */
export interface RawRequest {
  readonly method: 'GET' | 'HEAD' | 'POST';
  readonly to: 'respond' | 'resolver';
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly host?: string;
  /** For the resolver: the signed-in customer. */
  readonly caller?: string;
}

/** A resolver's answer: 200 with the value, or the refusal's status with `{ code, message }`. */
export interface Called {
  readonly status: number;
  readonly body: unknown;
}

/** The one account that is a service desk agent on every surface. */
export const AGENT = 'agent-1';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const pageText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const fromJson = (status: number, body: unknown): Answered => {
  // Every platform refuses in the core's wire shape, `{ error: { status, code, message } }`.
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = error?.code;
  const message = error?.message;
  return {
    status,
    ...(typeof code === 'string' ? { code } : {}),
    message: typeof message === 'string' ? message : '',
  };
};

function storeReaders(ports: Ports) {
  const world = (now: () => number): World => ({
    now: now(),
    survey: (id) => settled(ports.surveys.get(id)),
    response: (id) => settled(ports.responses.get(id)),
  });
  const responses = () =>
    FIXTURE_SURVEYS.map((s) => settled(ports.responses.get(s.id))).filter(
      (r): r is StoredResponse => r !== undefined,
    );
  const organisation = () => rollupFor(settled(ports.rollups.read(YEAR)), YEAR);
  return { world, responses, organisation };
}

const seed = (ports: Ports) => {
  for (const s of FIXTURE_SURVEYS) settled(ports.surveys.save(s as Survey, dueAtOf(s)));
};

/** The sandbox over real HTTP on 127.0.0.1, on its SQLite store. */
export async function sandboxSurface(): Promise<Surface> {
  const ports = openSandbox(':memory:');
  ports.clock.set(NOW);
  seed(ports);
  const keyring = ports.settings.keyring();
  const server = await listen(createApp(ports, { followUpScript: null }), 0);
  // The same server in process, for requests whose Host a real client could not choose.
  const app = createApp(ports, { followUpScript: null });
  const db = ports.db;
  const all = (sql: string) => db.prepare(sql).all();
  const readers = storeReaders(ports);
  const html = async (response: globalThis.Response): Promise<Answered> => ({
    status: response.status,
    message: pageText(await response.text()),
  });
  return {
    name: 'sandbox',
    channels: ['get', 'form', 'json', 'resolver'],
    keyring,
    crypto: nodeCrypto,
    world: () => readers.world(() => ports.clock.now()),
    snapshot: () =>
      JSON.stringify([
        all('SELECT * FROM surveys ORDER BY id'),
        all('SELECT * FROM responses ORDER BY survey_id'),
        all('SELECT * FROM rollups ORDER BY day, segment_key'),
        all('SELECT * FROM rollup_factors ORDER BY day, segment_key, factor'),
        all('SELECT count(*) AS n, max(change_id) AS last FROM rollup_changes'),
      ]),
    responses: readers.responses,
    organisation: readers.organisation,
    setNow: (now) => ports.clock.set(now),
    raw: async (request) => {
      const path =
        request.to === 'respond'
          ? `/respond${request.query ? `?${new URLSearchParams({ ...request.query })}` : ''}`
          : '/api/resolvers/submitMyResponse';
      const host = request.host ?? new URL(server.url).host;
      const response = await app.request(`http://${host}${path}`, {
        method: request.method,
        headers: {
          host,
          ...(request.to === 'resolver'
            ? { 'x-xloop-account': request.caller ?? 'alice', 'x-xloop-roles': 'customer' }
            : {}),
          ...request.headers,
        },
        ...(request.body !== undefined
          ? { body: request.to === 'resolver' ? `{"payload":${request.body}}` : request.body }
          : {}),
      });
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      if (type.startsWith('application/json')) return fromJson(response.status, JSON.parse(text || '{}'));
      return { status: response.status, message: pageText(text) };
    },
    send: async (c, prepared) => {
      if (c.channel === 'get') {
        return html(
          await fetch(`${server.url}/respond?token=${encodeURIComponent(wellFormed(prepared.token))}`),
        );
      }
      if (c.channel === 'form') {
        return html(
          await fetch(`${server.url}/respond`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: encodeForm(prepared.form ?? []),
          }),
        );
      }
      if (c.channel === 'json') {
        const body =
          c.brokenBody ??
          JSON.stringify({
            token: prepared.token,
            ...(prepared.answer !== undefined ? { answer: prepared.answer } : {}),
            ...(c.locale ? { locale: c.locale } : {}),
          });
        const response = await fetch(`${server.url}/respond`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return fromJson(response.status, await response.json());
      }
      if (c.channel !== 'resolver') throw new Error(`no channel ${c.channel}`);
      const response = await fetch(`${server.url}/api/resolvers/submitMyResponse`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xloop-account': c.caller,
          'x-xloop-roles': 'customer',
        },
        body: c.shape === 'broken-json' ? '{"payload":' : JSON.stringify({ payload: prepared.payload }),
      });
      return fromJson(response.status, await response.json());
    },
    call: async (name, payload, accountId) => {
      const response = await fetch(`${server.url}/api/resolvers/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xloop-account': accountId,
          'x-xloop-roles': accountId === AGENT ? 'customer,agent' : 'customer',
        },
        body: JSON.stringify({ payload }),
      });
      const body = (await response.json()) as { value?: unknown; error?: unknown };
      return { status: response.status, body: response.ok ? body.value : body.error };
    },
    close: async () => {
      await server.close();
      ports.close();
    },
  };
}

/** The service project of the fixtures' requests. */
export const SERVICE_PROJECTS = [{ id: 10000, key: 'SD' }];

/** Who else the site knows: Jira admins (whatever their group), and issues agents cannot browse. */
export interface SiteRules {
  readonly admins?: readonly string[];
  /** Issue ids in a restricted project or behind a security level the agents are not in. */
  readonly hidden?: readonly number[];
}

/**
 * A Jira site that answers what XLoop asks of it about people: `POST /rest/api/3/permissions/check` (`agents` are
 * JSM agents of the service project and browse its issues but the hidden ones; `admins` administer Jira) and
 * `GET /rest/api/3/user/groups` (nobody is in the CSI managers' group).
 */
export function jiraWithGroups(agents: readonly string[] = [], rules: SiteRules = {}) {
  const browsed = { except: rules.hidden ?? [] };
  const permissions: PermissionRule[] = [
    jsmAgent(agents, 'all', browsed),
    {
      ...jiraAdmin(rules.admins ?? []),
      projects: { BROWSE_PROJECTS: 'all' },
      issues: { BROWSE_PROJECTS: browsed },
    },
  ];
  const request: JiraRequest = async (path, init) => {
    const body =
      path === '/rest/api/3/permissions/check'
        ? permissionsCheck(permissions, JSON.parse(init?.body ?? '{}'))
        : path.startsWith('/rest/api/3/user/groups')
          ? []
          : undefined;
    const status = body === undefined ? 404 : 200;
    return {
      ok: status === 200,
      status,
      headers: { get: () => null },
      json: async () => body ?? { errorMessages: ['not found'] },
      text: async () => JSON.stringify(body ?? { errorMessages: ['not found'] }),
    };
  };
  return jiraClient(request, { sleep: async () => undefined });
}

/**
 * The invocation context Forge gives a resolver for a ticket: the portal's request panel for the requester's calls,
 * the issue panel (with the issue id) for an agent's; a ticket id outside Jira gives none.
 */
export function forgeContext(name: string, payload: unknown): Record<string, unknown> {
  const ticketId = (payload as { ticketId?: unknown } | null | undefined)?.ticketId;
  if (typeof ticketId !== 'string' || !ticketId.startsWith('jira:')) return {};
  const key = ticketId.slice('jira:'.length);
  return name === 'getMyTicketSurvey'
    ? { moduleKey: 'rate-request', extension: { request: { key } } }
    : { extension: { issue: { key, id: String(issueIdOf(key)) } } };
}

/** A numeric issue id for a fixture's key, as Jira would have one. */
export function issueIdOf(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 90_000;
  return 10_000 + hash;
}

export type ForgeResolver = (
  request: { call: { functionKey: string; payload: unknown }; context: Record<string, unknown> },
  runtime: { principal?: { accountId: string } },
) => Promise<unknown>;

/** Forge's web trigger and resolvers on in-memory ports. */
export async function forgeSurface(): Promise<Surface> {
  const ports = memoryPorts({ now: NOW, zoned: dateFnsZonedTime, crypto: nodeCrypto });
  seed(ports);
  const keyring = ports.settings.keyring();
  const resolver = resolverDefinitions(() => ports, jiraWithGroups([AGENT]), {
    serviceProjects: async () => SERVICE_PROJECTS,
  }) as unknown as ForgeResolver;
  const readers = storeReaders(ports);
  const trigger = async (request: Partial<WebTriggerRequest>): Promise<Answered> => {
    const response = await handleOneClick(ports, {
      path: '/x1/one-click',
      headers: {},
      queryParameters: {},
      body: '',
      method: 'GET',
      ...request,
    } as WebTriggerRequest);
    const json = response.headers?.['Content-Type']?.[0]?.startsWith('application/json');
    return json
      ? fromJson(response.statusCode, JSON.parse(response.body ?? '{}'))
      : { status: response.statusCode, message: pageText(response.body ?? '') };
  };
  return {
    name: 'forge',
    channels: ['get', 'form', 'json', 'resolver'],
    keyring,
    crypto: nodeCrypto,
    world: () => readers.world(() => ports.clock.now()),
    snapshot: () =>
      JSON.stringify([ports.surveys.all(), ports.responses.all(), settled(ports.rollups.read(YEAR))]),
    responses: readers.responses,
    organisation: readers.organisation,
    setNow: (now) => {
      ports.clock.current = now;
    },
    raw: async (request) => {
      if (request.to === 'respond') {
        const headers = Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k, [v]]));
        const query = Object.fromEntries(Object.entries(request.query ?? {}).map(([k, v]) => [k, [v]]));
        return trigger({
          method: request.method as WebTriggerRequest['method'],
          headers,
          queryParameters: query,
          body: request.body ?? '',
        });
      }
      // Forge's transport parses the payload and holds it to 5 MB; what reaches the resolver is a value.
      let payload: unknown;
      try {
        payload = JSON.parse(request.body ?? '{}');
      } catch {
        return { status: 400, message: 'The platform refuses a payload that is not JSON.' };
      }
      const result = (await resolver(
        { call: { functionKey: 'submitMyResponse', payload }, context: {} },
        { principal: { accountId: request.caller ?? 'alice' } },
      )) as { value?: unknown; error?: { status: number; code: string; message: string } };
      return result.error ? fromJson(result.error.status, result) : { status: 200, message: '' };
    },
    send: async (c, prepared) => {
      if (c.channel === 'get') return trigger({ queryParameters: { token: [prepared.token] } });
      if (c.channel === 'form') {
        return trigger({
          method: 'POST',
          headers: { 'Content-Type': ['application/x-www-form-urlencoded'] },
          body: encodeForm(prepared.form ?? []),
        });
      }
      if (c.channel === 'json') {
        return trigger({
          method: 'POST',
          headers: { 'content-type': ['application/json'] },
          body:
            c.brokenBody ??
            JSON.stringify({
              token: prepared.token,
              ...(prepared.answer !== undefined ? { answer: prepared.answer } : {}),
              ...(c.locale ? { locale: c.locale } : {}),
            }),
        });
      }
      if (c.channel !== 'resolver') throw new Error(`no channel ${c.channel}`);
      const result = (await resolver(
        {
          call: {
            functionKey: 'submitMyResponse',
            payload: c.shape === 'broken-json' ? '{"surveyId":' : prepared.payload,
          },
          context: {},
        },
        { principal: { accountId: c.caller } },
      )) as { value?: unknown; error?: { status: number; code: string; message: string } };
      return result.error ? fromJson(result.error.status, result) : { status: 200, message: '' };
    },
    call: async (name, payload, accountId) => {
      const result = (await resolver(
        { call: { functionKey: name, payload }, context: forgeContext(name, payload) },
        { principal: { accountId } },
      )) as { value?: unknown; error?: { status: number } };
      return result.error
        ? { status: result.error.status, body: result.error }
        : { status: 200, body: result.value ?? null };
    },
    close: async () => undefined,
  };
}

/** The ServiceNow scripted REST routes on the Glide stand-in. */
export async function serviceNowSurface(): Promise<Surface> {
  let now = NOW;
  freshInstance(() => now);
  const ports = glidePorts();
  seed(ports);
  // The job makes the keyring on its first run; the app is tested as it is after that run.
  ensureKeyring();
  const keyring = settled(ports.settings.keyring());
  const readers = storeReaders(ports);
  const tables = [TABLE.survey, TABLE.response, TABLE.rollup, TABLE.rollupChange, TABLE.mark];
  return {
    name: 'servicenow',
    channels: ['get', 'form', 'resolver'],
    keyring,
    crypto: ports.crypto,
    world: () => readers.world(() => now),
    snapshot: () => JSON.stringify(tables.map((t) => instance.rows(t))),
    responses: readers.responses,
    organisation: readers.organisation,
    setNow: (instant) => {
      now = instant;
    },
    raw: async (request) => {
      const response = restResponse();
      const headers = Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
      );
      // The platform reads the body by its content type: a form's fields arrive in `queryParams`.
      const rest = restApiRequest({
        method: request.method,
        ...(request.query ? { query: { ...request.query } } : {}),
        ...(request.body !== undefined
          ? { body: request.body, contentType: headers['content-type'] ?? 'application/json' }
          : {}),
        headers,
        ...(request.to === 'resolver' ? { path: { name: 'submitMyResponse' } } : {}),
      });
      if (request.to === 'resolver') {
        instance.user = { id: request.caller ?? 'alice', roles: [] };
        callResolver(rest as never, response);
        return fromJson(response.sent.status, response.sent.body);
      }
      // A HEAD goes to the GET route here: whether or not the instance routes HEAD there, it records nothing.
      if (request.method === 'POST') oneClickPost(rest as never, response);
      else oneClickGet(rest as never, response);
      return { status: response.sent.status, message: pageText(response.sent.text) };
    },
    send: async (c, prepared) => {
      const response = restResponse();
      if (c.channel === 'get') {
        oneClickGet(restRequest({ query: { token: prepared.token } }) as never, response);
      } else if (c.channel === 'form') {
        oneClickPost(restRequest({ form: encodeForm(prepared.form ?? []) }) as never, response);
      } else if (c.channel === 'resolver') {
        instance.user = { id: c.caller, roles: [] };
        const body = c.shape === 'broken-json' ? '{"surveyId":' : JSON.stringify(prepared.payload);
        callResolver(restRequest({ path: { name: 'submitMyResponse' }, body }) as never, response);
        return fromJson(response.sent.status, response.sent.body);
      } else throw new Error('ServiceNow has no JSON one-click call');
      return { status: response.sent.status, message: pageText(response.sent.text) };
    },
    call: async (name, payload, accountId) => {
      instance.user = { id: accountId, roles: accountId === AGENT ? ['x_xloop.agent_viewer'] : [] };
      const response = restResponse();
      callResolver(restRequest({ path: { name }, body: JSON.stringify(payload) }) as never, response);
      const body = response.sent.body as { value?: unknown; error?: unknown } | undefined;
      return { status: response.sent.status, body: response.sent.status === 200 ? body?.value : body?.error };
    },
    close: async () => undefined,
  };
}
