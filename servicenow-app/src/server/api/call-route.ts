import {
  type Initiative,
  MAX_BODY_CHARS,
  readJsonBody,
  resolve,
  settled,
  toWire,
  type Wire,
  wireError,
} from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { CIM_TRACKED_CALLS, trackInCim } from '../improvement-register';
import { currentCaller } from '../roles';
import type { RestRequest, RestResponse } from './rest-types';

/**
 * POST /api/x_xloop/xloop/call/{name} — signed in, internal users: the agent view and the CSI page call the
 * core's resolvers by name, the same calls the Forge UIs make. The core checks the caller's roles and the payload
 * (a refusal changes nothing); the route checks the JSON. Every answer is the core's wire envelope with its HTTP
 * status: `{ value }`, or `{ error: { status, code, message, details? } }` as Forge and the sandbox send it.
 */
export function callResolver(request: RestRequest, response: RestResponse): void {
  const name = request.pathParams?.name ?? '';
  const text = request.body?.dataString ?? '';
  const refuse = (status: number, code: string, message: string) =>
    send(response, wireError(status, code, message));
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
  const tracked =
    result.ok && (CIM_TRACKED_CALLS as readonly string[]).indexOf(name) >= 0
      ? { ok: true as const, value: trackInCim(ports, result.value as Initiative, caller.accountId) }
      : result;
  send(response, toWire(tracked));
}

function send(response: RestResponse, wire: Wire): void {
  response.setStatus(wire.status);
  response.setBody(wire.body);
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
    send(response, wireError(404, 'unknown-resolver', 'No such requester call.'));
    return;
  }
  callResolver(request, response);
}
