import { serviceNowIncidentRow } from '@xloop/shared-core/testing';
import type { callResolver } from '../src/server/api/call-route';
import type { oneClickGet, oneClickPost } from '../src/server/api/one-click-route';
import type { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import type { runXLoopJob } from '../src/server/jobs/xloop-job';
import type { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import type { freshInstance } from './app-instance';
import { type GlideRecord, type instance, restApiRequest } from './glide-stand-in';

/** The app's entry points and the Glide stand-in they run against: the sources on Node, or the built modules. */
export interface AppUnderTest {
  readonly recordTicketEvent: typeof recordTicketEvent;
  readonly runXLoopJob: typeof runXLoopJob;
  readonly oneClickGet: typeof oneClickGet;
  readonly oneClickPost: typeof oneClickPost;
  readonly callResolver: typeof callResolver;
  /** The notification's mail script: the stored message with its links signed as the e-mail leaves. */
  readonly surveyMessageToSend: typeof surveyMessageToSend;
  readonly GlideRecord: typeof GlideRecord;
  readonly instance: typeof instance;
  readonly freshInstance: typeof freshInstance;
}

const HOUR = 3_600_000;
const MONDAY_9 = Date.UTC(2026, 10, 2, 9);
const stamp = (instant: number) => new Date(instant).toISOString().slice(0, 19).replace('T', ' ');

/** A scripted REST response that remembers what the route set. */
export function restResponse() {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown, text: '' };
  return {
    sent,
    setStatus: (status: number) => {
      sent.status = status;
    },
    setHeader: (name: string, value: string) => {
      sent.headers[name] = value;
    },
    setContentType: (type: string) => {
      sent.headers['Content-Type'] = type;
    },
    setBody: (body: unknown) => {
      sent.body = JSON.parse(JSON.stringify(body));
    },
    getStreamWriter: () => ({
      writeString: (text: string) => {
        sent.text += text;
      },
    }),
  };
}

/**
 * A scripted REST request on the stand-in: `body` is sent as JSON, `form` as `application/x-www-form-urlencoded`
 * (whose fields the platform puts in `queryParams`, and whose `dataString` it refuses).
 */
export const restRequest = (parts: {
  query?: Record<string, string>;
  body?: string;
  form?: string;
  path?: Record<string, string>;
  headers?: Record<string, string>;
}) =>
  restApiRequest({
    method: parts.body === undefined && parts.form === undefined ? 'GET' : 'POST',
    ...(parts.form !== undefined
      ? { body: parts.form, contentType: 'application/x-www-form-urlencoded' }
      : parts.body !== undefined
        ? { body: parts.body }
        : {}),
    ...(parts.query ? { query: parts.query } : {}),
    ...(parts.path ? { path: parts.path } : {}),
    ...(parts.headers ? { headers: parts.headers } : {}),
  });

/**
 * The whole loop on the instance: an agent resolves an incident (the business rule fires twice, as at-least-once
 * delivery may), the job decides and later sends the invitation, the requester clicks 9 in the e-mail and sends the
 * follow-up, a forged link and bad calls are refused, the job folds the rollups, and an agent reads the ticket's
 * experience. Returns what an observer of the instance would see.
 */
export function appScenario(app: AppUnderTest) {
  let now = MONDAY_9;
  const instance = app.freshInstance(() => now, app.instance);
  const insert = (table: string, values: Record<string, string>) => {
    const row = new app.GlideRecord(table);
    row.initialize();
    for (const [name, value] of Object.entries(values)) row.setValue(name, value);
    return row.insert();
  };
  insert('sys_user', {
    sys_id: 'u-anna',
    name: 'Anna Virtanen',
    email: 'anna@example.com',
    time_zone: 'UTC',
    preferred_language: 'fi',
  });
  insert('sys_user', { sys_id: 'u-aki', name: 'Aki Agent', email: 'aki@example.com' });
  insert('sys_user_group', { sys_id: 'g-net', name: 'Network' });
  // INC0010001 (inc-1), in progress, called in by Anna.
  insert(
    'incident',
    serviceNowIncidentRow({
      assigned_to: 'u-aki',
      assignment_group: 'g-net',
      contact_type: 'email',
      contact_type$display: 'Email',
      priority: '3',
      priority$display: '3 - Moderate',
      category: 'network',
      category$display: 'Network',
      opened_at: stamp(MONDAY_9 - 2 * HOUR),
    }),
  );

  // The agent resolves: after update, state 2 → 6. The rule runs twice for the one update.
  const previous = new app.GlideRecord('incident');
  previous.get('inc-1');
  const current = new app.GlideRecord('incident');
  current.get('inc-1');
  current.setValue('state', '6');
  current.setValue('close_code', 'Solution provided');
  current.setValue('resolved_at', stamp(now));
  current.setValue('sys_updated_on', stamp(now));
  current.update();
  app.recordTicketEvent(current as never, previous as never);
  app.recordTicketEvent(current as never, previous as never);
  // A later update that leaves the state alone records nothing.
  app.recordTicketEvent(current as never, current as never);
  const inboxAfterRule = instance.rows('x_xloop_ticket_event').map((r) => `${r.event_type}:${r.state}`);
  // The rule did nothing else: deciding waits for the job.
  const writtenByRule = ['x_xloop_survey', 'x_xloop_mark', 'x_xloop_rollup_change'].map(
    (t) => instance.rows(t).length,
  );

  const firstRun = app.runXLoopJob(() => now);
  const decided = instance.rows('x_xloop_ticket_event').map((r) => `${r.state}:${r.decisions ?? ''}`);

  // Past the grace period, inside business hours: the invitation goes out, once, however often the job runs.
  now += 2 * HOUR;
  const secondRun = app.runXLoopJob(() => now);
  app.runXLoopJob(() => now);
  const events = instance.events.map((e) => `${e.name}:${e.table}:${e.parm1}:${e.parm2}`);
  const [survey] = instance.rows('x_xloop_survey');
  const stored = survey?.message ?? '';
  const mailed = new app.GlideRecord('x_xloop_survey');
  mailed.get(survey?.sys_id ?? '');
  const message = app.surveyMessageToSend(mailed as never);
  const storedLinksSigned = [...message.html.matchAll(/token=([^"&]+)/g)].filter((m) =>
    stored.includes(decodeURIComponent(m[1] ?? '')),
  ).length;
  const links = [...message.html.matchAll(/href="([^"]+\/respond\?[^"]+)"/g)].map(
    (m) => m[1]?.replace(/&amp;/g, '&') ?? '',
  );
  const token = (score: number) => decodeURIComponent(links[score]?.split('token=')[1] ?? '');

  // A mail scanner fetches all eleven links: nothing is recorded.
  const scanned = links.map((_, score) => {
    const seen = restResponse();
    app.oneClickGet(restRequest({ query: { token: token(score) } }) as never, seen);
    return seen.sent.status;
  });
  const responsesAfterScanner = instance.rows('x_xloop_response').length;
  const surveyAfterScanner = instance.rows('x_xloop_survey')[0]?.state;
  // An oversized form is refused before it is read.
  const oversized = restResponse();
  app.oneClickPost(
    restRequest({ form: `token=${encodeURIComponent(token(9))}&comment=${'x'.repeat(70_000)}` }) as never,
    oversized,
  );

  // The requester clicks 9, then taps "Send" on the form (with the follow-up answers filled in).
  const click = restResponse();
  app.oneClickGet(
    restRequest({ query: { token: token(9) }, headers: { 'accept-language': 'fi' } }) as never,
    click,
  );
  const followUp = restResponse();
  app.oneClickPost(
    restRequest({
      form: `token=${encodeURIComponent(token(9))}&factors=quick&factors=kept-informed&lostTime=up-to-15-min&comment=Kiitos&locale=fi`,
    }) as never,
    followUp,
  );
  const forged = restResponse();
  app.oneClickGet(restRequest({ query: { token: `${token(9).slice(0, -3)}AAA` } }) as never, forged);
  const responsesAfterForgery = instance.rows('x_xloop_response').length;

  now += HOUR;
  const thirdRun = app.runXLoopJob(() => now);

  // An agent opens the agent view; bad calls are refused and change nothing.
  instance.user = { id: 'u-aki', roles: ['x_xloop.agent_viewer'] };
  const experience = restResponse();
  app.callResolver(
    restRequest({
      path: { name: 'getTicketExperience' },
      body: '{"ticketId":"servicenow:INC0010001"}',
    }) as never,
    experience,
  );
  const badJson = restResponse();
  app.callResolver(restRequest({ path: { name: 'getTicketExperience' }, body: '{' }) as never, badJson);
  const notAllowed = restResponse();
  app.callResolver(restRequest({ path: { name: 'getOpportunities' }, body: '{}' }) as never, notAllowed);
  instance.user = { id: 'u-anna', roles: [] };
  const notHers = restResponse();
  app.callResolver(
    restRequest({
      path: { name: 'submitMyResponse' },
      body: '{"surveyId":"nope","answer":{"score":3}}',
    }) as never,
    notHers,
  );

  const value = (experience.sent.body as { value: Record<string, unknown> }).value as {
    responses: {
      score: number;
      factors: string[];
      lostTimeMinutes?: number;
      comment?: string;
      locale: string;
    }[];
    team?: { name: string; scorecard: { responses: number; happiness: { kind: string; n: number } } };
  };
  const rollups = instance.rows('x_xloop_rollup');
  return {
    inboxAfterRule,
    writtenByRule,
    decided,
    runs: [firstRun, secondRun, thirdRun],
    events,
    subject: message.subject,
    linkCount: links.length,
    storedLinksSigned,
    click: { status: click.sent.status, csp: click.sent.headers['Content-Security-Policy'] },
    followUp: followUp.sent.status,
    forged: forged.sent.status,
    responsesAfterForgery,
    scanned,
    responsesAfterScanner,
    surveyAfterScanner,
    oversized: oversized.sent.status,
    response: value.responses.map(({ score, factors, lostTimeMinutes, comment, locale }) => ({
      score,
      factors,
      lostTimeMinutes,
      comment,
      locale,
    })),
    team: value.team && { name: value.team.name, responses: value.team.scorecard.responses },
    refusals: [badJson.sent.status, notAllowed.sent.status, notHers.sent.status],
    rollupRows: rollups.length,
    organisation: rollups.find((r) => r.segment_key === '' && r.day === '2026-11-02'),
    pendingChanges: instance.rows('x_xloop_rollup_change').filter((c) => c.state !== 'done').length,
    survey: { state: survey && JSON.parse(instance.rows('x_xloop_survey')[0]?.body ?? '{}').state },
  };
}
