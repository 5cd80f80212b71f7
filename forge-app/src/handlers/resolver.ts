import ResolverExport from '@forge/resolver';
import {
  evidenceTickets,
  type Initiative,
  type Ports,
  RESOLVER_NAMES,
  rankedOpportunities,
  resolve,
  type Scope,
  type StoredResponse,
  toWire,
  updateInitiative,
  type WireError,
  wireError,
} from '@xloop/shared-core';
import { DEFAULT_FORGE_CONFIG, type ForgeConfig, validateForgeConfig } from '../forge-config';
import { recordAnswerOnIssue } from '../jira/experience-property';
import type { ServiceProject } from '../jira/field-cache';
import { createInitiativeIssue, EVIDENCE_LINKS, linkEvidence } from '../jira/initiative-issue';
import type { JiraClient } from '../jira/jira-client';
import type { OpportunityCache } from '../opportunity-cache';
import { type InvocationCaller, type Standing, scopeOf, standing } from '../roles';
import type { SiteCheck } from './site-check';

// @forge/resolver is CommonJS with its class on `exports.default`; from an ES module (this workspace) the default
// import is the whole `exports` object, so the class is one level down there and at the top under a CJS loader.
const Resolver = ((ResolverExport as unknown as { default?: typeof ResolverExport }).default ??
  ResolverExport) as typeof ResolverExport;

/**
 * The UI calls: every core resolver registered under its own name. The caller is the account Forge vouches for in
 * the invocation context; roles come from Jira's permissions (see `standing`); the issue a panel shows comes from
 * the invocation context too, never from the payload. A resolver cannot set an HTTP status, so the answer is the
 * core's wire body alone (`toWire`): `{ value }`, or `{ error: { status, code, message, details? } }`.
 */
export interface ResolverOptions {
  /** Jira as the calling user (`asUser()` on Forge), for the permission check; the app's client when absent. */
  readonly userJira?: JiraClient;
  /** The site's service projects (cached daily). */
  readonly serviceProjects?: () => Promise<readonly ServiceProject[]>;
  /** "Check this site" for the admin page (see `checkSite`). */
  readonly checkSite?: (adminId: string, sendTest: boolean) => Promise<SiteCheck[]>;
  /** Awaited before any call: the schema in place. */
  readonly ready?: () => Promise<unknown>;
  readonly config?: { read(): Promise<ForgeConfig>; save(config: ForgeConfig): Promise<void> };
  /** The ranked opportunities the dispatch consumer keeps; the CSI page reads them instead of ranking in its request. */
  readonly opportunities?: Pick<OpportunityCache, 'read'>;
}

export function resolverDefinitions(ports: () => Ports, jira: JiraClient, options: ResolverOptions = {}) {
  const resolver = new Resolver();
  const config = options.config ?? { read: async () => DEFAULT_FORGE_CONFIG, save: async () => undefined };
  const caller = async (
    context: Record<string, unknown> | undefined,
  ): Promise<(Standing & InvocationCaller & { scope?: Scope }) | undefined> => {
    const invocation = invocationCaller(context);
    if (!invocation) return undefined;
    await options.ready?.();
    const projects = (await options.serviceProjects?.()) ?? [];
    const found = await standing(
      options.userJira ?? jira,
      invocation,
      projects.map((p) => p.id),
      (await config.read()).roleGroups,
      jira,
    );
    return { ...invocation, ...found, scope: scopeOf(found, projects) };
  };
  const signedOut = wireError(401, 'signed-out', 'Sign in to use XLoop.').body;
  const forbidden = wireError(403, 'forbidden', 'You are not allowed to do this.').body;

  for (const name of RESOLVER_NAMES) {
    resolver.define(name, async ({ payload: raw, context }) => {
      const who = await caller(context);
      if (!who) return signedOut;
      const checked = scoped(name, raw, who);
      if ('error' in checked) return checked;
      const payload = checked.payload;
      const asCaller = {
        accountId: who.accountId,
        roles: who.roles,
        ...(who.scope ? { scope: who.scope } : {}),
      };
      if (name === 'getOpportunities' && options.opportunities && who.roles.includes('csi-manager')) {
        const stored = rankedOpportunities(await options.opportunities.read(), payload);
        if (stored) return toWire(stored).body;
        // Without a stored ranking that answers, rank the default window from rollups only: a UI request never
        // reads raw responses. Another window is ranked as asked.
        if (payload.window === undefined) {
          const plain = await resolve(ports(), name, { ...payload, themes: false }, asCaller);
          if (plain.ok) return toWire(plain).body;
        }
      }
      const here = ports();
      const result = await resolve(here, name, payload, asCaller);
      if (!result.ok) return toWire(result).body;
      if (name === 'createInitiative')
        return toWire({
          ok: true,
          value: await trackInJira(ports(), jira, config, result.value as Initiative, who.accountId),
        }).body;
      // A portal answer goes onto the issue for agents and JQL, as a one-click one does.
      if (name === 'submitMyResponse')
        await recordAnswerOnIssue(
          ports(),
          jira,
          (result.value as { response: StoredResponse }).response.surveyId,
        );
      // The policy preview says how far Jira's history reached and what it cost.
      const coverage = (here.history as { lastCoverage?: () => unknown } | undefined)?.lastCoverage?.();
      if (name === 'previewPolicy' && coverage)
        return toWire({ ok: true, value: { ...(result.value as object), history: coverage } }).body;
      return toWire(result).body;
    });
  }

  // The Forge settings (delivery, role groups, CSI project) for the admin page: admins only.
  resolver.define('getForgeConfig', async ({ context }) => {
    const who = await caller(context);
    if (!who) return signedOut;
    if (!who.roles.includes('admin')) return forbidden;
    return toWire({ ok: true, value: await config.read() }).body;
  });
  resolver.define('saveForgeConfig', async ({ payload, context }) => {
    const who = await caller(context);
    if (!who) return signedOut;
    if (!who.roles.includes('admin')) return forbidden;
    const checked = validateForgeConfig((payload as { config?: unknown })?.config, await config.read());
    if (!checked.ok) return wireError(400, 'bad-request', 'The settings have problems.', checked.errors).body;
    await config.save(checked.value);
    return toWire({ ok: true, value: checked.value }).body;
  });
  // "Check this site": admins only; the test invitation only when asked for.
  resolver.define('checkSite', async ({ payload, context }) => {
    const who = await caller(context);
    if (!who) return signedOut;
    if (!who.roles.includes('admin')) return forbidden;
    if (!options.checkSite)
      return wireError(404, 'no-check', 'This installation cannot check its site.').body;
    const sendTest = (payload as { sendTest?: unknown } | undefined)?.sendTest === true;
    return toWire({ ok: true, value: await options.checkSite(who.accountId, sendTest) }).body;
  });
  return resolver.getDefinitions();
}

