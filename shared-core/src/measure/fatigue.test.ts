import { describe, expect, it } from 'vitest';
import { DAY } from '../model/time';
import { fatigueInstant, fatigueReasons } from './fatigue';
import { sentAt, surveyOf } from './surveys.fixture';

const policy = { minDaysBetweenSurveys: 7, maxSurveysPer30Days: 3 };
const t0 = Date.UTC(2026, 10, 2, 9);

describe('fatigueInstant', () => {
  it('counts a sent survey when it went out, a scheduled one when it is due, a cancelled one never', () => {
    expect(fatigueInstant(sentAt(t0), false)).toBe(t0);
    const scheduled = surveyOf({ resolvedAt: t0, sendAt: t0 + DAY });
    expect(fatigueInstant(scheduled, true)).toBe(t0 + DAY);
    expect(fatigueInstant(scheduled, false)).toBeUndefined();
    expect(fatigueInstant({ ...scheduled, state: 'cancelled' }, true)).toBeUndefined();
  });
});

describe('fatigueReasons', () => {
  it('says how long ago the requester was surveyed when the minimum gap is not met', () => {
    expect(fatigueReasons(policy, [sentAt(t0)], t0 + 3 * DAY, false)).toEqual([
      { code: 'fatigue-min-days', message: 'requester surveyed 3 days ago, minimum is 7' },
    ]);
    expect(fatigueReasons(policy, [sentAt(t0)], t0 + 1 * DAY, false)[0]?.message).toBe(
      'requester surveyed 1 day ago, minimum is 7',
    );
  });

  it('allows a survey exactly the minimum apart', () => {
    expect(fatigueReasons(policy, [sentAt(t0)], t0 + 7 * DAY, false)).toEqual([]);
  });

  it('counts a survey due later when scheduled ones are included', () => {
    const later = surveyOf({ ticketId: 'jira:SD-9', resolvedAt: t0 + 2 * DAY, sendAt: t0 + 2 * DAY });
    expect(fatigueReasons(policy, [later], t0, true)).toEqual([
      { code: 'fatigue-min-days', message: 'requester has a survey due in 2 days, minimum is 7 days apart' },
    ]);
    expect(fatigueReasons(policy, [later], t0, false)).toEqual([]);
  });

  it('caps the surveys in any 30-day window, including windows that start before and end after', () => {
    const sent = [sentAt(t0), sentAt(t0 + 8 * DAY), sentAt(t0 + 16 * DAY)];
    expect(fatigueReasons(policy, sent, t0 + 24 * DAY, false)).toEqual([
      {
        code: 'fatigue-max-per-30-days',
        message: 'requester would get 4 surveys within 30 days, maximum is 3',
      },
    ]);
    // 30 days after the first, a window holds only the later two.
    expect(fatigueReasons(policy, sent, t0 + 30 * DAY, false)).toEqual([]);
    // Slotting in before three already scheduled surveys breaks the cap in their window.
    const ahead = [8, 16, 24].map((d) =>
      surveyOf({ ticketId: `jira:SD-${d}`, resolvedAt: t0 + d * DAY, sendAt: t0 + d * DAY }),
    );
    expect(fatigueReasons(policy, ahead, t0, true).map((r) => r.code)).toEqual(['fatigue-max-per-30-days']);
  });

  it('reports both caps together', () => {
    const sent = [sentAt(t0), sentAt(t0 + 8 * DAY), sentAt(t0 + 16 * DAY)];
    expect(fatigueReasons(policy, sent, t0 + 18 * DAY, false).map((r) => r.code)).toEqual([
      'fatigue-min-days',
      'fatigue-max-per-30-days',
    ]);
  });
});
