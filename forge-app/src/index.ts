import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { Queue } from '@forge/events';
import { ForgeConfigStore } from './forge-config';
import { appJira, forgePorts } from './forge-ports';
import { ONE_AT_A_TIME, dispatchBatch as runBatch } from './handlers/dispatch';
import { FOLLOW_UP } from './handlers/follow-up-script';
import { handleIssueEvent, type IssueEventPayload } from './handlers/issue-events';
import { handleOneClick } from './handlers/one-click';
import { resolverDefinitions } from './handlers/resolver';
import { OpportunityCache } from './opportunity-cache';
import { ensureSchema } from './storage/forge-migrations';
import { forgeSqlExecutor } from './storage/forge-sql-executor';

// The handlers the manifest names (`index.<export>`). Each is a few lines: map the platform in, call the core.

const dispatchQueue = new Queue({ key: 'xloop-dispatch' });

/** trigger `issue-events`: avi:jira:created:issue and avi:jira:updated:issue. */
export async function onIssueEvent(event: IssueEventPayload) {
  await ensureSchema();
  return handleIssueEvent(forgePorts(), appJira, event);
}

/** scheduledTrigger `dispatch-every-five-minutes`: hands the work to the queue, where it can run in batches. */
export async function startDispatch() {
  await dispatchQueue.push({ body: { reason: 'schedule' }, concurrency: ONE_AT_A_TIME });
}

/** consumer `dispatch-batches`. */
export async function dispatchBatch() {
  await ensureSchema();
  return runBatch(forgePorts(), dispatchQueue, Date.now, new OpportunityCache(forgeSqlExecutor));
}

/** Resolvers for the Custom UIs. */
export const resolver = resolverDefinitions(forgePorts, appJira, {
  ready: ensureSchema,
  config: new ForgeConfigStore(forgeSqlExecutor),
});

/** webtrigger `one-click`. */
export async function oneClick(request: WebTriggerRequest): Promise<WebTriggerResponse> {
  await ensureSchema();
  return handleOneClick(forgePorts(), request, appJira, FOLLOW_UP);
}
