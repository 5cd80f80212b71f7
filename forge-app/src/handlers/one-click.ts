import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { type Ports, oneClick as respond } from '@xloop/shared-core';
import { forgePorts } from '../forge-ports';

const header = (request: WebTriggerRequest, name: string) =>
  Object.entries(request.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]?.[0];

/**
 * The web trigger behind the e-mail's 0–10 links: GET records the click and asks the follow-up, POST saves it.
 * Only the token is taken from the query string; the page is the core's, the same as on every platform.
 */
export async function handleOneClick(ports: Ports, request: WebTriggerRequest): Promise<WebTriggerResponse> {
  const method = request.method === 'POST' ? 'POST' : request.method === 'GET' ? 'GET' : undefined;
  if (!method) {
    return {
      statusCode: 405,
      headers: { Allow: ['GET, POST'], 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Use GET or POST.',
    };
  }
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
  });
  return {
    statusCode: result.status,
    headers: {
      'Content-Type': ['text/html; charset=utf-8'],
      'Cache-Control': ['no-store'],
      'Content-Security-Policy': ["default-src 'none'; style-src 'unsafe-inline'; form-action 'self'"],
      'Referrer-Policy': ['no-referrer'],
    },
    body: result.html,
  };
}

/** webtrigger `one-click`. */
export async function oneClick(request: WebTriggerRequest): Promise<WebTriggerResponse> {
  return handleOneClick(forgePorts(), request);
}
