import { gs } from '@servicenow/glide';
import { MAX_BODY_CHARS, readJsonBody, wireError } from '../core/xloop-core.js';
import { policyPreviewProgress, startPolicyPreview } from '../preview/policy-preview-run';
import { currentCaller } from '../roles';
import { DIAGNOSTICS_ROLE } from './diagnostics-route';
import type { RestRequest, RestResponse } from './rest-types';

/** A refusal in the core's wire shape, as every XLoop refusal. */
function refuse(response: RestResponse, status: number, code: string, message: string, details?: unknown) {
  const refused = wireError(status, code, message, details);
  response.setStatus(refused.status);
  response.setBody(refused.body);
}

/**
 * POST /api/x_xloop/xloop_admin/preview — experience admins: starts the policy preview of the edited settings in the
 * background (`{ settings, days }`, checked as the core's `previewPolicy` checks them) and answers 202 with its id.
 */
export function startPreviewRoute(request: RestRequest, response: RestResponse): void {
  if (!gs.hasRole(DIAGNOSTICS_ROLE)) {
    refuse(response, 403, 'forbidden', 'Experience admins preview the XLoop policy.');
    return;
  }
  const text = request.body?.dataString ?? '';
  if (text.length > MAX_BODY_CHARS) {
    refuse(response, 413, 'too-large', 'The request body is too large.');
    return;
  }
  const read = readJsonBody(text);
  if (!read.ok) {
    refuse(response, read.error.status, read.error.code, read.error.message);
    return;
  }
  const started = startPolicyPreview(read.value, currentCaller());
  if (!started.ok) {
    refuse(response, started.status, started.code, started.message, started.details);
    return;
  }
  response.setStatus(202);
  response.setBody({ value: { id: started.id } });
}

/** GET /api/x_xloop/xloop_admin/preview/{id} — experience admins: a preview's progress, and its result once done. */
export function previewProgressRoute(request: RestRequest, response: RestResponse): void {
  if (!gs.hasRole(DIAGNOSTICS_ROLE)) {
    refuse(response, 403, 'forbidden', 'Experience admins preview the XLoop policy.');
    return;
  }
  const progress = policyPreviewProgress(request.pathParams?.id ?? '');
  if (!progress) {
    refuse(response, 404, 'not-found', 'No such preview: it may have been cleaned up after a day.');
    return;
  }
  response.setStatus(200);
  response.setBody({ value: progress });
}
