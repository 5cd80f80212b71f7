import { randomBytes } from 'node:crypto';
import { asApp, assumeTrustedRoute, asUser, webTrigger } from '@forge/api';
import { kvs } from '@forge/kvs';
import type { Ports } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { ForgeConfigStore, SettingsRow } from './forge-config';
import { invocationDeadline } from './invocation';
import { configuredDelivery } from './jira/configured-delivery';
import {
  type CachedFields,
  cachedServiceDeskFields,
  cachedServiceProjects,
  type ServiceProject,
} from './jira/field-cache';
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
  // Two first invocations may both find no keyring: the write fails if the key exists (KVS `keyPolicy:
  // 'FAIL_IF_EXISTS'`), and the loser reads the winner's, so every link is signed with the one key that is kept.
  async setIfAbsent(name, value) {
    const existing = await kvs.getSecret<string>(name);
    if (existing) return existing;
    try {
      await kvs.setSecret(name, value, { keyPolicy: 'FAIL_IF_EXISTS' });
      return value;
    } catch (error) {
      const winner = await kvs.getSecret<string>(name);
      if (winner) return winner;
      throw error;
    }
  },
};

/**
 * Jira as the app. The adapter builds every path itself from constant text and `encodeURIComponent`-ed values, so
 * the whole path is trusted rather than re-escaped by `route`.
 */
export const appJira: JiraClient = jiraClient(
  (path, init) => asApp().requestJira(assumeTrustedRoute(path), init),
  { deadline: invocationDeadline },
);

/** Jira as the user of the invocation under way (a resolver's caller): what they may see, Jira decides. */
export const userJira: JiraClient = jiraClient(
  (path, init) => asUser().requestJira(assumeTrustedRoute(path), init),
  { deadline: invocationDeadline },
);

const fieldIdsRow = new SettingsRow<CachedFields>(forgeSqlExecutor, 'jira-fields');
/** JSM's field ids and the site's service projects, read from Jira at most once a day. */
export const serviceDeskFieldIds = cachedServiceDeskFields(appJira, fieldIdsRow);
/**
 * The same field ids for the issue trigger: as stored, whatever their age, so an issue event never lists the site's
 * fields once anything has read them (the hourly sweep refreshes them daily).
 */
export const storedServiceDeskFieldIds = cachedServiceDeskFields(
  appJira,
  fieldIdsRow,
  Date.now,
  Number.POSITIVE_INFINITY,
);
export const serviceProjects = cachedServiceProjects(
  appJira,
  new SettingsRow<{ at: number; projects: ServiceProject[] }>(forgeSqlExecutor, 'jira-service-projects'),
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
    history: jiraTicketHistory(appJira, { fields: serviceDeskFieldIds }),
  };
}
