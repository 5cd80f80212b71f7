import { oneClick, settled } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { formBody } from './form-body';
import { queryParam, type RestRequest, type RestResponse } from './rest-types';

const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

function answer(method: 'GET' | 'POST', request: RestRequest, response: RestResponse): void {
  const form = method === 'POST' ? formBody(request.body?.dataString ?? '') : undefined;
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
  response.setStatus(page.status);
  response.setContentType('text/html; charset=utf-8');
  for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
  response.getStreamWriter().writeString(page.html);
}

/** GET /api/x_xloop/xloop/respond?token=… — public: the e-mail's 0–10 link records the score and asks the rest. */
export function oneClickGet(request: RestRequest, response: RestResponse): void {
  answer('GET', request, response);
}

/** POST /api/x_xloop/xloop/respond — public: the follow-up form (factors, lost time, comment), token-checked. */
export function oneClickPost(request: RestRequest, response: RestResponse): void {
  answer('POST', request, response);
}
