import { TICKET_SURVEY } from '../measure/instrument';
import { instrumentView } from '../measure/instrument-view';
import { resolveLocale } from '../measure/locale';
import { validateSettings } from '../measure/settings';
import { DIMENSIONS, type Dimension, type Segment } from '../model/segment';
import type { Ports } from '../ports';
import type { Result } from '../result';
import { findOpportunities } from '../services/find-opportunities';
import { ownResponse } from '../services/follow-up';
import {
  createInitiative,
  initiativeImpact,
  listInitiatives,
  updateInitiative,
} from '../services/initiatives';
import { previewPolicy } from '../services/policy-preview';
import { breakdown, dashboard, ticketExperience } from '../services/queries';
import { opportunityLimit } from '../services/ranked-opportunities';
import { answerDeadline, submitResponse } from '../services/submit-response';
import { isScope, type Scope } from '../share/scope';
import { parseSegmentKey } from '../share/segment-key';
import { lastDays, today } from '../share/today';
import { andThen, type Step } from '../step';

/** What a UI may be: the platform maps its users and groups onto these. */
export type Role = 'customer' | 'agent' | 'csi-manager' | 'admin';

/** Who is calling, as the platform vouches for them. */
export interface Caller {
  readonly accountId: string;
  readonly roles: readonly Role[];
  /** What the caller may see of dashboards and breakdowns (on Jira, the projects they browse); absent: everything. */
  readonly scope?: Scope;
}

/** A resolver's answer: a value, or an error with the HTTP status an adapter should send. */
export type ResolverResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly status: 400 | 403 | 404 | 409;
      readonly code: string;
      readonly message: string;
      readonly details?: unknown;
    };

type Payload = Record<string, unknown>;
type Handler = (ports: Ports, payload: Payload, caller: Caller) => Step<ResolverResult>;

const bad = (message: string, details?: unknown): ResolverResult => ({
  ok: false,
  status: 400,
  code: 'bad-request',
  message,
  ...(details !== undefined ? { details } : {}),
});
const fromResult = <T, E extends { code: string; message: string }>(
  result: Result<T, E>,
  status: 400 | 403 | 404 | 409 = 400,
): ResolverResult =>
  result.ok
    ? { ok: true, value: result.value }
    : {
        ok: false,
        status: statusOf(result.error.code, status),
        code: result.error.code,
        message: result.error.message,
        details: result.error,
      };
const statusOf = (code: string, fallback: 400 | 403 | 404 | 409): 400 | 403 | 404 | 409 =>
  code.startsWith('unknown') ? 404 : code === 'conflict' ? 409 : code === 'forbidden' ? 403 : fallback;
const scopeOf = (caller: Caller): { scope?: Scope } => (caller.scope ? { scope: caller.scope } : {});

const text = (payload: Payload, key: string, max = 500): string | undefined => {
  const value = payload[key];
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
};

function readSegment(raw: unknown): Segment | undefined {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const segment: Partial<Record<Dimension, string>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (DIMENSIONS.indexOf(key as Dimension) < 0 || typeof value !== 'string' || value.length > 200)
      return undefined;
    segment[key as Dimension] = value;
  }
  return segment;
}

/** The range asked for, or the last 90 days in the organisation's zone. */
function readRange(ports: Ports, payload: Payload, timeZone: string) {
  const range = payload.range as { from?: unknown; to?: unknown } | undefined;
  if (range === undefined) return lastDays(today(ports, timeZone), 90);
  if (
    typeof range !== 'object' ||
    range === null ||
    typeof range.from !== 'string' ||
    typeof range.to !== 'string'
  ) {
    return undefined;
  }
  return { from: range.from, to: range.to };
}

const STAFF: readonly Role[] = ['agent', 'csi-manager', 'admin'];
const CSI: readonly Role[] = ['csi-manager', 'admin'];
const ANYONE: readonly Role[] = ['customer', 'agent', 'csi-manager', 'admin'];

