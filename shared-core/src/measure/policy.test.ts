import { describe, expect, it } from 'vitest';
import { dateFnsZonedTime as zoned } from '../platform/date-fns-zoned-time';
import { clockMinutes, DEFAULT_POLICY, validatePolicy } from './policy';

describe('clockMinutes', () => {
  it('reads HH:MM and rejects anything else', () => {
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('00:00')).toBe(0);
    expect(clockMinutes('23:59')).toBe(1439);
    for (const bad of ['9:30', '24:00', '12:60', '12-00', '']) expect(clockMinutes(bad)).toBeUndefined();
  });
});

describe('validatePolicy', () => {
  it('gives the defaults for an empty object', () => {
    expect(validatePolicy({}, zoned)).toEqual({ ok: true, value: DEFAULT_POLICY });
  });

  it('merges the given keys over the defaults', () => {
    const result = validatePolicy(
      {
        graceMinutes: 30,
        timeZone: 'Europe/Helsinki',
        holidays: ['2026-12-25', '2026-12-24'],
        reminderAfterHours: null,
        businessHours: { start: '08:00' },
        surveyKinds: ['request'],
        samplingRate: 0.25,
      },
      zoned,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      graceMinutes: 30,
      timeZone: 'Europe/Helsinki',
      holidays: ['2026-12-24', '2026-12-25'],
      reminderAfterHours: null,
      businessHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
      surveyKinds: ['request'],
      samplingRate: 0.25,
      expireAfterDays: 14,
    });
  });

  it('accepts a window open until midnight and dedupes and sorts weekdays', () => {
    const result = validatePolicy(
      { businessHours: { days: [7, 1, 1, 6], start: '00:00', end: '24:00' } },
      zoned,
    );
    expect(result).toMatchObject({ ok: true, value: { businessHours: { days: [1, 6, 7], end: '24:00' } } });
  });

  it('reports every problem with its field and accepts nothing', () => {
    const result = validatePolicy(
      {
        graceMinutes: -5,
        samplingRate: 2,
        maxSurveysPer30Days: 1.5,
        timeZone: 'Mars/Olympus_Mons',
        holidays: ['2026-13-01'],
        surveyKinds: ['problem'],
        businessHours: { start: '17:00', end: '09:00', lunch: true },
        colour: 'red',
      },
      zoned,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.error.map((e) => [e.field, e.code]));
    expect(byField).toEqual({
      colour: 'unknown-key',
      graceMinutes: 'out-of-range',
      samplingRate: 'out-of-range',
      maxSurveysPer30Days: 'wrong-type',
      timeZone: 'invalid-value',
      holidays: 'invalid-value',
      surveyKinds: 'invalid-value',
      'businessHours.lunch': 'unknown-key',
      businessHours: 'out-of-range',
    });
    expect(result.error.find((e) => e.field === 'samplingRate')?.message).toBe(
      'samplingRate must be between 0 and 1, not 2.',
    );
    expect(result.error.find((e) => e.field === 'holidays')?.message).toBe(
      '"2026-13-01" is not a date (YYYY-MM-DD).',
    );
  });

  it('rejects wrong types and values that are not objects', () => {
    expect(validatePolicy([], zoned)).toMatchObject({ ok: false, error: [{ code: 'not-an-object' }] });
    expect(validatePolicy(null, zoned)).toMatchObject({ ok: false, error: [{ code: 'not-an-object' }] });
    const result = validatePolicy(
      {
        timeZone: 3,
        serviceAccounts: 'bot@example.com',
        graceMinutes: '60',
        businessHours: { days: [0, 8], start: '9', end: 17 },
      },
      zoned,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'businessHours.days:invalid-value',
      'businessHours.end:invalid-value',
      'businessHours.start:invalid-value',
      'graceMinutes:wrong-type',
      'serviceAccounts:wrong-type',
      'timeZone:wrong-type',
    ]);
    expect(validatePolicy({ businessHours: 'always' }, zoned)).toMatchObject({
      ok: false,
      error: [{ field: 'businessHours', code: 'wrong-type' }],
    });
  });

  it('validates against a base other than the defaults', () => {
    const base = { ...DEFAULT_POLICY, graceMinutes: 10 };
    expect(validatePolicy({ expireAfterDays: 7 }, zoned, base)).toMatchObject({
      ok: true,
      value: { graceMinutes: 10, expireAfterDays: 7 },
    });
  });
});
