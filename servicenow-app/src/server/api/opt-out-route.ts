import { escapeHtml, followUpPolicy, problemPage, settled, verifyToken } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { keyringReady } from '../stores/property-settings-store';
import { formPost } from './form-body';
import { queryParam, type RestRequest, type RestResponse } from './rest-types';

/** Before the job's first run there is no keyring, so no link can be valid; a request never makes one. */
const NOT_READY = 'XLoop is not ready yet. Please try again in a few minutes.';

/** The largest opt-out form: one token. */
const MAX_FORM_CHARS = 4096;

function send(response: RestResponse, status: number, html: string): void {
  response.setStatus(status);
  response.setContentType('text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Security-Policy', followUpPolicy());
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.getStreamWriter().writeString(html);
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>XLoop surveys</title></head><body style="font-family:sans-serif;max-width:36em;margin:2em auto">${body}</body></html>`;

/** The requester an invitation or reminder link was addressed to, if the token is one and still valid. */
function recipientOf(token: string): string | undefined {
  const ports = glidePorts();
  const checked = verifyToken(token, {
    crypto: ports.crypto,
    keyring: settled(ports.settings.keyring()),
    now: ports.clock.now(),
  });
  if (!checked.ok || checked.value.purpose === 'edit') return undefined;
  return checked.value.recipient;
}

/**
 * GET /api/x_xloop/xloop/optout?token=… — public: the e-mail's opt-out link asks to confirm and changes nothing
 * (mail scanners fetch links); POST of its one button stops every future XLoop survey to the requester the link was
 * addressed to. The token is the invitation's own signed "open" link, so only that requester's e-mail holds it.
 */
export function optOutGet(request: RestRequest, response: RestResponse): void {
  if (!keyringReady()) {
    send(response, 503, problemPage('en', NOT_READY));
    return;
  }
  const token = queryParam(request, 'token') ?? '';
  if (!recipientOf(token)) {
    send(response, 400, problemPage('en', 'This link is not valid or has expired.'));
    return;
  }
  send(
    response,
    200,
    page(
      `<h1>Stop XLoop surveys?</h1><p>You will no longer be asked to rate your resolved tickets.</p>` +
        `<form method="post" action="optout"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
        `<button type="submit">Stop surveys</button></form>`,
    ),
  );
}

/** POST /api/x_xloop/xloop/optout — public: records the opt-out of the token's requester, once. */
export function optOutPost(request: RestRequest, response: RestResponse): void {
  if (!keyringReady()) {
    send(response, 503, problemPage('en', NOT_READY));
    return;
  }
  // The form's one field is in queryParams: the platform refuses dataString for a form.
  const read = formPost(request, MAX_FORM_CHARS);
  if (!read.ok) {
    send(response, read.status, problemPage('en', 'The form is too large.'));
    return;
  }
  const token = read.fields.token;
  const recipient = typeof token === 'string' ? recipientOf(token) : undefined;
  if (!recipient) {
    send(response, 400, problemPage('en', 'This link is not valid or has expired.'));
    return;
  }
  settled(glidePorts().surveys.setOptOut(recipient, true));
  send(
    response,
    200,
    page('<h1>Done</h1><p role="status">You will not be asked to rate your tickets again.</p>'),
  );
}
