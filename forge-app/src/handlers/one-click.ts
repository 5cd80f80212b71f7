import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import {
  followUp,
  followUpPolicy,
  type Ports,
  readFollowUpRequest,
  oneClick as respond,
  verifyToken,
} from '@xloop/shared-core';
import type { FollowUpScript } from '@xloop/shared-core/platform';
import { recordAnswerOnIssue } from '../jira/experience-property';
import type { JiraClient } from '../jira/jira-client';

const header = (request: WebTriggerRequest, name: string) =>
  Object.entries(request.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]?.[0];

/**
 * The web trigger behind the e-mail's 0–10 links: GET records the click and asks the follow-up, POST saves it.
 * Only the token is taken from the query string; the page is the core's, the same as on every platform. With the
 * follow-up script, the page carries it (allowed by its hash alone) and a JSON POST is the script's own call.
 */
export async function handleOneClick(
  ports: Ports,
  request: WebTriggerRequest,
  jira?: JiraClient,
  script?: FollowUpScript,
): Promise<WebTriggerResponse> {
  const method = request.method === 'POST' ? 'POST' : request.method === 'GET' ? 'GET' : undefined;
  if (!method) {
    return {
      statusCode: 405,
      headers: { Allow: ['GET, POST'], 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Use GET or POST.',
    };
  }
  if (method === 'POST' && header(request, 'content-type')?.startsWith('application/json'))
    return answerScript(ports, request, jira);
  const form: Record<string, string | string[]> = {};
  if (method === 'POST') {
    for (const [name, value] of new URLSearchParams(request.body ?? '')) {
      const known = form[name];
      form[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    }
  }
  const token =
    method === 'GET'
      ? (request.queryParameters?.token?.[0] ?? '')
      : typeof form.token === 'string'
        ? form.token
        : '';
  const acceptLanguage = header(request, 'accept-language');
  const result = await respond(ports, {
    method,
    token,
    ...(method === 'POST' ? { form } : {}),
    action: request.path || '/',
    ...(acceptLanguage ? { acceptLanguage } : {}),
    ...(script ? { enhancement: script.script } : {}),
  });
  if (jira && result.status === 200) await recordOnIssue(ports, jira, token);
  return {
    statusCode: result.status,
    headers: {
      'Content-Type': ['text/html; charset=utf-8'],
      'Cache-Control': ['no-store'],
      'Content-Security-Policy': [script?.policy ?? followUpPolicy()],
      'Referrer-Policy': ['no-referrer'],
    },
    body: result.html,
  };
}

/** The follow-up script's JSON call: the survey behind the token, or the answer saved by it. */
async function answerScript(
  ports: Ports,
  request: WebTriggerRequest,
  jira?: JiraClient,
): Promise<WebTriggerResponse> {
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch {
    body = undefined;
  }
  const asked = readFollowUpRequest(body);
  const result = asked
    ? await followUp(ports, asked)
    : { status: 400, body: { code: 'bad-request', message: 'Send { token, answer?, locale? }.' } };
  if (asked?.answer !== undefined && jira && result.status === 200)
    await recordOnIssue(ports, jira, asked.token);
  return {
    statusCode: result.status,
    headers: { 'Content-Type': ['application/json; charset=utf-8'], 'Cache-Control': ['no-store'] },
    body: JSON.stringify(result.body),
  };
}

/** The answer behind a token goes onto its issue. */
async function recordOnIssue(ports: Ports, jira: JiraClient, token: string): Promise<void> {
  const keyring = await ports.settings.keyring();
  const claims = verifyToken(token, { crypto: ports.crypto, keyring, now: ports.clock.now() });
  if (claims.ok) await recordAnswerOnIssue(ports, jira, claims.value.surveyId);
}
