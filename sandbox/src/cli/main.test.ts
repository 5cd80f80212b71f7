import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { program } from './main';

/** The command line with every command answering by exception instead of exiting, its messages kept. */
function cli(): { run: (...args: string[]) => string; errors: string[] } {
  const errors: string[] = [];
  const quiet = (command: Command) => {
    command.exitOverride().configureOutput({ writeErr: (text) => errors.push(text), writeOut: () => {} });
    for (const sub of command.commands) quiet(sub);
  };
  const root = program();
  quiet(root);
  return {
    errors,
    run: (...args) => {
      try {
        root.parse(['node', 'xloop', ...args]);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    },
  };
}

describe('program', () => {
  it('names the commands a user has', () => {
    expect(program().commands.map((c) => c.name())).toEqual([
      'start',
      'simulate',
      'analyze',
      'report',
      'import',
    ]);
    const imports = program().commands.find((c) => c.name() === 'import');
    expect(imports?.commands.map((c) => c.name())).toEqual(['jira', 'servicenow']);
  });

  it('refuses a number outside its range, naming the option and the range, before anything runs', () => {
    for (const [args, message] of [
      [['start', '--port', '70000'], 'port must be a whole number from 0 to 65535.'],
      [['start', '--speed', '0'], 'speed must be a whole number from 1 to 100000.'],
      [['start', '--seed-days', '1.5'], 'seed-days must be a whole number from 0 to 730.'],
      [
        ['analyze', '--responses', 'r.csv', '--minimum-sample', '1'],
        'minimum-sample must be a whole number from 2 to 1000.',
      ],
    ] as const)
      expect(cli().run(...args)).toContain(message);
  });

  it('refuses a missing required option and a format it does not read', () => {
    expect(cli().run('simulate')).toContain("required option '--events <file>' not specified");
    expect(cli().run('simulate', '--events', 'e.json', '--format', 'xml')).toContain(
      'Allowed choices are jira-changelog, servicenow-audit, jsonl',
    );
    expect(cli().run('report', '--format', 'pdf', '--out', 'r.pdf')).toContain(
      'Allowed choices are html, csv, md',
    );
    expect(cli().run('import', 'jira', '--site', 'https://x.atlassian.net')).toContain(
      "required option '--email <email>' not specified",
    );
  });
});
