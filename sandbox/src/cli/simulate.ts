import { readFileSync, writeFileSync } from 'node:fs';
import type { TicketEvent } from '@xloop/shared-core';
import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { parseJiraChangelog } from '../formats/jira-changelog';
import { parseJsonlEvents } from '../formats/jsonl-events';
import type { Parsed } from '../formats/parse-error';
import { parseServiceNowAudit } from '../formats/servicenow-audit';
import { CliError } from './cli-error';
import { progressBar } from './progress';
import { readSettingsFile } from './settings-file';
import { simulatePolicy } from './simulate-policy';

export type EventFormat = 'jira-changelog' | 'servicenow-audit' | 'jsonl';

export interface SimulateOptions {
  readonly events: string;
  readonly format: EventFormat;
  readonly policy?: string;
  readonly out?: string;
  readonly timeZone?: string;
  readonly json?: boolean;
}

/** Reads an event file in one of the supported formats; a file with bad records is refused as a whole. */
export function readEvents(file: string, format: EventFormat, timeZone: string): TicketEvent[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const parsed: Parsed<TicketEvent> =
    format === 'jsonl'
      ? parseJsonlEvents(text)
      : format === 'jira-changelog'
        ? parseJiraChangelog(text)
        : parseServiceNowAudit(text, timeZone, dateFnsZonedTime);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems
      .slice(0, 20)
      .map((p) => `  ${format === 'jira-changelog' ? 'issue' : 'line'} ${p.at}: ${p.message}`);
    const more = parsed.problems.length > 20 ? `\n  … and ${parsed.problems.length - 20} more` : '';
    throw new CliError(`${file} has ${parsed.problems.length} bad record(s):\n${shown.join('\n')}${more}`);
  }
  return [...parsed.records];
}

/** `xloop simulate`: the timing policy's decisions over historical events, as JSON lines and a summary. */
export function simulateCommand(options: SimulateOptions, print: (text: string) => void): void {
  const settings = readSettingsFile(options.policy);
  const events = readEvents(options.events, options.format, options.timeZone ?? settings.policy.timeZone);
  // Large exports take a while: show progress (on a terminal, not with --json).
  const bar = progressBar('Deciding', events.length, options.json === true || events.length < 5000);
  const { lines, summary } = simulatePolicy(events, settings, (done) => bar.update(done));
  bar.stop();
  const jsonl = lines.map((line) => JSON.stringify(line)).join('\n');
  if (options.out) writeFileSync(options.out, jsonl.length > 0 ? `${jsonl}\n` : '');
  if (options.json) {
    print(
      JSON.stringify({ summary, ...(options.out ? { out: options.out } : { decisions: lines }) }, null, 2),
    );
    return;
  }
  if (!options.out && jsonl.length > 0) print(jsonl);
  const table = (record: Readonly<Record<string, number>>) =>
    Object.entries(record)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, n]) => `  ${key.padEnd(28)} ${n}`)
      .join('\n') || '  (none)';
  print(
    [
      `${summary.events} events → ${lines.length} decisions${options.out ? ` (written to ${options.out})` : ''}`,
      'Decisions:',
      table(summary.decisions),
      'Surveys sent per week:',
      table(summary.surveysPerWeek),
      'Suppressions by reason:',
      table(summary.suppressionsByReason),
    ].join('\n'),
  );
}
