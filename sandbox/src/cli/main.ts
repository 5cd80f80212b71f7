import { Command, InvalidArgumentError, Option } from 'commander';
import { analyzeCommand } from './analyze';
import { CliError } from './cli-error';
import { importJiraCommand, importServiceNowCommand } from './import';
import { reportCommand } from './report';
import { simulateCommand } from './simulate';
import { startCommand } from './start';

const print = (text: string) => process.stdout.write(`${text}\n`);

const integer = (name: string, min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
  return n;
};

/** The `xloop` command line. */
export function program(): Command {
  const cli = new Command('xloop')
    .description('XLoop on one machine: the sandbox, policy dry-runs, offline analysis, reports and imports.')
    .showHelpAfterError();

  cli
    .command('start')
    .description(
      'start the sandbox: seeds a fresh database with simulated history, serves the API on 127.0.0.1',
    )
    .option('--db <file>', 'the SQLite database', './.xloop/xloop.db')
    .option('--port <port>', 'the port on 127.0.0.1 (0 for any free port)', integer('port', 0, 65535), 4870)
    .option(
      '--speed <factor>',
      'how much faster than real time the simulated desk runs',
      integer('speed', 1, 100_000),
      1,
    )
    .option(
      '--seed-days <days>',
      'days of history to simulate into a fresh database',
      integer('seed-days', 0, 730),
      120,
    )
    .option(
      '--organisation <file>',
      'JSON overriding the simulated organisation (size, services, time zones …)',
    )
    .option('--json', 'print a JSON line instead of text')
    .action(async (options) => {
      const running = await startCommand(options, print);
      const stop = async () => {
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  cli
    .command('simulate')
    .description(
      'run the timing policy over historical ticket events and print every survey decision (JSON lines) and a summary',
    )
    .requiredOption('--events <file>', 'the ticket events')
    .addOption(
      new Option('--format <format>', 'how the events file is written')
        .choices(['jira-changelog', 'servicenow-audit', 'jsonl'])
        .makeOptionMandatory(),
    )
    .option('--policy <file>', 'the policy JSON, as the admin settings edit it')
    .option('--out <file>', 'write the decisions here as JSON lines instead of printing them')
    .option('--time-zone <zone>', "the zone of the ServiceNow export's dates (default: the policy's)")
    .option('--json', 'print the summary (and decisions) as one JSON document')
    .action((options) => simulateCommand(options, print));

  cli
    .command('analyze')
    .description('scores, segments and ranked opportunities from a file of responses (CSV or JSON lines)')
    .requiredOption(
      '--responses <file>',
      'the responses: ticket_id, kind, answered_at, score, lost_time_minutes, factors, comment, service, …',
    )
    .addOption(
      new Option('--format <format>', 'csv or jsonl (default: from the file name)').choices(['csv', 'jsonl']),
    )
    .option('--by <dimensions>', 'dimensions to break down by, comma-separated (default: all)')
    .option('--from <day>', 'first day, YYYY-MM-DD')
    .option('--to <day>', 'last day, YYYY-MM-DD')
    .option(
      '--minimum-sample <n>',
      'answers below which a score is not shown',
      integer('minimum-sample', 2, 1000),
    )
    .option('--json', 'print JSON')
    .action((options) => analyzeCommand(options, print));

  cli
    .command('report')
    .description('write a stakeholder report from the sandbox database')
    .addOption(
      new Option('--format <format>', 'html (with charts, readable offline), csv or md')
        .choices(['html', 'csv', 'md'])
        .makeOptionMandatory(),
    )
    .requiredOption('--out <file>', 'where to write it')
    .option('--customer <name>', "only this MSP customer's tickets")
    .option('--db <file>', 'the SQLite database', './.xloop/xloop.db')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: 90 days before --to)')
    .option('--to <day>', 'last day, YYYY-MM-DD (default: today)')
    .option('--json', 'print a JSON line instead of text')
    .action((options) => reportCommand(options, print));

  const imports = cli
    .command('import')
    .description('backfill resolved tickets and existing satisfaction ratings from Jira or ServiceNow');
  imports
    .command('jira')
    .description('resolved Jira Service Management tickets and their CSAT (1–5) ratings, via the REST API')
    .requiredOption('--site <url>', 'the site, e.g. https://example.atlassian.net')
    .requiredOption('--email <email>', 'the account e-mail')
    .requiredOption('--token <token>', 'an API token of that account')
    .option('--since <day>', 'first resolution day, YYYY-MM-DD (default: a year ago)')
    .option('--db <file>', 'the SQLite database', './.xloop/xloop.db')
    .option('--json', 'print the summary as JSON')
    .action((options) => importJiraCommand(options, print));
  imports
    .command('servicenow')
    .description('resolved ServiceNow incidents and their survey results (1–5), via the Table API')
    .requiredOption('--instance <url>', 'the instance, e.g. https://example.service-now.com')
    .option('--user <user>', 'a user with read access to incident and asmt_metric_result')
    .option('--password <password>', "that user's password")
    .option('--token <token>', 'an OAuth bearer token instead of user and password')
    .option('--metric <name>', 'the survey metric holding satisfaction (matched by name)', 'satisf')
    .option('--since <day>', 'first resolution day, YYYY-MM-DD (default: a year ago)')
    .option('--db <file>', 'the SQLite database', './.xloop/xloop.db')
    .option('--json', 'print the summary as JSON')
    .action((options) => importServiceNowCommand(options, print));

  return cli;
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    await program().parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`xloop: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    throw error;
  }
}