/**
 * The caller as the invocation context gives it: the account Forge vouches for, the account type and module where
 * the platform says, and the issue (or portal request) the module is showing, from `context.extension`.
 */
export function invocationCaller(context: Record<string, unknown> | undefined): InvocationCaller | undefined {
  const accountId = typeof context?.accountId === 'string' ? context.accountId : undefined;
  if (!accountId) return undefined;
  const extension = (context?.extension ?? {}) as {
    issue?: { id?: unknown; key?: unknown };
    request?: { key?: unknown };
  };
  const shown = extension.issue ?? extension.request;
  const key = typeof shown?.key === 'string' && /^[^\s/?#]{1,255}$/.test(shown.key) ? shown.key : undefined;
  const id = (shown as { id?: unknown } | undefined)?.id;
  return {
    accountId,
    ...(typeof context?.accountType === 'string' ? { accountType: context.accountType } : {}),
    ...(typeof context?.moduleKey === 'string' ? { moduleKey: context.moduleKey } : {}),
    ...(key
      ? { issue: { key, ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}) } }
      : {}),
  };
}

const TICKET_CALLS = ['getTicketExperience', 'getMyTicketSurvey'];
const refusal = (status: number, code: string, message: string) => wireError(status, code, message).body;

/**
 * What a call may ask, by Jira's rules, before the core sees it:
 * - a ticket call reads the issue of the invocation context, whatever the payload names; an agent's view needs
 *   *Browse projects* on that issue;
 * - per-agent scores (the `agent` dimension or segment) go to CSI managers, and to an agent only about themselves.
 */
export function scoped(
  name: string,
  raw: unknown,
  who: Standing & InvocationCaller,
): { payload: Record<string, unknown> } | { error: WireError } {
  const payload =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as object) } : {};
  const input = payload as Record<string, unknown>;
  if (TICKET_CALLS.includes(name)) {
    if (!who.issue) return refusal(400, 'bad-request', 'Open XLoop from a request or an issue.');
    input.ticketId = `jira:${who.issue.key}`;
    if (name === 'getTicketExperience' && who.browsesIssue !== true)
      return refusal(403, 'forbidden', 'You cannot browse this issue.');
  }
  const csi = who.roles.includes('csi-manager');
  if (!csi) {
    if (name === 'getBreakdown' && input.dimension === 'agent')
      return refusal(403, 'forbidden', 'Scores per agent are for CSI managers.');
    const segment = input.segment as Record<string, unknown> | undefined;
    if (
      (name === 'getDashboard' || name === 'createInitiative') &&
      typeof segment === 'object' &&
      segment !== null &&
      segment.agent !== undefined &&
      segment.agent !== who.accountId
    )
      return refusal(403, 'forbidden', 'An agent sees only their own scores.');
  }
  return { payload: input };
}

// Commented answers read to choose the linked tickets: a window's worth for a busy desk, one query.
const COMMENTS_READ = 500;

/**
 * A new initiative also becomes an issue in the configured CSI project, its key kept on the initiative, linked to
 * the segment's worst-rated commented tickets of the baseline window. A failure never loses the initiative itself,
 * and a failed link never loses the issue.
 */

async function trackInJira(
  ports: Ports,
  jira: JiraClient,
  config: NonNullable<ResolverOptions['config']>,
  initiative: Initiative,
  by: string,
) {
  const project = (await config.read()).csiProject;
  if (!project || initiative.externalKey) return initiative;
  try {
    const key = await createInitiativeIssue(jira, initiative, project);
    const commented = await ports.responses.withComments(initiative.baseline.window, COMMENTS_READ);
    await linkEvidence(jira, key, evidenceTickets(commented, initiative.segment, EVIDENCE_LINKS)).catch(
      () => 0,
    );
    const updated = await updateInitiative(
      ports,
      initiative.id,
      { externalKey: key },
      initiative.version,
      by,
    );
    return updated.ok ? updated.value : initiative;
  } catch {
    return initiative;
  }
}
