import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Ports, Settings } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { SandboxClock } from './clock';
import { SqliteRanking } from './store/opportunity-ranking';
import { SqliteOutbox } from './store/outbox';
import { type SqliteStores, sqliteStores } from './store/sqlite-stores';
import { SqliteTicketHistory } from './store/ticket-history';

/** The default database, relative to the working directory. */
export const DEFAULT_DATABASE = './.xloop/xloop.db';

// The concrete, synchronous stores replace the ports' own types, so callers get plain values back.
export type SandboxPorts = Omit<Ports, keyof SqliteStores | 'delivery' | 'clock' | 'history'> &
  SqliteStores & {
    readonly delivery: SqliteOutbox;
    readonly clock: SandboxClock;
    /** The ticket events processed, recorded by whoever feeds `onTicketEvent`. */
    readonly history: SqliteTicketHistory;
    /** The ranked opportunities the desk's background work keeps, as Forge keeps them (see `refreshRanking`). */
    readonly ranking: SqliteRanking;
    close(): void;
  };

/**
 * Every port on one SQLite file: the stores, the local outbox as the delivery channel, the ticket events processed
 * (for the policy preview), the stored ranking of opportunities, the sandbox clock, and time zones and HMAC from the
 * Node platform.
 * @example const ports = openSandbox(); await onTicketEvent(ports, event)
 */
export function openSandbox(file: string = DEFAULT_DATABASE, defaults?: Settings): SandboxPorts {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const stores = sqliteStores(file, defaults);
  const clock = new SandboxClock();
  return {
    ...stores,
    delivery: new SqliteOutbox(stores.db, () => clock.now()),
    history: new SqliteTicketHistory(stores.db),
    ranking: new SqliteRanking(stores.db),
    clock,
    zoned: dateFnsZonedTime,
    crypto: nodeCrypto,
    close: () => stores.db.close(),
  };
}
