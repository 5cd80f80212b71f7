import {
  type Caller,
  followUp,
  followUpPolicy,
  MAX_BODY_CHARS,
  type OneClickResponse,
  oneClick,
  RESOLVER_NAMES,
  type Role,
  rankedOpportunities,
  readFollowUpRequest,
  readJsonBody,
  resolve,
  toWire,
  type Wire,
  wireError,
} from '@xloop/shared-core';
import type { FollowUpScript } from '@xloop/shared-core/platform';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SandboxPorts } from '../sandbox-ports';
import type { SimulationController } from './simulation-controller';
import { addUiRoutes, readFollowUpScript } from './ui-routes';

const ROLES: readonly Role[] = ['customer', 'agent', 'csi-manager', 'admin'];

/** The sandbox's own administrator, who a caller without identity headers is only when `devAdmin` is on. */
const DEV_ADMIN: Caller = { accountId: 'sandbox-admin', roles: ['admin', 'csi-manager', 'agent'] };

/**
 * Who is calling. The sandbox listens on 127.0.0.1 only and stands in for the platform's sign-in: the local bridge
 * and tests say who they are with `x-xloop-account` and `x-xloop-roles`. A caller who names nobody is refused, unless
 * the sandbox was started with `devAdmin` (then they are its administrator, for `curl` at the command line).
 */
