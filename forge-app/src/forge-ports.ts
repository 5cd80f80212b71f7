import { randomBytes } from 'node:crypto';
import { asApp, assumeTrustedRoute, webTrigger } from '@forge/api';
import { kvs } from '@forge/kvs';
import type { Ports } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { ForgeConfigStore } from './forge-config';
import { configuredDelivery } from './jira/configured-delivery';
import { type JiraClient, jiraClient } from './jira/jira-client';
import { jiraTicketHistory } from './jira/ticket-history';
import { forgeSqlExecutor } from './storage/forge-sql-executor';
import {
  type SecretStore,
  SqlInitiativeStore,
  SqlResponseStore,
  SqlRollupStore,
  SqlSettingsStore,
  SqlSurveyStore,
} from './storage/sql-stores';

/** Token keys in Forge KVS secrets: encrypted at rest, never in the SQL database or logs. */
const kvsSecrets: SecretStore = {
  async get(name) {
    return (await kvs.getSecret<string>(name)) ?? undefined;
  },
  async setIfAbsent(name, value) {
    const existing = await kvs.getSecret<string>(name);
    if (existing) return existing;
    await kvs.setSecret(name, value);
    return value;
  },
};

/**
 * Jira as the app. The adapter builds every path itself from constant text and `encodeURIComponent`-ed values, so
 * the whole path is trusted rather than re-escaped by `route`.
 */
export const appJira: JiraClient = jiraClient((path, init) =>
  asApp().requestJira(assumeTrustedRoute(path), init),
);

/** Every port on the Forge platform. */
export function forgePorts(): Ports & { readonly rollups: SqlRollupStore } {
  return {
    surveys: new SqlSurveyStore(forgeSqlExecutor),
    responses: new SqlResponseStore(forgeSqlExecutor),
    rollups: new SqlRollupStore(forgeSqlExecutor),
    initiatives: new SqlInitiativeStore(forgeSqlExecutor),
    settings: new SqlSettingsStore(forgeSqlExecutor, kvsSecrets, () => randomBytes(32).toString('base64url')),
    delivery: configuredDelivery(
      appJira,
      () => webTrigger.getUrl('one-click'),
      () => new ForgeConfigStore(forgeSqlExecutor).read(),
    ),
    clock: { now: () => Date.now() },
    zoned: dateFnsZonedTime,
    crypto: nodeCrypto,
    // The policy preview reads Jira's own history: the app keeps no copy of ticket events.
    history: jiraTicketHistory(appJira),
  };
}
