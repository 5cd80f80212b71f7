import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JIRA_FIELDS, jiraSearchPage, serviceNowIncidents, serviceNowResults } from './faults-history-sites';

export const CREDENTIALS = { user: 'me@example.com', secret: 'secret' };

/**
 * A Jira site and a ServiceNow instance on 127.0.0.1, for an importer in another process (msw cannot reach into
 * it): the same tickets as the msw sites, each page answered after `pageDelayMs` so that a kill lands mid-import.
 */
export async function startHistorySite(options: { readonly tickets: number; readonly pageDelayMs: number }) {
  /** Every page request, in order, as `jira <token>` or `servicenow <offset>`. */
  const pages: string[] = [];
  const expected = `Basic ${Buffer.from(`${CREDENTIALS.user}:${CREDENTIALS.secret}`).toString('base64')}`;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.setHeader('content-type', 'application/json');
    const send = (body: unknown, delayMs = 0) => {
      const timer = setTimeout(() => response.end(JSON.stringify(body)), delayMs);
      response.once('close', () => clearTimeout(timer));
    };
    if (request.headers.authorization !== expected) {
      response.statusCode = 401;
      return send({ errorMessages: ['Client must be authenticated'] });
    }
    switch (url.pathname) {
      case '/rest/api/3/field':
        return send(JIRA_FIELDS);
      case '/rest/api/3/search/jql':
        pages.push(`jira ${url.searchParams.get('nextPageToken') ?? 'first'}`);
        return send(jiraSearchPage(url, options.tickets), options.pageDelayMs);
      case '/api/now/table/incident':
        pages.push(`servicenow ${url.searchParams.get('sysparm_offset') ?? '0'}`);
        return send(serviceNowIncidents(url, options.tickets), options.pageDelayMs);
      case '/api/now/table/asmt_metric_result':
        return send(serviceNowResults(url, options.tickets));
      default:
        response.statusCode = 404;
        return send({ errorMessages: ['not found'] });
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
