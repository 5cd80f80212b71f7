import { pageText, sessionLocale } from '../ui-text/page-text';
import type { RestRequest, RestResponse } from './rest-types';

/**
 * GET /api/x_xloop/xloop/text — signed in: every text the app's pages show, in the signed-in user's language (the
 * session's, else their preferred language, else English). The pages fetch it before they draw anything.
 */
export function pageTextRoute(_request: RestRequest, response: RestResponse): void {
  response.setStatus(200);
  response.setHeader('Cache-Control', 'private, max-age=300');
  response.setBody({ value: pageText(sessionLocale()) });
}
