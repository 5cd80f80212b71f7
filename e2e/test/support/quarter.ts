import {
  DAY,
  DEFAULT_SETTINGS,
  factorsFor,
  HOUR,
  MINUTE,
  random,
  type Settings,
  TICKET_SURVEY,
} from '@xloop/shared-core';

/** Monday 2026-06-01 00:00 UTC: the quarter's first day. */
export const QUARTER_START = Date.UTC(2026, 5, 1);
export const QUARTER_DAYS = 91;
/** Every platform's scheduled work runs on this beat, and every change lands on it. */
export const TICK = 30 * MINUTE;
/** The day the CSI manager ranks the opportunities and starts an initiative on the top one. */
export const INITIATIVE_DAY = 49;
/** The day the fix for the initiative's segment goes live: answers about it get better from here. */
export const GO_LIVE_DAY = 56;

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  policy: { ...DEFAULT_SETTINGS.policy, timeZone: 'Europe/Helsinki' },
};

const SERVICES = ['VPN', 'Email', 'Laptops', 'SAP ERP'] as const;
const PRIORITIES = ['High', 'Medium', 'Low'] as const;
const CATEGORIES = ['Network incident', 'Access incident', 'Hardware incident'] as const;
const ZONES = ['Europe/Helsinki', 'Europe/Stockholm', 'America/New_York', 'Asia/Tokyo', 'UTC'] as const;
const LANGUAGES = ['fi', 'sv', 'en', 'de'] as const;
/** The service the fix is for: its answers are poor until go-live. */
export const FIXED_SERVICE = 'VPN';

export interface QuarterRequester {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly timeZone: string;
  /** A two-letter language; each platform writes it its own way (Jira `fi_FI`, ServiceNow `fi`). */
  readonly language: string;
}

/** One ticket of the quarter, as every platform holds it; `n` names it on each (HELP-n, INC000000n, desk:T-n). */
export interface QuarterTicket {
  readonly n: number;
  readonly requester: QuarterRequester;
  readonly agentId: string;
  readonly service: string;
  readonly priority: string;
  readonly category: string;
  readonly createdAt: number;
}

/** A state change of a ticket: resolved (with a resolution code) or reopened, on the tick. */
export interface QuarterChange {
  readonly at: number;
  readonly n: number;
  readonly to: 'resolved' | 'open';
  readonly resolution?: string;
}

export interface Quarter {
  readonly tickets: ReadonlyMap<number, QuarterTicket>;
  readonly requesters: readonly QuarterRequester[];
  /** Ordered by time, then ticket. */
  readonly changes: readonly QuarterChange[];
}

const onTick = (instant: number) => Math.ceil(instant / TICK) * TICK;

/**
 * A seeded quarter of a service desk: tickets opened on working hours of every day, resolved hours later (some as
 * duplicates), about one in eight reopened within the grace period and resolved again. Every change lands on a
 * tick and no ticket changes twice in one tick, so a platform that reads the ticket as it is now (Jira) sees each
 * change, as the others do.
 */
export function quarter(seed: number, count = 900, requesterCount = 300): Quarter {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const requesters: QuarterRequester[] = Array.from({ length: requesterCount }, (_, i) => ({
    id: `u${i + 1}`,
    name: `Requester ${i + 1}`,
    email: `requester${i + 1}@example.com`,
    timeZone: ZONES[i % ZONES.length] as string,
    language: LANGUAGES[i % LANGUAGES.length] as string,
  }));
  const tickets = new Map<number, QuarterTicket>();
  const changes: QuarterChange[] = [];
  for (let n = 1; n <= count; n++) {
    const day = Math.floor(next() * (QUARTER_DAYS - 3));
    const createdAt = QUARTER_START + day * DAY + (6 + Math.floor(next() * 10)) * HOUR;
    const ticket: QuarterTicket = {
      n,
      requester: pick(requesters),
      agentId: pick(['agent-1', 'agent-2', 'agent-3']),
      service: next() < 0.4 ? FIXED_SERVICE : pick(SERVICES.slice(1)),
      priority: pick(PRIORITIES),
      category: pick(CATEGORIES),
      createdAt,
    };
    tickets.set(n, ticket);
    const resolvedAt = onTick(createdAt + (1 + Math.floor(next() * 40)) * HOUR);
    changes.push(...resolutionChanges(n, resolvedAt, next));
  }
  changes.sort((a, b) => a.at - b.at || a.n - b.n);
  return { tickets, requesters, changes };
}

/**
 * Ticket `n` resolved at `resolvedAt` (about one in seventeen as a duplicate) and, about one in eight times it is
 * done, reopened within the grace period and resolved again three hours later.
 */
export function resolutionChanges(n: number, resolvedAt: number, next: () => number): QuarterChange[] {
  const resolution = next() < 0.06 ? 'Duplicate' : 'Done';
  const changes: QuarterChange[] = [{ at: resolvedAt, n, to: 'resolved', resolution }];
  if (resolution === 'Done' && next() < 0.12) {
    const reopenedAt = resolvedAt + (1 + Math.floor(next() * 2)) * TICK;
    changes.push({ at: reopenedAt, n, to: 'open' });
    changes.push({ at: reopenedAt + 6 * TICK, n, to: 'resolved', resolution: 'Done' });
  }
  return changes;
}

/** What a requester answers, and how: by the e-mail's score link (then the follow-up) or in the portal. */
export interface QuarterAnswer {
  readonly channel: 'email' | 'portal';
  /** When, after the invitation went out: the next tick at or after it. */
  readonly after: number;
  readonly score: number;
  readonly factors: readonly string[];
  readonly lostTime?: string;
  readonly comment?: string;
}

const hashOf = (text: string) => {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
};

/**
 * Whether and how the requester answers the survey of ticket `n`'s resolution at `resolvedAt`: the same on every
 * platform, seeded by the resolution. About six in ten answer, some only after the reminder. Until go-live the
 * fixed service's answers are poor and cost hours; for its tickets resolved from go-live they are good.
 */
export function answerFor(ticket: QuarterTicket, resolvedAt: number): QuarterAnswer | undefined {
  const next = random(hashOf(`${ticket.n}@${resolvedAt}`));
  if (next() < 0.4) return undefined;
  const fixed = ticket.service === FIXED_SERVICE;
  const live = resolvedAt >= QUARTER_START + GO_LIVE_DAY * DAY;
  const score =
    fixed && !live
      ? Math.floor(next() * 8)
      : fixed
        ? 7 + Math.floor(next() * 4)
        : Math.min(10, 5 + Math.floor(next() * 6));
  const band = score >= 9 ? 'positive' : score >= 7 ? 'neutral' : 'negative';
  const choices = factorsFor(TICKET_SURVEY, band, 'incident').map((f) => f.id);
  const factors = choices.filter(() => next() < 0.3).slice(0, 3);
  const lost = TICKET_SURVEY.lostTimeOptions.map((o) => o.id);
  const lostTime =
    next() < 0.15
      ? undefined
      : fixed && !live
        ? (lost[3 + Math.floor(next() * 2)] as string)
        : (lost[Math.floor(next() * 3)] as string);
  const comment =
    next() < 0.35
      ? fixed && !live
        ? `The VPN dropped again, ticket ${ticket.n}`
        : `Thanks, all fine with ${ticket.service}`
      : undefined;
  return {
    channel: next() < 0.7 ? 'email' : 'portal',
    after: Math.ceil((HOUR + Math.floor(next() * 72) * HOUR) / TICK) * TICK,
    score,
    factors,
    ...(lostTime ? { lostTime } : {}),
    ...(comment ? { comment } : {}),
  };
}
