import { followUpPolicy, MAX_BODY_CHARS, oneClick, problemPage, settled } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { keyringReady } from '../stores/property-settings-store';
import { formPost } from './form-body';
import { queryParam, type RestRequest, type RestResponse } from './rest-types';

const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  // The core's policy: inline styles, the script that takes the token out of the address bar, no framing.
  'Content-Security-Policy': followUpPolicy(),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

function send(response: RestResponse, status: number, html: string): void {
  response.setStatus(status);
  response.setContentType('text/html; charset=utf-8');
  for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
  response.getStreamWriter().writeString(html);
}

function answer(method: 'GET' | 'POST', request: RestRequest, response: RestResponse): void {
  // Before the job's first run there is no keyring, so no link can be valid; a request never makes one.
  if (!keyringReady()) {
    send(response, 503, problemPage('en', 'XLoop is not ready yet. Please try again in a few minutes.'));
    return;
  }
  // A form post's fields are in queryParams (the platform refuses dataString for a form), bounded as the call
  // route's body is: a follow-up form is a few kilobytes.
  const read = method === 'POST' ? formPost(request, MAX_BODY_CHARS) : undefined;
  if (read && !read.ok) {
    send(response, read.status, problemPage('en', 'The form is too large.'));
    return;
  }
  const form = read?.fields;
  const token =
    method === 'GET'
      ? (queryParam(request, 'token') ?? '')
      : typeof form?.token === 'string'
        ? form.token
        : '';
  const acceptLanguage = request.getHeader('accept-language') ?? undefined;
  // The page and every check (token signature, expiry, answer validation) are the core's, as on every platform.
  const page = settled(
    oneClick(glidePorts(), {
      method,
      token,
      ...(form ? { form } : {}),
      action: 'respond',
      ...(acceptLanguage ? { acceptLanguage } : {}),
    }),
  );
  send(response, page.status, page.html);
}

/**
 * GET /api/x_xloop/xloop/respond?token=… — public: the e-mail's 0–10 link shows the survey with its score
 * pre-selected and records nothing, so a mail scanner that fetches every link answers nothing.
 */
export function oneClickGet(request: RestRequest, response: RestResponse): void {
  answer('GET', request, response);
}

/** POST /api/x_xloop/xloop/respond — public: the form, token-checked; the tap on "Send" records the answer once. */
export function oneClickPost(request: RestRequest, response: RestResponse): void {
  answer('POST', request, response);
}
