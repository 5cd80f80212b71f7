import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import {
  followUp,
  followUpPolicy,
  formFields,
  MAX_BODY_CHARS,
  type Ports,
  readFollowUpRequest,
  readJsonBody,
  oneClick as respond,
  verifyToken,
  wireError,
} from '@xloop/shared-core';
import type { FollowUpScript } from '@xloop/shared-core/platform';
import { recordAnswerOnIssue } from '../jira/experience-property';
import type { JiraClient } from '../jira/jira-client';

const header = (request: WebTriggerRequest, name: string) =>
  Object.entries(request.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]?.[0];

/** What every answer of the web trigger carries. */
const COMMON: Record<string, string[]> = {
  'Cache-Control': ['no-store'],
  'Referrer-Policy': ['no-referrer'],
  'X-Content-Type-Options': ['nosniff'],
};

/** A JSON answer of the web trigger. */
const json = (statusCode: number, body: unknown): WebTriggerResponse => ({
  statusCode,
  headers: { ...COMMON, 'Content-Type': ['application/json; charset=utf-8'] },
  body: JSON.stringify(body),
});

/** A JSON refusal, in the wire shape every XLoop refusal has: `{ error: { status, code, message } }`. */
const refuse = (status: number, code: string, message: string): WebTriggerResponse =>
  json(status, wireError(status, code, message).body);

/**
 * The web trigger behind the e-mail's 0–10 links. GET (and HEAD) shows the survey with the link's score pre-selected
 * and changes nothing, so a mail scanner that fetches every link answers nothing; POST of the form records the
 * answer. Only the token is taken from the query string; the page is the core's, the same as on every platform. With
 * the follow-up script, the page carries it (allowed by its hash alone) and a JSON POST is the script's own call.
 * Bodies over the core's limit are 413; the issue gets the score only when an answer was recorded.
 */
export async function handleOneClick(
  ports: Ports,
  request: WebTriggerRequest,
  jira?: JiraClient,
  script?: FollowUpScript,
): Promise<WebTriggerResponse> {
  // Forge's type lists no HEAD, but a scanner may send one: it is a GET without the body.
  const asked = String(request.method).toUpperCase();
  const method = asked === 'POST' || asked === 'GET' || asked === 'HEAD' ? asked : undefined;
  if (!method) {
    return {
      statusCode: 405,
      headers: { ...COMMON, Allow: ['GET, HEAD, POST'], 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Use GET or POST.',
    };
  }
  if ((request.body ?? '').length > MAX_BODY_CHARS)
    return refuse(413, 'too-large', `The body is larger than ${MAX_BODY_CHARS} characters.`);
  if (method === 'POST' && header(request, 'content-type')?.startsWith('application/json'))
    return answerScript(ports, request, jira);
  const form = formFields(method === 'POST' ? new URLSearchParams(request.body ?? '') : []);
  const token =
    method !== 'POST'
      ? (request.queryParameters?.token?.[0] ?? '')
      : typeof form.token === 'string'
        ? form.token
        : '';
  const acceptLanguage = header(request, 'accept-language');
  const result = await respond(ports, {
    method,
    token,
    ...(method === 'POST' ? { form } : {}),
    // Relative: the trigger's own last path segment, so the form posts back to the address it came from whatever the
    // public URL puts before it (`path` is documented only as "Path of request sent by the caller").
    action: request.path?.split('/').filter(Boolean).pop() ?? '.',
    ...(acceptLanguage ? { acceptLanguage } : {}),
    ...(script ? { enhancement: script.script } : {}),
  });
  if (jira && method === 'POST' && result.status === 200) await recordOnIssue(ports, jira, token);
  return {
    statusCode: result.status,
    headers: {
      ...COMMON,
      'Content-Type': ['text/html; charset=utf-8'],
      'Content-Security-Policy': [script?.policy ?? followUpPolicy()],
    },
    body: method === 'HEAD' ? '' : result.html,
  };
}

/** The follow-up script's JSON call: the survey behind the token, or the answer saved by it. */
async function answerScript(
  ports: Ports,
  request: WebTriggerRequest,
  jira?: JiraClient,
): Promise<WebTriggerResponse> {
  const read = readJsonBody(request.body ?? '');
  if (!read.ok) return refuse(read.error.status, read.error.code, read.error.message);
  const asked = readFollowUpRequest(read.value);
  if (!asked) return refuse(400, 'bad-request', 'Send { token, answer?, locale? }.');
  const result = await followUp(ports, asked);
  if (asked.answer !== undefined && jira && result.status === 200)
    await recordOnIssue(ports, jira, asked.token);
  return json(result.status, result.body);
}

/** The answer behind a token goes onto its issue. */
async function recordOnIssue(ports: Ports, jira: JiraClient, token: string): Promise<void> {
  const keyring = await ports.settings.keyring();
  const claims = verifyToken(token, { crypto: ports.crypto, keyring, now: ports.clock.now() });
  if (claims.ok) await recordAnswerOnIssue(ports, jira, claims.value.surveyId);
}