const RESOLVERS: Record<string, { readonly roles: readonly Role[]; readonly handle: Handler }> = {
  getInstrument: {
    roles: ANYONE,
    handle: (_ports, payload) => {
      const locale =
        resolveLocale(text(payload, 'locale', 35) ?? 'en', Object.keys(TICKET_SURVEY.messages)) ?? 'en';
      const kind = payload.kind === 'request' ? 'request' : 'incident';
      return { ok: true, value: instrumentView(locale, kind) };
    },
  },
  getMyTicketSurvey: {
    roles: ANYONE,
    handle: (ports, payload, caller) => {
      const ticketId = text(payload, 'ticketId', 200);
      if (!ticketId) return bad('ticketId is required.');
      return andThen(ports.surveys.forTicket(ticketId), (surveys) => {
        // Customers see only their own surveys; another's ticket looks like one without a survey.
        const mine = surveys.filter((s) => s.requester.id === caller.accountId && s.state !== 'cancelled');
        const survey = [...mine].sort((a, b) => b.resolvedAt - a.resolvedAt)[0];
        if (!survey) return { ok: true, value: null };
        return andThen(ports.settings.settings(), (settings) =>
          andThen(ports.responses.get(survey.id), (response) => {
            // The language the customer is viewing in, else the one of their profile when the ticket was resolved.
            const asked = text(payload, 'locale', 35);
            const supported = Object.keys(TICKET_SURVEY.messages);
            const locale =
              (asked ? resolveLocale(asked, supported) : undefined) ??
              resolveLocale(survey.requester.locale ?? 'en', supported) ??
              'en';
            const deadline = answerDeadline(survey, settings.policy.expireAfterDays);
            const open = survey.state !== 'expired' && ports.clock.now() < deadline;
            return {
              ok: true,
              value: {
                surveyId: survey.id,
                state: survey.state,
                open,
                deadline,
                response: response ? ownResponse(response) : null,
                instrument: instrumentView(locale, survey.kind),
              },
            };
          }),
        );
      });
    },
  },
  submitMyResponse: {
    roles: ANYONE,
    handle: (ports, payload, caller) => {
      const surveyId = text(payload, 'surveyId', 300);
      if (!surveyId) return bad('surveyId is required.');
      return andThen(
        submitResponse(ports, {
          by: 'requester',
          requesterId: caller.accountId,
          surveyId,
          answer: payload.answer,
        }),
        (result) => {
          if (result.ok)
            return {
              ok: true,
              value: { response: ownResponse(result.value.response), changed: result.value.changed },
            };
          const status =
            result.error.code === 'not-your-survey'
              ? 403
              : result.error.code === 'unknown-survey'
                ? 404
                : 400;
          return {
            ok: false,
            status,
            code: result.error.code,
            message: result.error.message,
            details: result.error.errors,
          };
        },
      );
    },
  },
  getDashboard: {
    roles: STAFF,
    handle: (ports, payload, caller) =>
      andThen(ports.settings.settings(), (settings) => {
        const range = readRange(ports, payload, settings.policy.timeZone);
        const segment = readSegment(payload.segment);
        const granularity = payload.granularity ?? 'isoWeek';
        if (
          !range ||
          !segment ||
          (granularity !== 'day' && granularity !== 'isoWeek' && granularity !== 'month')
        ) {
          return bad(
            'Give range { from, to }, granularity day | isoWeek | month and a segment of known dimensions.',
          );
        }
        return andThen(dashboard(ports, { range, granularity, segment, ...scopeOf(caller) }), (result) =>
          fromResult(result),
        );
      }),
  },
  getBreakdown: {
    roles: STAFF,
    handle: (ports, payload, caller) =>
      andThen(ports.settings.settings(), (settings) => {
        const range = readRange(ports, payload, settings.policy.timeZone);
        const dimension = payload.dimension as Dimension;
        if (!range || DIMENSIONS.indexOf(dimension) < 0)
          return bad(`Give a range and a dimension: ${DIMENSIONS.join(', ')}.`);
        return andThen(breakdown(ports, { range, dimension, ...scopeOf(caller) }), (result) =>
          fromResult(result),
        );
      }),
  },
  getTicketExperience: {
    roles: STAFF,
    handle: (ports, payload, caller) => {
      const ticketId = text(payload, 'ticketId', 200);
      if (!ticketId) return bad('ticketId is required.');
      return andThen(ticketExperience(ports, ticketId, caller.scope), (value) => ({ ok: true, value }));
    },
  },
  getOpportunities: {
    roles: CSI,
    handle: (ports, payload) =>
      andThen(ports.settings.settings(), (settings) => {
        const window =
          payload.window === undefined
            ? undefined
            : readRange(ports, { range: payload.window }, settings.policy.timeZone);
        const limit = opportunityLimit(payload);
        if ((payload.window !== undefined && !window) || limit === undefined) {
          return bad('Give window { from, to } and a limit from 1 to 100, both optional.');
        }
        // Themes read comments; `themes: false` ranks from rollups alone.
        const themes = payload.themes !== false;
        return andThen(
          findOpportunities(ports, { ...(window ? { window } : {}), limit, themes }),
          (value) => ({
            ok: true,
            value,
          }),
        );
      }),
  },
  listInitiatives: {
    roles: STAFF,
    handle: (ports) => andThen(listInitiatives(ports), (value) => ({ ok: true, value })),
  },
  createInitiative: {
    roles: CSI,
    handle: (ports, payload, caller) => {
      const id = text(payload, 'id', 100);
      const title = typeof payload.title === 'string' ? payload.title : undefined;
      const opportunityKey = typeof payload.opportunityKey === 'string' ? payload.opportunityKey : undefined;
      const segment = payload.segment === undefined ? undefined : readSegment(payload.segment);
      if (!id || title === undefined || (opportunityKey === undefined && segment === undefined)) {
        return bad('Give id, title and an opportunityKey or a segment.');
      }
      const refused = Object.keys(payload).filter((key) => INITIATIVE_FIELDS.indexOf(key) < 0);
      if (refused.length > 0)
        return bad(
          `These fields cannot be given here: ${refused.slice(0, 5).join(', ').slice(0, 200)}; a new initiative takes ${INITIATIVE_FIELDS.join(', ')}.`,
        );
      if (opportunityKey !== undefined && parseSegmentKey(opportunityKey) === undefined)
        return bad('Unknown opportunity.');
      return andThen(
        createInitiative(
          ports,
          {
            id,
            title,
            ...(typeof payload.hypothesis === 'string' ? { hypothesis: payload.hypothesis } : {}),
            ...(typeof payload.effort === 'number' ? { effort: payload.effort } : {}),
            ...(opportunityKey !== undefined ? { opportunityKey } : {}),
            ...(segment !== undefined ? { segment } : {}),
            ...(payload.owner !== undefined && payload.owner !== null
              ? { owner: payload.owner as string }
              : {}),
          },
          caller.accountId,
        ),
        (result) => fromResult(result),
      );
    },
  },
  updateInitiative: {
    roles: CSI,
    handle: (ports, payload, caller) => {
      const id = text(payload, 'id', 100);
      const version = payload.expectedVersion;
      const changes = payload.changes;
      if (
        !id ||
        typeof version !== 'number' ||
        typeof changes !== 'object' ||
        changes === null ||
        Array.isArray(changes)
      ) {
        return bad('Give id, expectedVersion and changes.');
      }
      const refused = Object.keys(changes).filter((key) => INITIATIVE_CHANGES.indexOf(key) < 0);
      if (refused.length > 0)
        return bad(
          `These fields cannot be changed here: ${refused.slice(0, 5).join(', ').slice(0, 200)}; changes take ${INITIATIVE_CHANGES.join(', ')}.`,
        );
      return andThen(updateInitiative(ports, id, changes, version, caller.accountId), (result) =>
        fromResult(result),
      );
    },
  },
  getInitiativeImpact: {
    roles: STAFF,
    handle: (ports, payload) => {
      const id = text(payload, 'id', 100);
      if (!id) return bad('id is required.');
      return andThen(initiativeImpact(ports, id), (result) => fromResult(result));
    },
  },
  getSettings: {
    roles: ['admin'],
    handle: (ports) => andThen(ports.settings.settings(), (value) => ({ ok: true, value })),
  },
  saveSettings: {
    roles: ['admin'],
    handle: (ports, payload) =>
      andThen(ports.settings.settings(), (current) => {
        const result = validateSettings(payload.settings, ports.zoned, current);
        if (!result.ok) return bad('The settings have problems.', result.error);
        return andThen(ports.settings.saveSettings(result.value), () => ({ ok: true, value: result.value }));
      }),
  },
  previewPolicy: {
    roles: ['admin'],
    handle: (ports, payload) =>
      andThen(ports.settings.settings(), (current): Step<ResolverResult> => {
        // The candidate is read exactly as saveSettings reads it, but never saved.
        const result = validateSettings(payload.settings, ports.zoned, current);
        if (!result.ok) return bad('The settings have problems.', result.error);
        const days = payload.days === undefined ? 30 : payload.days;
        if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 90)
          return bad('days must be a whole number from 1 to 90.');
        return andThen(previewPolicy(ports, result.value, days), (value) =>
          value
            ? { ok: true, value }
            : {
                ok: false,
                status: 404,
                code: 'no-history',
                message: 'This installation keeps no ticket history to preview the policy on.',
              },
        );
      }),
  },
};

