import {
  type Caller,
  RESOLVER_NAMES,
  type Role,
  resolve,
  type Score,
  submitResponse,
  verifyToken,
} from '@xloop/shared-core';
import { Hono } from 'hono';
import type { SandboxPorts } from '../sandbox-ports';
import { followUpPage, pageLocale, problemPage, thanksPage } from './respond-page';
import type { SimulationController } from './simulation-controller';

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
  { method: 'POST', path: '/respond', what: 'the follow-up form' },
  {
    method: 'GET',
    path: '/api/outbox?limit=20',
    what: 'the invitations and reminders the sandbox would have sent, with their links',
  },
  { method: 'GET', path: '/api/simulation', what: 'the simulated desk: simulated time and counts' },
  { method: 'POST', path: '/api/simulation', what: 'body { action: "start", speed } or { action: "stop" }' },
];

export interface AppOptions {
  readonly simulation?: SimulationController;
}

/** The survey a token names, when its signature holds; the page needs its kind and language. */
function surveyOfToken(ports: SandboxPorts, token: string) {
  const claims = verifyToken(token, {
    crypto: ports.crypto,
    keyring: ports.settings.keyring(),
    now: ports.clock.now(),
  });
  return claims.ok ? ports.surveys.get(claims.value.surveyId) : undefined;
}

/** The sandbox's HTTP API over its ports. */
export function createApp(ports: SandboxPorts, options: AppOptions = {}): Hono {
  const app = new Hono();

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
    const token = c.req.query('token') ?? '';
    const fallback = pageLocale(undefined, c.req.header('accept-language'));
    const result = await submitResponse(ports, { by: 'token', token, answer: {} });
    if (result.ok) {
      const r = result.value.response;
      return c.html(
        followUpPage({
          token,
          locale: r.locale,
          kind: result.value.survey.kind,
          score: r.score,
          factors: r.factors,
          ...(r.lostTimeOption ? { lostTime: r.lostTimeOption } : {}),
          ...(r.comment ? { comment: r.comment } : {}),
        }),
      );
    }
    const existing = result.error.existing;
    if (result.error.code === 'already-used' && existing) {
      const survey = await ports.surveys.get(existing.surveyId);
      return c.html(
        followUpPage({
          token,
          locale: existing.locale,
          kind: survey?.kind ?? 'incident',
          score: existing.score,
          factors: existing.factors,
          ...(existing.lostTimeOption ? { lostTime: existing.lostTimeOption } : {}),
          ...(existing.comment ? { comment: existing.comment } : {}),
        }),
      );
    }
    // A link without a score opens the form at the middle of the scale.
    if (result.error.code === 'invalid-answer') {
      const survey = surveyOfToken(ports, token);
      if (survey) {
        return c.html(
          followUpPage({
            token,
            locale: pageLocale(survey.requester.locale, c.req.header('accept-language')),
            kind: survey.kind,
            score: 5 as Score,
          }),
        );
      }
    }
    const status =
      result.error.code === 'expired' || result.error.code === 'survey-closed'
        ? 410
        : result.error.code === 'unknown-survey'
          ? 404
          : 400;
    return c.html(problemPage(fallback, result.error.message), status);
  });

  app.post('/respond', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const one = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const token = one(form.token) ?? '';
    const locale = pageLocale(one(form.locale), c.req.header('accept-language'));
    const factors =
      form.factors === undefined ? [] : Array.isArray(form.factors) ? form.factors : [form.factors];
    const answer = {
      score: one(form.score),
      factors: factors.filter((f): f is string => typeof f === 'string'),
      ...(one(form.lostTime) ? { lostTime: one(form.lostTime) } : {}),
      ...(one(form.comment) !== undefined ? { comment: one(form.comment) } : {}),
      locale,
    };
    const result = await submitResponse(ports, { by: 'token', token, answer });
    if (result.ok) return c.html(thanksPage(result.value.response.locale));
    if (result.error.code === 'invalid-answer') {
      const survey = surveyOfToken(ports, token);
      const score = Number(answer.score);
      return c.html(
        followUpPage({
          token,
          locale,
          kind: survey?.kind ?? 'incident',
          score: (Number.isInteger(score) && score >= 0 && score <= 10 ? score : 5) as Score,
          factors: answer.factors,
          ...(answer.lostTime ? { lostTime: answer.lostTime } : {}),
          ...(answer.comment ? { comment: answer.comment } : {}),
          errors: result.error.errors ?? [],
        }),
        400,
      );
    }
    const status = result.error.code === 'expired' || result.error.code === 'survey-closed' ? 410 : 400;
    return c.html(problemPage(locale, result.error.message), status);
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

  app.notFound((c) =>
    c.json({ code: 'not-found', message: `No endpoint ${c.req.method} ${c.req.path}; see GET /.` }, 404),
  );
  app.onError((error, c) => c.json({ code: 'internal', message: error.message }, 500));
  return app;
}
