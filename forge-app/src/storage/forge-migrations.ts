import { migrationRunner } from '@forge/sql';
import { MIGRATIONS } from './schema';

type Runner = Pick<typeof migrationRunner, 'enqueue' | 'run'>;

/**
 * Brings an installation's Forge SQL database to the current schema, through Forge's own `migrationRunner` (which
 * records each migration name and skips those already applied): once per installation and warm function instance.
 * A warm instance may serve several installations, so the memo is kept per installation, never for the instance
 * (https://developer.atlassian.com/developer-guide/multitenancy/); a failure is retried by the next invocation.
 * @example await schemaKeeper().ensure(getAppContext().installationAri.installationId)
 */
export function schemaKeeper(runner: Runner = migrationRunner) {
  const migrated = new Map<string, Promise<unknown>>();
  return {
    ensure(installation: string): Promise<unknown> {
      let done = migrated.get(installation);
      if (!done) {
        let queue = runner;
        for (const [name, statement] of MIGRATIONS) queue = queue.enqueue(name, statement) as Runner;
        done = queue.run().catch((error: unknown) => {
          migrated.delete(installation);
          throw error;
        });
        migrated.set(installation, done);
      }
      return done;
    },
  };
}