/**
 * Whether a caller holds one of the roles: a caller whose account or roles are not what the type says (an adapter's
 * bug, a platform answering oddly) holds none, and is refused rather than thrown on.
 */
function mayCall(caller: unknown, roles: readonly Role[]): boolean {
  if (typeof caller !== 'object' || caller === null) return false;
  const { accountId, roles: held } = caller as { accountId?: unknown; roles?: unknown };
  if (typeof accountId !== 'string' || accountId.length === 0 || !Array.isArray(held)) return false;
  // A scope that is not one would read as "no scope", which shows everything.
  const { scope } = caller as { scope?: unknown };
  if (scope !== undefined && !isScope(scope, DIMENSIONS)) return false;
  return held.some((role) => typeof role === 'string' && roles.indexOf(role as Role) >= 0);
}

/** What a CSI manager may send in `updateInitiative`'s changes; `externalKey` is the server's alone. */
const INITIATIVE_CHANGES = ['title', 'hypothesis', 'status', 'effort', 'goLiveAt', 'owner'];
/** What a new initiative may be given; its status, history and external key are the server's. */
const INITIATIVE_FIELDS = ['id', 'title', 'hypothesis', 'effort', 'opportunityKey', 'segment', 'owner'];

/** The resolver names, for adapters that register each one (Forge's `resolver.define`). */
export const RESOLVER_NAMES: readonly string[] = Object.keys(RESOLVERS);

/**
 * Runs a UI call by resolver name, as Forge resolvers and the sandbox server both do: checks the caller's roles
 * and the payload at the trust boundary, calls the service, and answers with a value or an error carrying the
 * HTTP status to send. Bad input changes nothing.
 * @example await resolve(ports, 'getDashboard', { granularity: 'month' }, { accountId: 'u1', roles: ['agent'] })
 */
export function resolve(ports: Ports, name: string, payload: unknown, caller: Caller): Step<ResolverResult> {
  const resolver = Object.prototype.hasOwnProperty.call(RESOLVERS, name) ? RESOLVERS[name] : undefined;
  if (!resolver)
    return { ok: false, status: 404, code: 'unknown-resolver', message: `There is no resolver "${name}".` };
  if (!mayCall(caller, resolver.roles)) {
    return { ok: false, status: 403, code: 'forbidden', message: 'You are not allowed to do this.' };
  }
  const body = payload === undefined || payload === null ? {} : payload;
  if (typeof body !== 'object' || Array.isArray(body)) return bad('The payload must be an object.');
  return resolver.handle(ports, body as Payload, caller);
}
