import { addDays, isDay } from '@xloop/shared-core';
import { ConnectorError, createClient } from '../connectors/http-client';
import { type ImportSummary, importJira } from '../connectors/jira';
import { importServiceNow } from '../connectors/servicenow';
import { openSandbox } from '../sandbox-ports';
import { CliError } from './cli-error';

interface Common {
  readonly db: string;
  readonly since?: string;
  readonly json?: boolean;
}

function siteUrl(raw: string, what: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`${what} must be a URL such as https://example.atlassian.net, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
    throw new CliError(`${what} must use https: credentials are never sent in the clear.`);
  }
  return url.origin;
}

function since(raw: string | undefined): string {
  if (raw === undefined) return addDays(new Date().toISOString().slice(0, 10), -365);
  if (!isDay(raw)) throw new CliError(`--since takes a day as YYYY-MM-DD, not "${raw}".`);
  return raw;
}

async function run(
  options: Common,
  print: (text: string) => void,
  work: (ports: ReturnType<typeof openSandbox>) => Promise<ImportSummary>,
) {
  const ports = openSandbox(options.db);
  try {
    const summary = await work(ports);
    print(
      options.json
        ? JSON.stringify(summary)
        : `${summary.resumed ? 'Resumed and imported' : 'Imported'} ${summary.tickets} resolved tickets in ${summary.pages} pages: ${summary.imported} new, ${summary.alreadyKnown} already known, ${summary.rated} with a rating, ${summary.skipped} skipped.${(summary.problems ?? []).map((problem) => `\n  skipped ${problem}`).join('')}`,
    );
  } catch (error) {
    if (error instanceof ConnectorError)
      throw new CliError(
        `${error.message}${error.code === 'gave-up' ? ' Run the same command again to resume.' : ''}`,
      );
    throw error;
  } finally {
    ports.close();
  }
}

const progress = (json: boolean | undefined) => (summary: ImportSummary) => {
  if (!json && process.stderr.isTTY)
    process.stderr.write(`\r  page ${summary.pages}: ${summary.tickets} tickets, ${summary.imported} new`);
};

/** `xloop import jira`: resolved JSM tickets and their CSAT ratings since a day. */
export function importJiraCommand(
  options: Common & { site: string; email: string; token: string },
  print: (text: string) => void,
) {
  const site = siteUrl(options.site, '--site');
  const client = createClient({
    platform: 'Jira',
    baseURL: site,
    headers: {
      Authorization: `Basic ${Buffer.from(`${options.email}:${options.token}`).toString('base64')}`,
    },
  });
  return run(options, print, (ports) =>
    importJira(ports, client, { site, since: since(options.since), onPage: progress(options.json) }),
  );
}

/** `xloop import servicenow`: resolved incidents and their survey results since a day. */
export function importServiceNowCommand(
  options: Common & { instance: string; user?: string; password?: string; token?: string; metric?: string },
  print: (text: string) => void,
) {
  const instance = siteUrl(options.instance, '--instance');
  const basic = options.user !== undefined && options.password !== undefined;
  if (basic === (options.token !== undefined))
    throw new CliError('Give either --user and --password, or --token.');
  const client = createClient({
    platform: 'ServiceNow',
    baseURL: instance,
    headers: {
      Authorization: basic
        ? `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`
        : `Bearer ${options.token}`,
    },
  });
  return run(options, print, (ports) =>
    importServiceNow(ports, client, {
      instance,
      since: since(options.since),
      ...(options.metric ? { metric: options.metric } : {}),
      onPage: progress(options.json),
    }),
  );
}
