import { migrationRunner } from '@forge/sql';
import { MIGRATIONS } from './schema';

let migrated: Promise<unknown> | undefined;

/**
 * Brings the installation's Forge SQL database to the current schema once per warm function instance, through
 * Forge's own `migrationRunner` (which records each migration name and skips those already applied). Every handler
 * awaits it before touching a table; a failure is retried by the next invocation.
 */
export function ensureSchema(): Promise<unknown> {
  if (!migrated) {
    let runner = migrationRunner;
    for (const [name, statement] of MIGRATIONS) runner = runner.enqueue(name, statement);
    migrated = runner.run().catch((error: unknown) => {
      migrated = undefined;
      throw error;
    });
  }
  return migrated;
}
