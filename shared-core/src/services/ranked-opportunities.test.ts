import { describe, expect, it } from 'vitest';
import { resolve } from '../resolvers/resolvers';
import { deskEntries, LOST, SCORES } from '../testing/desk';
import { findOpportunities } from './find-opportunities';
import { freshPorts, MONDAY } from './ports.fixture';
import {
  RANKED_KEPT,
  RANKING_MAX_AGE_MS,
  type RankingStore,
  rankedOpportunities,
  refreshRanking,
  type StoredRanking,
} from './ranked-opportunities';

/** A store over one value, counting its saves. */
function memoryRanking(): RankingStore & { saved: number; value?: StoredRanking } {
  const store: RankingStore & { saved: number; value?: StoredRanking } = {
    saved: 0,
    read: () => store.value,
    save: (ranking) => {
      store.value = ranking;
      store.saved++;
    },
  };
  return store;
}

/** A desk of three services over the 120 days up to Monday, VPN by phone the unhappy one. */
function desk() {
  const ports = freshPorts(MONDAY);
  const entries = deskEntries(
    '2026-07-06',
    119,
    [
      {
        segment: { service: 'Email', channel: 'portal' },
        perDay: 6,
        scores: SCORES.happy,
        lost: LOST.little,
      },
      { segment: { service: 'VPN', channel: 'phone' }, perDay: 3, scores: SCORES.unhappy, lost: LOST.much },
      { segment: { service: 'HR', channel: 'chat' }, perDay: 2, scores: SCORES.happy, lost: LOST.little },
    ],
    5,
  );
  for (const entry of entries)
    ports.rollups.apply(`desk:${entry.day}:${entry.segmentKey}`, entry.day, [entry.segmentKey], entry.rollup);
  return ports;
}

describe('the stored ranking', () => {
  it('is ranked when missing or an hour old, and kept in between', async () => {
    const ports = desk();
    const store = memoryRanking();
    expect(await refreshRanking(ports, store, MONDAY)).toBe(true);
    expect(store.value).toEqual({
      computedAt: MONDAY,
      opportunities: await findOpportunities(ports, { limit: RANKED_KEPT }),
    });
    expect(store.value?.opportunities.length).toBeGreaterThan(0);
    expect(await refreshRanking(ports, store, MONDAY + RANKING_MAX_AGE_MS - 1)).toBe(false);
    expect(store.saved).toBe(1);
    expect(await refreshRanking(ports, store, MONDAY + RANKING_MAX_AGE_MS)).toBe(true);
    expect(store.value?.computedAt).toBe(MONDAY + RANKING_MAX_AGE_MS);
  });

  it('answers getOpportunities as a live ranking would, within its limit and options', async () => {
    const ports = desk();
    const store = memoryRanking();
    await refreshRanking(ports, store, MONDAY);
    const caller = { accountId: 'csi', roles: ['csi-manager'] } as const;
    for (const payload of [{}, { limit: 3 }, { limit: 1, themes: false }])
      expect(rankedOpportunities(store.value, payload)).toEqual(
        await resolve(ports, 'getOpportunities', payload, caller),
      );
    // The same refusal as the resolver's for a limit out of range.
    expect(rankedOpportunities(store.value, { limit: 101 })).toEqual(
      await resolve(ports, 'getOpportunities', { limit: 101 }, caller),
    );
  });

  it('leaves to a live ranking what it cannot answer', () => {
    const full: StoredRanking = {
      computedAt: MONDAY,
      opportunities: Array.from({ length: RANKED_KEPT }, (_, i) => ({ key: `k${i}` }) as never),
    };
    expect(rankedOpportunities(undefined, {})).toBeUndefined();
    expect(rankedOpportunities(full, { window: { from: '2026-10-01', to: '2026-10-31' } })).toBeUndefined();
    // A full ranking may have left out what a larger limit asks for; a shorter one is the whole ranking.
    expect(rankedOpportunities(full, { limit: RANKED_KEPT + 1 })).toBeUndefined();
    const short = { ...full, opportunities: full.opportunities.slice(0, 3) };
    expect(rankedOpportunities(short, { limit: 50 })).toEqual({ ok: true, value: short.opportunities });
  });
});
