/// <reference path="../raw.d.ts" />
// The Forge app's public entry (`@xloop/forge-app`): the handlers the manifest's functions call, the Jira client
// and delivery, and the Forge SQL schema, each over ports a caller supplies.
export { DEFAULT_FORGE_CONFIG, type ForgeConfig } from '../forge-config';
export { dispatchBatch } from '../handlers/dispatch';
export { handleIssueEvent, type IssueEventPayload } from '../handlers/issue-events';
export { handleOneClick } from '../handlers/one-click';
export { type ResolverOptions, resolverDefinitions } from '../handlers/resolver';
export { commentDelivery } from '../jira/comment-delivery';
export { cachedServiceDeskFields, type FieldCacheStore, memoryFieldCache } from '../jira/field-cache';
export { type JiraClient, type JiraRequest, jiraClient } from '../jira/jira-client';
export { MIGRATIONS, migrate } from '../storage/schema';
export type { SqlExecutor, SqlValue } from '../storage/sql-executor';
