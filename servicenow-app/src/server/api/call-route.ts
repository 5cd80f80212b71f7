import { type Initiative, MAX_BODY_CHARS, readJsonBody, resolve, settled } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { CIM_TRACKED_CALLS, trackInCim } from '../improvement-register';
import { currentCaller } from '../roles';
import type { RestRequest, RestResponse } from './rest-types';

/**
 * POST /api/x_xloop/xloop/call/{name} — signed in, internal users: the agent view and the CSI page call the
 * core's resolvers by name, the same calls the Forge UIs make. The core checks the caller's roles and the payload
 * (a refusal is 4xx with `{ error: { code, message, details } }` and changes nothing); the route checks the JSON.
 */
export function callResolver(request: RestRequest, response: RestResponse): void {
  const name = request.pathParams?.name ?? '';
  const text = request.body?.dataString ?? '';
  const refuse = (status: number, code: string, message: string) => {
    response.setStatus(status);
    response.setBody({ error: { code, message } });
  };
  if (text.length > MAX_BODY_CHARS) {
    refuse(413, 'too-large', 'The request body is too large.');
    return;
  }
  // Deeply nested JSON is refused before it is parsed: a 400 that names nothing internal.
  const read = readJsonBody(text);
  if (!read.ok) {
    refuse(read.error.status, read.error.code, read.error.message);
    return;
  }
  const payload = read.value;
  const caller = currentCaller();
  const ports = glidePorts();
  const result = settled(resolve(ports, name, payload, caller));
  if (!result.ok) {
    response.setStatus(result.status);
    response.setBody({
      error: {
        code: result.code,
        message: result.message,
        ...(result.details ? { details: result.details } : {}),
      },
    });
    return;
  }
  const value =
    (CIM_TRACKED_CALLS as readonly string[]).indexOf(name) >= 0
      ? trackInCim(ports, result.value as Initiative, caller.accountId)
      : result.value;
  response.setStatus(200);
  response.setBody({ value: value === undefined ? null : value });
}

/** The resolvers a requester calls from the portal widget: their own survey, its instrument, their answer. */
export const REQUESTER_CALLS: readonly string[] = ['getInstrument', 'getMyTicketSurvey', 'submitMyResponse'];

/**
 * POST /api/x_xloop/xloop/requester/{name} — signed in, internal or external (portal-only users without
 * snc_internal): the portal widget's calls. Only the requester resolvers answer here (anything else is 404, as an
 * unknown name is); the core checks that the survey is the caller's own. Staff resolvers stay on the internal-only
 * call route.
 */
export function requesterCall(request: RestRequest, response: RestResponse): void {
  const name = request.pathParams?.name ?? '';
  if (REQUESTER_CALLS.indexOf(name) < 0) {
    response.setStatus(404);
    response.setBody({ error: { code: 'unknown-resolver', message: 'No such requester call.' } });
    return;
  }
  callResolver(request, response);
}
