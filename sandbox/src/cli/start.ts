import { readFileSync } from 'node:fs';
import { addDays, DAY, type Instant } from '@xloop/shared-core';
import { openSandbox } from '../sandbox-ports';
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
      .run(JSON.stringify({ firstDay, reached }));

  const now = Date.now();
  let runner: DeskRunner;
  let firstDay: string;
  let seeded = false;
  if (state) {
    // Resume a week back: events already decided decide nothing again, and the tickets still open are back in flight.
    const weekBack = new Date(state.reached - 7 * DAY).toISOString().slice(0, 10);
    firstDay = [weekBack, state.firstDay].sort()[1] as string;
    runner = new DeskRunner(ports, organisation, firstDay);
    runner.advanceTo(state.reached);
  } else {
    seeded = true;
    firstDay = addDays(new Date(now).toISOString().slice(0, 10), -options.seedDays);
    runner = new DeskRunner(ports, organisation, firstDay);
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
  simulation.start(options.speed);
  const summary = runner.summary;
  if (options.json) {
    print(
      JSON.stringify({
        url: server.url,
        database: options.db,
        seeded,
        simulatedNow: new Date(runner.reached).toISOString(),
        summary,
      }),
    );
  } else {
    print(
      [
        `XLoop sandbox on ${server.url} (database ${options.db}${seeded ? `, seeded with ${options.seedDays} days` : ''})`,
        `  ${summary.tickets} tickets, ${summary.invitations} invitations, ${summary.answers} answers so far; the desk runs at ${options.speed}× real time`,
        `  endpoints:  ${server.url}/`,
        `  outbox:     ${server.url}/api/outbox`,
        `  dashboard:  curl -X POST ${server.url}/api/resolvers/getDashboard -d '{"payload":{}}'`,
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
