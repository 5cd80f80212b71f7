import {
  type Caller,
  followUp,
  followUpPolicy,
  oneClick,
  RESOLVER_NAMES,
  type Role,
  readFollowUpRequest,
  resolve,
} from '@xloop/shared-core';
import type { FollowUpScript } from '@xloop/shared-core/platform';
import { Hono } from 'hono';
import type { SandboxPorts } from '../sandbox-ports';
import type { SimulationController } from './simulation-controller';
import { addUiRoutes, readFollowUpScript } from './ui-routes';

const ROLES: readonly Role[] = ['customer', 'agent', 'csi-manager', 'admin'];

/**
 * Who is calling. The sandbox listens on 127.0.0.1 only and stands in for the platform's sign-in: the local bridge
 * and tests say who they are with `x-xloop-account` and `x-xloop-roles`; without them the caller is the sandbox's
 * own administrator.
 */
function callerOf(headers: { get(name: string): string | undefined }): Caller | undefined {
  const accountId = headers.get('x-xloop-account') ?? 'sandbox-admin';
  const roles = (headers.get('x-xloop-roles') ?? 'admin,csi-manager,agent').split(',').map((r) => r.trim());
  if (accountId.length === 0 || accountId.length > 200 || roles.some((r) => ROLES.indexOf(r as Role) < 0))
    return undefined;
  return { accountId, roles: roles as Role[] };
}

const ENDPOINTS = [
  { method: 'GET', path: '/', what: 'this list' },
  {
    method: 'POST',
    path: '/api/resolvers/:name',
    what: `a UI call: body { payload }; names: ${RESOLVER_NAMES.join(', ')}`,
  },
  {
    method: 'GET',
    path: '/respond?token=…',
    what: 'the one-click link from an invitation: records the score, asks the follow-up',
  },
  {
    method: 'POST',
    path: '/respond',
    what: 'the follow-up form; as JSON { token, answer?, locale? }, the follow-up script’s survey and answer',
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
}

/** The sandbox's HTTP API over its ports. */
export function createApp(ports: SandboxPorts, options: AppOptions = {}): Hono {
  const app = new Hono();
  const enhancement =
    options.followUpScript === null
      ? undefined
      : (options.followUpScript ?? readFollowUpScript(options.uiRoot));
  const page = (html: string, status: 200 | 400 | 404 | 410) =>
    new Response(html, {
      status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': enhancement?.policy ?? followUpPolicy(),
      },
    });

  app.get('/', (c) => c.json({ name: 'XLoop sandbox', endpoints: ENDPOINTS }));

  app.post('/api/resolvers/:name', async (c) => {
    const caller = callerOf({ get: (name) => c.req.header(name) });
    if (!caller)
      return c.json({ code: 'bad-caller', message: 'x-xloop-account or x-xloop-roles is not valid.' }, 400);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ code: 'bad-request', message: 'The body must be JSON: { "payload": { … } }.' }, 400);
    }
    const payload =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? (body as { payload?: unknown }).payload
        : undefined;
    const result = await resolve(ports, c.req.param('name'), payload ?? {}, caller);
    if (result.ok) return c.json(result.value ?? null);
    return c.json({ code: result.code, message: result.message, details: result.details }, result.status);
  });

  app.get('/respond', async (c) => {
    const result = await oneClick(ports, {
      method: 'GET',
      token: c.req.query('token') ?? '',
      action: '/respond',
      ...(c.req.header('accept-language') ? { acceptLanguage: c.req.header('accept-language') } : {}),
      ...(enhancement ? { enhancement: enhancement.script } : {}),
    });
    return page(result.html, result.status);
  });

  app.post('/respond', async (c) => {
    if (c.req.header('content-type')?.startsWith('application/json')) {
      const request = readFollowUpRequest(await c.req.json().catch(() => undefined));
      if (!request) return c.json({ code: 'bad-request', message: 'Send { token, answer?, locale? }.' }, 400);
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
      : c.json({ code: 'no-simulation', message: 'No simulation runs here.' }, 404),
  );

  app.post('/api/simulation', async (c) => {
    const simulation = options.simulation;
    if (!simulation) return c.json({ code: 'no-simulation', message: 'No simulation runs here.' }, 404);
    const body = (await c.req.json().catch(() => undefined)) as
      | { action?: unknown; speed?: unknown }
      | undefined;
    if (body?.action === 'stop') {
      simulation.stop();
      return c.json(simulation.status());
    }
    const speed = Number(body?.speed ?? 1);
    if (body?.action !== 'start' || !Number.isFinite(speed) || speed < 1 || speed > 100_000) {
      return c.json(
        {
          code: 'bad-request',
          message: 'Give { "action": "start", "speed": 1…100000 } or { "action": "stop" }.',
        },
        400,
      );
    }
    simulation.start(speed);
    return c.json(simulation.status());
  });

  addUiRoutes(app, ports, options.uiRoot);

  app.notFound((c) =>
    c.json({ code: 'not-found', message: `No endpoint ${c.req.method} ${c.req.path}; see GET /.` }, 404),
  );
  app.onError((error, c) => c.json({ code: 'internal', message: error.message }, 500));
  return app;
}
