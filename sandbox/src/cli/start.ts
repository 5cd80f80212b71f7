import { readFileSync } from 'node:fs';
import { addDays, DAY, type Instant } from '@xloop/shared-core';
import { openSandbox, type SandboxPorts } from '../sandbox-ports';
import { createApp } from '../server/app';
import { listen } from '../server/serve';
import { SimulationController } from '../server/simulation-controller';
import { DEFAULT_ORGANISATION, type Organisation } from '../simulation/organisation';
import { DeskRunner } from '../simulation/run-desk';
import { CliError } from './cli-error';
import { progressBar } from './progress';

export interface StartOptions {
  readonly db: string;
  readonly port: number;
  readonly speed: number;
  readonly seedDays: number;
  readonly organisation?: string;
  readonly json?: boolean;
}

interface SimulationState {
  readonly firstDay: string;
  readonly reached: Instant;
  /** The last day of the seeded history, which its initiatives and their fixes are dated back from. */
  readonly seedEnd?: string;
}

/** What the sandbox database holds, whoever put it there (the seed, the live desk, an import). */
export interface DatabaseTotals {
  /** Distinct tickets the database knows: by their events, surveys or suppressed resolutions. */
  readonly tickets: number;
  /** Invitations that went out. */
  readonly invitations: number;
  readonly answers: number;
}

/**
 * Counts what the sandbox database holds, for the start line.
 * @example databaseTotals(ports) // { tickets: 8482, invitations: 6788, answers: 1388 }
 */
export function databaseTotals(ports: SandboxPorts): DatabaseTotals {
  const count = (sql: string) => ports.db.prepare(sql).pluck().get() as number;
  return {
    tickets: count(
      'SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_events UNION SELECT ticket_id FROM surveys UNION SELECT ticket_id FROM suppressions)',
    ),
    invitations: count('SELECT COUNT(*) FROM surveys WHERE sent_at IS NOT NULL'),
    answers: count('SELECT COUNT(*) FROM responses'),
  };
}

function readOrganisation(file: string | undefined): Organisation {
  if (!file) return DEFAULT_ORGANISATION;
  try {
    return { ...DEFAULT_ORGANISATION, ...(JSON.parse(readFileSync(file, 'utf8')) as Partial<Organisation>) };
  } catch (error) {
    throw new CliError(`Cannot read the organisation file ${file}: ${(error as Error).message}`);
  }
}

/**
 * `xloop start`: opens (or creates) the sandbox database, seeds a fresh one with `seedDays` of simulated history,
 * serves the API on 127.0.0.1 and keeps the simulated desk running, `speed` times faster than real time.
 */
export async function startCommand(
  options: StartOptions,
  print: (text: string) => void,
): Promise<{ url: string; stop(): Promise<void> }> {
  const organisation = readOrganisation(options.organisation);
  const ports = openSandbox(options.db);
  const saved = ports.db.prepare("SELECT value FROM settings WHERE name = 'simulation'").pluck().get() as
    | string
    | undefined;
  const state = saved ? (JSON.parse(saved) as SimulationState) : undefined;
  const save = (reached: Instant, firstDay: string) =>
    ports.db
      .prepare(
        "INSERT INTO settings (name, value) VALUES ('simulation', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify({ firstDay, reached, seedEnd } satisfies SimulationState));

  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  // The seeded history (its initiatives and the fixes they went live with) is dated back from the seed's last day.
  const seedEnd = state ? (state.seedEnd ?? addDays(state.firstDay, options.seedDays)) : today;
  let runner: DeskRunner;
  let firstDay: string;
  let seeded = false;
  if (state) {
    // Resume a week back: events already decided decide nothing again, and the tickets still open are back in flight.
    const weekBack = new Date(state.reached - 7 * DAY).toISOString().slice(0, 10);
    firstDay = [weekBack, state.firstDay].sort()[1] as string;
    runner = new DeskRunner(ports, organisation, firstDay, { seedEnd });
    runner.advanceTo(state.reached);
  } else {
    seeded = true;
    firstDay = addDays(today, -options.seedDays);
    runner = new DeskRunner(ports, organisation, firstDay, { seedEnd });
    const bar = progressBar('Seeding the simulated desk', options.seedDays, options.json === true);
    let days = 0;
    runner.advanceTo(now, () => bar.update(++days));
    bar.stop();
  }
  const stateFirstDay = state?.firstDay ?? firstDay;
  save(runner.reached, stateFirstDay);
  let lastSaved = Date.now();
  const simulation = new SimulationController(ports, runner, (reached) => {
    if (Date.now() - lastSaved > 5000) {
      save(reached, stateFirstDay);
      lastSaved = Date.now();
    }
  });
  let server: { url: string; close(): Promise<void> };
  try {
    server = await listen(createApp(ports, { simulation }), options.port);
  } catch (error) {
    ports.close();
    throw new CliError(`Cannot listen on 127.0.0.1:${options.port}: ${(error as Error).message}`);
  }
  // What the database holds, not what this start simulated: a restart replays only its last week.
  const summary = databaseTotals(ports);
  simulation.start(options.speed);
  if (options.json) {
    print(
      JSON.stringify({
        url: server.url,
        database: options.db,
        seeded,
        simulatedNow: new Date(runner.reached).toISOString(),
        summary,
        thisStart: runner.summary,
      }),
    );
  } else {
    const number = (n: number) => n.toLocaleString('en-US');
    print(
      [
        `XLoop sandbox on ${server.url} (database ${options.db}${seeded ? `, seeded with ${options.seedDays} days` : ''})`,
        `  ${number(summary.tickets)} tickets, ${number(summary.invitations)} invitations sent, ${number(summary.answers)} answers in the database; the desk runs at ${options.speed}× real time`,
        `  endpoints:  ${server.url}/`,
        `  outbox:     ${server.url}/api/outbox`,
        `  dashboard:  curl -X POST ${server.url}/api/resolvers/getDashboard -H 'content-type: application/json' -H 'x-xloop-account: csi-1' -H 'x-xloop-roles: csi-manager' -d '{"payload":{}}'`,
        'Press Ctrl+C to stop.',
      ].join('\n'),
    );
  }
  return {
    url: server.url,
    stop: async () => {
      simulation.stop();
      save(runner.reached, stateFirstDay);
      await server.close();
      ports.close();
    },
  };
}
