import { randomBytes } from 'node:crypto';
import type { Delivery, Ports, Settings } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import type { SqlExecutor } from '../src/storage/sql-executor';
import {
  SqlInitiativeStore,
  SqlResponseStore,
  SqlRollupStore,
  SqlSettingsStore,
  SqlSurveyStore,
} from '../src/storage/sql-stores';

/**
 * The Forge app's ports on a Forge SQL database, for tests that drive its handlers: the SQL stores, the token keys
 * in a secret store kept in memory (KVS secrets on Forge), and the clock and delivery the test gives.
 */
export function sqlPorts(
  db: SqlExecutor,
  options: { readonly now: () => number; readonly delivery: Delivery; readonly settings?: Settings },
): Ports & { readonly rollups: SqlRollupStore; readonly settings: SqlSettingsStore } {
  const secrets = new Map<string, string>();
  return {
    surveys: new SqlSurveyStore(db),
    responses: new SqlResponseStore(db),
    rollups: new SqlRollupStore(db, options.now),
    initiatives: new SqlInitiativeStore(db),
    settings: new SqlSettingsStore(
      db,
      {
        get: async (name) => secrets.get(name),
        setIfAbsent: async (name, value) => {
          if (!secrets.has(name)) secrets.set(name, value);
          return secrets.get(name) as string;
        },
      },
      () => randomBytes(32).toString('base64url'),
      ...(options.settings ? [options.settings] : []),
    ),
    delivery: options.delivery,
    clock: { now: options.now },
    zoned: dateFnsZonedTime,
    crypto: nodeCrypto,
  };
}
