// The sandbox's public entry (`@xloop/sandbox`): the SQLite ports, the local server, the CLI and its commands, the
// report data, the simulated desk and the REST importers.
import { fileURLToPath } from 'node:url';

export { main, program } from './cli/main';
export { type ReportOptions, reportCommand } from './cli/report';
export {
  type ClientOptions,
  ConnectorError,
  type ConnectorErrorCode,
  createClient,
  DEFAULT_RETRY,
  type RetryPolicy,
} from './connectors/http-client';
export { type ImportSummary, importJira } from './connectors/jira';
export { importServiceNow } from './connectors/servicenow';
export { type Report, type ReportRow, reportData } from './report/report-data';
export { DEFAULT_DATABASE, openSandbox, type SandboxPorts } from './sandbox-ports';
export { type AppOptions, createApp } from './server/app';
export { RankingRefresh } from './server/ranking-refresh';
export { DEFAULT_PORT, listen } from './server/serve';
export { DEFAULT_UI_ROOT, UI_APPS } from './server/ui-routes';
export { DEFAULT_ORGANISATION, type Organisation } from './simulation/organisation';
export { DeskRunner, type DeskRunnerOptions, type DeskRunSummary } from './simulation/run-desk';

/** The `xloop` command's script, for running the CLI as a child process. */
export const XLOOP_BIN = fileURLToPath(new URL('../bin/xloop.js', import.meta.url));
