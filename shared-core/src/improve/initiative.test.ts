import { describe, expect, it } from 'vitest';
import { DAY } from '../model/time';
import { emptyRollup } from '../share/rollup';
import { draftInitiative, type Initiative, orderingScore, reviseInitiative } from './initiative';

const now = Date.UTC(2026, 10, 24, 12);
const baseline = {
  window: { from: '2026-08-24', to: '2026-11-23' },
  months: 3,
  rollup: emptyRollup(),
  frozenAt: now,
};
const expected = { recoverableHoursPerMonth: 40, happinessGap: 20, ticketsPerMonth: 100 };

function created(): Initiative {
  const result = draftInitiative(
    { id: 'i1', title: '  Fix VPN onboarding ', segment: { service: 'VPN' }, baseline, expected, effort: 5 },
    now,
    'csi',
  );
  if (!result.ok) throw new Error('expected an initiative');
  return result.value;
}

describe('orderingScore', () => {
  it('divides the cost of delay by the effort', () => {
    // (40 h + 20/100 × 100 tickets × 1 h) / 5 = 12
    expect(orderingScore(expected, 5)).toBe(12);
    expect(orderingScore(expected, 5, 0.5)).toBe(10);
    // Negative values add nothing; effort below 1 counts as 1.
    expect(orderingScore({ recoverableHoursPerMonth: -3, happinessGap: -10, ticketsPerMonth: 50 }, 0.5)).toBe(
      0,
    );
  });
});

describe('draftInitiative', () => {
  it('starts identified, with its baseline frozen and its history begun', () => {
    expect(created()).toMatchObject({
      title: 'Fix VPN onboarding',
      status: 'identified',
      baseline,
      version: 1,
      history: [{ status: 'identified', at: now, by: 'csi' }],
    });
  });

  it('refuses an empty title and an impossible effort, together', () => {
    const result = draftInitiative({ id: 'i2', title: ' ', segment: {}, baseline, expected, effort: 0 }, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((e) => e.field)).toEqual(['title', 'effort']);
  });
});

describe('reviseInitiative', () => {
  it('moves across the board, keeping history and bumping the version', () => {
    const moved = reviseInitiative(created(), { status: 'in-progress' }, now + DAY, 'csi');
    expect(moved).toMatchObject({
      ok: true,
      value: { status: 'in-progress', version: 2, updatedAt: now + DAY },
    });
    if (!moved.ok) return;
    expect(moved.value.history.map((h) => h.status)).toEqual(['identified', 'in-progress']);
    const edited = reviseInitiative(moved.value, { title: 'VPN self-service' }, now + 2 * DAY);
    expect(edited).toMatchObject({ ok: true, value: { title: 'VPN self-service', version: 3 } });
    if (edited.ok) expect(edited.value.history).toHaveLength(2);
  });

  it('needs a go-live date before measuring, and keeps the baseline whatever is sent', () => {
    expect(reviseInitiative(created(), { status: 'measuring' }, now)).toMatchObject({
      ok: false,
      error: [{ field: 'goLiveAt', code: 'needs-go-live' }],
    });
    const live = reviseInitiative(created(), { status: 'measuring', goLiveAt: now + 7 * DAY }, now);
    expect(live).toMatchObject({
      ok: true,
      value: { status: 'measuring', goLiveAt: now + 7 * DAY, baseline },
    });
    if (!live.ok) return;
    expect(reviseInitiative(live.value, { goLiveAt: null }, now).ok).toBe(false);
    const cleared = reviseInitiative(live.value, { status: 'in-progress', goLiveAt: null, owner: null }, now);
    expect(cleared.ok).toBe(true);
    if (cleared.ok) expect(cleared.value).not.toHaveProperty('goLiveAt');
  });

  it('rejects unknown statuses and bad fields', () => {
    const result = reviseInitiative(
      created(),
      { status: 'archived' as never, hypothesis: 'x'.repeat(5000), goLiveAt: Number.NaN },
      now,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.map((e) => e.code)).toEqual(['too-long', 'invalid-status', 'wrong-type']);
  });
});
