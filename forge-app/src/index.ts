import {
  getAppContext,
  privacy,
  type WebTriggerRequest,
  type WebTriggerResponse,
  webTrigger,
} from '@forge/api';
import { InvocationError, InvocationErrorCode, Queue } from '@forge/events';
import { ForgeConfigStore, SettingsRow } from './forge-config';
import {
  appJira,
  forgePorts,
  serviceDeskFieldIds,
  serviceProjects,
  storedServiceDeskFieldIds,
  userJira,
} from './forge-ports';
import { ONE_AT_A_TIME, dispatchBatch as runBatch } from './handlers/dispatch';
import { FOLLOW_UP } from './handlers/follow-up-script';
import {
  eventRetry,
  handleIssueEvent,
  type IssueEventPayload,
  type SurveyReplies,
} from './handlers/issue-events';
import { handleOneClick } from './handlers/one-click';
import { reportPersonalData as report } from './handlers/privacy';
import { resolverDefinitions } from './handlers/resolver';
import { checkSite } from './handlers/site-check';
import { sweepResolutions as sweep } from './handlers/sweep';
import { beginInvocation as begin, type INVOCATION_LIMIT_MS } from './invocation';
import { OpportunityCache } from './opportunity-cache';
import { schemaKeeper } from './storage/forge-migrations';
import { forgeSqlExecutor } from './storage/forge-sql-executor';
import { MIGRATIONS } from './storage/schema';

// The handlers the manifest names (`index.<export>`). Each is a few lines: map the platform in, call the core.
// The schema is brought up to date by the install event, and checked once per installation and warm instance by the
// dispatch consumer and the hourly sweep: Forge sends the upgrade event for major versions only, so a minor deploy's
// migration is applied within five minutes by the consumer.

/** The time the runtime says the invocation has left, where it says. */
const remainingMs = (): number | undefined => {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return undefined;
  }
};
const beginInvocation = (kind: keyof typeof INVOCATION_LIMIT_MS) => begin(kind, Date.now, remainingMs);
const schema = schemaKeeper();
/** The installation this invocation serves: migrations are remembered per installation, never per instance. */
const ensureSchema = () => schema.ensure(getAppContext().installationAri.installationId);

const dispatchQueue = new Queue({ key: 'xloop-dispatch' });
const config = new ForgeConfigStore(forgeSqlExecutor);
const chosenProjects = async () => (await config.read()).serviceProjects;
const replyRow = (ticketId: string) =>
  new SettingsRow<{ resolvedAt: number }>(forgeSqlExecutor, `reply:${ticketId}`);
/** Resolutions kept across a survey reply's reopening, in `xl_settings` (names under 100 characters). */
const surveyReplies: SurveyReplies = {
  kept: async (ticketId) => (await replyRow(ticketId).read())?.resolvedAt,
  keep: (ticketId, resolvedAt) => replyRow(ticketId).save({ resolvedAt }),
  forget: (ticketId) => replyRow(ticketId).delete(),
};

/**
 * trigger `issue-events`: avi:jira:updated:issue, filtered in the manifest. A failure that may pass (a rate limit,
 * an outage) asks Forge to deliver the event again (`InvocationError`); the hourly sweep covers the rest.
 */
export async function onIssueEvent(event: IssueEventPayload & { retryContext?: { retryCount?: number } }) {
  beginInvocation('trigger');
  try {
    return await handleIssueEvent(forgePorts(), appJira, event, {
      fields: storedServiceDeskFieldIds,
      serviceProjects: chosenProjects,
      replies: surveyReplies,
    });
  } catch (error) {
    const retry = eventRetry(error, event.retryContext?.retryCount ?? 0);
    if (!retry) throw error;
    console.warn('xloop: the issue event comes back later:', error);
    return new InvocationError({
      retryAfter: retry.afterSeconds,
      retryReason:
        retry.reason === 'upstream-rate-limited'
          ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED
          : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
}

/** scheduledTrigger `dispatch-every-five-minutes`: hands the work to the queue, where it can run in batches. */
export async function startDispatch() {
  await dispatchQueue.push({ body: { reason: 'schedule' }, concurrency: ONE_AT_A_TIME });
}

/** consumer `dispatch-batches`: the schema checked, then a batch of due surveys. */
export async function dispatchBatch() {
  beginInvocation('consumer');
  await ensureSchema();
  return runBatch(forgePorts(), dispatchQueue, Date.now, new OpportunityCache(forgeSqlExecutor));
}

/** Resolvers for the Custom UIs. */
export const resolver = resolverDefinitions(forgePorts, appJira, {
  config,
  userJira,
  serviceProjects,
  ready: async () => beginInvocation('resolver'),
  checkSite: (adminId, sendTest) =>
    checkSite({
      ports: forgePorts(),
      jira: appJira,
      adminId,
      sendTest,
      fields: serviceDeskFieldIds,
      serviceProjects,
      webTriggerUrl: () => webTrigger.getUrl('one-click'),
      migrations: async () => ({
        applied: (await forgeSqlExecutor.query<{ name: string }>('SELECT name FROM __migrations')).map(
          (r) => r.name,
        ),
        expected: MIGRATIONS.map(([name]) => name),
      }),
    }),
});

/** webtrigger `one-click`. */
export async function oneClick(request: WebTriggerRequest): Promise<WebTriggerResponse> {
  beginInvocation('webTrigger');
  return handleOneClick(forgePorts(), request, appJira, FOLLOW_UP);
}

/** trigger `schema-on-install-and-upgrade`: avi:forge:installed:app and avi:forge:upgraded:app. */
export async function migrateSchema() {
  await ensureSchema();
  return { migrated: true };
}

/** scheduledTrigger `sweep-every-hour`: the schema checked, then resolutions whose events were lost. */
export async function sweepResolutions() {
  beginInvocation('scheduled');
  await ensureSchema();
  return sweep(forgePorts(), appJira, {
    fields: serviceDeskFieldIds,
    serviceProjects: chosenProjects,
    replies: surveyReplies,
    mark: new SettingsRow<{ at: number }>(forgeSqlExecutor, 'sweep-mark'),
  });
}

/** scheduledTrigger `privacy-every-day`: personal data reported to Atlassian, closed accounts erased. */
export async function reportPersonalData() {
  beginInvocation('scheduled');
  return report(
    forgePorts(),
    forgeSqlExecutor,
    appJira,
    privacy.reportPersonalData,
    new SettingsRow<{ after: string }>(forgeSqlExecutor, 'privacy-cursor'),
  );
}
