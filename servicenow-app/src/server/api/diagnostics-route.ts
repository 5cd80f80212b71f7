import { gs } from '@servicenow/glide';
import { wireError } from '../core/xloop-core.js';
import { runDiagnostics } from '../diagnostics';
import { glidePorts } from '../glide-ports';
import { sendTestInvitation, sessionRecipient } from '../test-invitation';
import { sessionLocale } from '../ui-text/page-text';
import type { RestRequest, RestResponse } from './rest-types';

/** The role that may run the self-check. */
export const DIAGNOSTICS_ROLE = 'x_xloop.experience_admin';

/**
 * GET /api/x_xloop/xloop_admin/diagnostics — experience admins: the first-install self-check, each check with pass
 * or fail and what to fix (`x_xloop_diagnostics.do` shows it).
 */
export function diagnosticsRoute(_request: RestRequest, response: RestResponse): void {
  if (!gs.hasRole(DIAGNOSTICS_ROLE)) {
    refuseNonAdmin(response);
    return;
  }
  response.setStatus(200);
  response.setBody({ value: runDiagnostics(undefined, sessionLocale()) });
}

/**
 * POST /api/x_xloop/xloop_admin/diagnostics/test-invitation — experience admins: sends the caller a test invitation
 * through the event and notification real invitations use, and answers the check (pass, or what to fix).
 */
export function testInvitationRoute(_request: RestRequest, response: RestResponse): void {
  if (!gs.hasRole(DIAGNOSTICS_ROLE)) {
    refuseNonAdmin(response);
    return;
  }
  response.setStatus(200);
  response.setBody({ value: sendTestInvitation(glidePorts(), sessionRecipient(), sessionLocale()) });
}

/** A 403 in the core's wire shape, as every XLoop refusal. */
function refuseNonAdmin(response: RestResponse): void {
  const refused = wireError(403, 'forbidden', 'Experience admins run the XLoop diagnostics.');
  response.setStatus(refused.status);
  response.setBody(refused.body);
}