function callerOf(
  headers: { get(name: string): string | undefined },
  devAdmin: boolean,
): Caller | 'anonymous' | undefined {
  const accountId = headers.get('x-xloop-account');
  const rolesHeader = headers.get('x-xloop-roles');
  if (accountId === undefined && rolesHeader === undefined) return devAdmin ? DEV_ADMIN : 'anonymous';
  const roles = (rolesHeader ?? '').split(',').map((r) => r.trim());
  if (
    accountId === undefined ||
    accountId.length === 0 ||
    accountId.length > 200 ||
    roles.some((r) => ROLES.indexOf(r as Role) < 0)
  )
    return undefined;
  return { accountId, roles: roles as Role[] };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The host name of a `Host` header or an origin, without its port. */
function hostName(host: string): string | undefined {
  try {
    return new URL(host.includes('://') ? host : `http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Why a request is refused before any handler sees it, or undefined. Only loopback host names are served (a page on
 * another site that rebinds its DNS name to 127.0.0.1 still sends its own name as Host); a request from another
 * origin is refused (`Origin: null`, which a page with `Referrer-Policy: no-referrer` sends for its own posts, is
 * taken as none); and a POST must say it is JSON (or, on the one-click page, a form), which a cross-site "simple"
 * request cannot do without a preflight the sandbox never grants.
 */
function refusal(c: Context): { status: 400 | 403 | 415 | 421; code: string; message: string } | undefined {
  const host = c.req.header('host') ?? new URL(c.req.url).host;
  const name = hostName(host);
  if (name === undefined || !LOOPBACK.has(name))
    return {
      status: 421,
      code: 'foreign-host',
      message: 'The sandbox answers only on 127.0.0.1 and localhost.',
    };
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== 'null') {
    const from = hostName(origin);
    if (from === undefined || !LOOPBACK.has(from) || new URL(origin).host !== new URL(`http://${host}`).host)
      return { status: 403, code: 'foreign-origin', message: 'Requests from other sites are refused.' };
  }
  if (c.req.method === 'POST') {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const form = c.req.path === '/respond' && type === 'application/x-www-form-urlencoded';
    if (type !== 'application/json' && !form)
      return {
        status: 415,
        code: 'unsupported-media-type',
        message:
          c.req.path === '/respond'
            ? 'Send the form (application/x-www-form-urlencoded) or JSON.'
            : 'Send JSON (content-type: application/json).',
      };
  }
  return undefined;
}

/**
 * A JSON answer in the core's wire envelope with its HTTP status: a resolver's `{ value }`, or any refusal's
 * `{ error: { status, code, message, details? } }`, the body Forge and ServiceNow send too.
 */
const send = (c: Context, wire: Wire) => c.json(wire.body, wire.status as ContentfulStatusCode);
const refuse = (c: Context, status: number, code: string, message: string) =>
  send(c, wireError(status, code, message));

/** What every answer carries; JSON answers are never cached, pages never framed or sniffed. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const ENDPOINTS = [
  { method: 'GET', path: '/', what: 'this list' },
  {
    method: 'POST',
    path: '/api/resolvers/:name',
    what: `a UI call: body { payload }, answered { value } or { error: { status, code, message } }; names: ${RESOLVER_NAMES.join(', ')}`,
  },
  {
    method: 'GET',
    path: '/respond?token=…',
    what: 'the one-click link from an invitation: shows the survey with its score pre-selected, records nothing',
  },
  {
    method: 'POST',
    path: '/respond',
    what: 'the form (records the answer once); as JSON { token, answer?, locale? }, the page script’s survey, answer and edit grant',
  },
  {
    method: 'GET',
    path: '/api/outbox?limit=20',
    what: 'the invitations and reminders the sandbox would have sent, with their links',
  },
  { method: 'GET', path: '/ui/', what: 'the screens of the Jira app, each as a person who would see it' },
  { method: 'GET', path: '/api/simulation', what: 'the simulated desk: simulated time and counts' },
  { method: 'POST', path: '/api/simulation', what: 'body { action: "start", speed } or { action: "stop" }' },
];

export interface AppOptions {
  readonly simulation?: SimulationController;
  /** Where the Forge Custom UIs are (`forge-app/ui`); their `dist-local` builds are served under `/ui/`. */
  readonly uiRoot?: string;
  /** The one-click follow-up's script; by default the build in `uiRoot`, when there is one. */
  readonly followUpScript?: FollowUpScript | null;
  /**
   * Whether a caller without identity headers is the sandbox's administrator (for `curl` at the command line). Off
   * unless set here or by `XLOOP_DEV_ADMIN=1`; the screens' local bridge always names its caller.
   */
  readonly devAdmin?: boolean;
}

/** The sandbox's HTTP API over its ports. */
export function createApp(ports: SandboxPorts, options: AppOptions = {}): Hono {
  const app = new Hono();
  const devAdmin = options.devAdmin ?? process.env.XLOOP_DEV_ADMIN === '1';
  const enhancement =
    options.followUpScript === null
      ? undefined
      : (options.followUpScript ?? readFollowUpScript(options.uiRoot));
  const page = (html: string, status: OneClickResponse['status']) =>
    new Response(html, {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': enhancement?.policy ?? followUpPolicy(),
      },
    });
  const readJson = async (c: Context) => readJsonBody(await c.req.text());

  app.use(async (c, next) => {
    const refused = refusal(c);
    if (refused) {
      const answer = refuse(c, refused.status, refused.code, refused.message);
      for (const [name, value] of Object.entries(COMMON_HEADERS)) answer.headers.set(name, value);
      answer.headers.set('cache-control', 'no-store');
      return answer;
    }
    await next();
    for (const [name, value] of Object.entries(COMMON_HEADERS)) c.res.headers.set(name, value);
    if (c.res.headers.get('content-type')?.startsWith('application/json'))
      c.res.headers.set('cache-control', 'no-store');
  });
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_CHARS,
      onError: (c) => refuse(c, 413, 'too-large', `The body is larger than ${MAX_BODY_CHARS} bytes.`),
    }),
  );

  app.get('/', (c) => c.json({ name: 'XLoop sandbox', endpoints: ENDPOINTS }));

  app.post('/api/resolvers/:name', async (c) => {
    const caller = callerOf({ get: (name) => c.req.header(name) }, devAdmin);
    if (caller === 'anonymous')
      return refuse(c, 401, 'no-caller', 'Say who is calling with x-xloop-account and x-xloop-roles.');
    if (!caller) return refuse(c, 400, 'bad-caller', 'x-xloop-account or x-xloop-roles is not valid.');
    const read = await readJson(c);
    if (!read.ok) return refuse(c, read.error.status, read.error.code, read.error.message);
    const body = read.value;
    const payload =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as { payload?: unknown }).payload
        : undefined;
    const name = c.req.param('name');
    // The CSI page's opportunities come from the ranking the desk's background work keeps, as on Forge. Only while
    // none is stored yet (or for another window, or more than it keeps) does the call rank live.
    const asked = payload ?? {};
    if (
      name === 'getOpportunities' &&
      caller.roles.includes('csi-manager') &&
      typeof asked === 'object' &&
      !Array.isArray(asked)
    ) {
      const stored = rankedOpportunities(ports.ranking.read(), asked as Record<string, unknown>);
      if (stored) return send(c, toWire(stored));
    }
    return send(c, toWire(await resolve(ports, name, asked, caller)));
  });

  // Hono answers HEAD with this handler (and no body): neither records anything.
  app.get('/respond', async (c) => {
    const result = await oneClick(ports, {
      method: c.req.method === 'HEAD' ? 'HEAD' : 'GET',
      token: c.req.query('token') ?? '',
      action: '/respond',
      ...(c.req.header('accept-language') ? { acceptLanguage: c.req.header('accept-language') } : {}),
      ...(enhancement ? { enhancement: enhancement.script } : {}),
    });
    return page(result.html, result.status);
  });

  app.post('/respond', async (c) => {
    if (c.req.header('content-type')?.startsWith('application/json')) {
      const read = await readJson(c);
      if (!read.ok) return refuse(c, read.error.status, read.error.code, read.error.message);
      const request = readFollowUpRequest(read.value);
      if (!request) return refuse(c, 400, 'bad-request', 'Send { token, answer?, locale? }.');
      const result = await followUp(ports, request);
      return c.json(result.body, result.status);
    }
    const form = await c.req.parseBody({ all: true });
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(form)) {
      const values = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string',
      );
      fields[name] = values.length === 1 ? (values[0] as string) : values;
    }
    const result = await oneClick(ports, {
      method: 'POST',
      token: typeof fields.token === 'string' ? fields.token : '',
      form: fields,
      action: '/respond',
      ...(c.req.header('accept-language') ? { acceptLanguage: c.req.header('accept-language') } : {}),
      ...(enhancement ? { enhancement: enhancement.script } : {}),
    });
    return page(result.html, result.status);
  });

  app.get('/api/outbox', (c) => {
    const limit = Math.min(200, Math.max(1, Number(c.req.query('limit') ?? 20) || 20));
    const origin = new URL(c.req.url).origin;
    return c.json(
      ports.delivery.latest(limit).map(({ message, createdAt }) => ({
        kind: message.kind,
        surveyId: message.survey.id,
        ticketId: message.survey.ticketId,
        recipient: message.survey.requester.email ?? message.survey.requester.id,
        locale: message.locale,
        sentAt: new Date(createdAt).toISOString(),
        open: `${origin}/respond?token=${encodeURIComponent(message.tokens.open)}`,
        scores: message.tokens.scores.map((token) => `${origin}/respond?token=${encodeURIComponent(token)}`),
      })),
    );
  });

  app.get('/api/simulation', (c) =>
    options.simulation
      ? c.json(options.simulation.status())
      : refuse(c, 404, 'no-simulation', 'No simulation runs here.'),
  );

  app.post('/api/simulation', async (c) => {
    const simulation = options.simulation;
    if (!simulation) return refuse(c, 404, 'no-simulation', 'No simulation runs here.');
    const caller = callerOf({ get: (name) => c.req.header(name) }, devAdmin);
    if (caller === 'anonymous' || !caller || caller.roles.indexOf('admin') < 0)
      return refuse(
        c,
        caller === 'anonymous' ? 401 : 403,
        'forbidden',
        'Only an admin (x-xloop-account, x-xloop-roles: admin) runs the desk.',
      );
    const read = await readJson(c);
    const body = (read.ok ? read.value : undefined) as { action?: unknown; speed?: unknown } | undefined;
    if (body?.action === 'stop') {
      simulation.stop();
      return c.json(simulation.status());
    }
    const speed = Number(body?.speed ?? 1);
    if (body?.action !== 'start' || !Number.isFinite(speed) || speed < 1 || speed > 100_000) {
      return refuse(
        c,
        400,
        'bad-request',
        'Give { "action": "start", "speed": 1…100000 } or { "action": "stop" }.',
      );
    }
    simulation.start(speed);
    return c.json(simulation.status());
  });

  addUiRoutes(app, ports, options.uiRoot);

  app.notFound((c) => refuse(c, 404, 'not-found', `No endpoint ${c.req.method} ${c.req.path}; see GET /.`));
  // Whatever went wrong inside stays inside: the answer names no error, file or stack.
  app.onError((_error, c) => refuse(c, 500, 'internal', 'Something went wrong in the sandbox.'));
  return app;
}
