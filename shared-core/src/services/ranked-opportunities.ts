import type { Instant } from '../model/time';
import type { Ports } from '../ports';
import type { ResolverResult } from '../resolvers/resolvers';
import { andThen, type Step } from '../step';
import { findOpportunities, type OpportunityWithThemes } from './find-opportunities';

/** How old the stored ranking may be before the background work ranks again: hourly, as on Forge. */
export const RANKING_MAX_AGE_MS = 60 * 60_000;

/** Opportunities kept in the stored ranking: more than the CSI page shows (10), fewer than a call may ask (100). */
export const RANKED_KEPT = 20;

/**
 * The number of opportunities a `getOpportunities` payload asks for (20 when it names none), or undefined when its
 * limit is not a whole number from 1 to 100: the one check, for live rankings and stored ones alike.
 * @example opportunityLimit({ limit: 10 }) // 10
 */
export function opportunityLimit(payload: Readonly<Record<string, unknown>>): number | undefined {
  const limit = payload.limit === undefined ? 20 : Number(payload.limit);
  return Number.isInteger(limit) && limit >= 1 && limit <= 100 ? limit : undefined;
}

/** The opportunities of the default window (the 90 days up to `computedAt`), ranked off the UI path. */
export interface StoredRanking {
  readonly computedAt: Instant;
  readonly opportunities: readonly OpportunityWithThemes[];
}

/** Where a platform keeps the one stored ranking (Forge SQL, the sandbox's SQLite). */
export interface RankingStore {
  read(): Step<StoredRanking | undefined>;
  save(ranking: StoredRanking): Step<void>;
}

/**
 * Ranks again, themes included, when the stored ranking is missing or `maxAgeMs` old; answers whether it did.
 * Background work calls it (Forge's dispatch consumer, the sandbox's desk timer), so no UI request ranks raw data.
 * @example await refreshRanking(ports, store, ports.clock.now()) // true the first time, then false for an hour
 */
export function refreshRanking(
  ports: Ports,
  store: RankingStore,
  now: Instant,
  maxAgeMs: number = RANKING_MAX_AGE_MS,
): Step<boolean> {
  return andThen(store.read(), (stored) => {
    if (stored && now - stored.computedAt < maxAgeMs) return false;
    return andThen(findOpportunities(ports, { limit: RANKED_KEPT }), (opportunities) =>
      andThen(store.save({ computedAt: now, opportunities }), () => true),
    );
  });
}

/**
 * A `getOpportunities` call answered from the stored ranking, with the payload checked as the resolver checks it;
 * undefined when the stored ranking cannot answer: none yet, a window other than the default, or more opportunities
 * than it keeps. The caller then ranks live, as its platform allows.
 * @example rankedOpportunities(await store.read(), { limit: 10 }) // { ok: true, value: [ten opportunities] }
 */
export function rankedOpportunities(
  stored: StoredRanking | undefined,
  payload: Readonly<Record<string, unknown>>,
): ResolverResult | undefined {
  const limit = opportunityLimit(payload);
  if (limit === undefined)
    return {
      ok: false,
      status: 400,
      code: 'bad-request',
      message: 'Give window { from, to } and a limit from 1 to 100, both optional.',
    };
  if (!stored || payload.window !== undefined) return undefined;
  // A full ranking may hold more than it kept; a shorter one is all there is.
  if (limit > stored.opportunities.length && stored.opportunities.length >= RANKED_KEPT) return undefined;
  const chosen = stored.opportunities.slice(0, limit);
  // `themes: false` answers as a ranking from rollups alone would: no themes, no comments counted.
  const value = payload.themes === false ? chosen.map((o) => ({ ...o, themes: [], comments: 0 })) : chosen;
  return { ok: true, value };
}
