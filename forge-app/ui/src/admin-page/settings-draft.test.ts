import { DEFAULT_SETTINGS, SETTINGS_LIMITS, withinLimit } from '@xloop/shared-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAVE_REFUSAL, SAVED_SETTINGS } from './sandbox-answers.fixture';
import { draftOf, errorsByField, payloadOf, RULES, rangeText, readDraft, sameDraft } from './settings-draft';
import { isValidTimeZone } from './time-zones';

const read = (patch: Partial<ReturnType<typeof draftOf>>) =>
  readDraft({ ...draftOf(SAVED_SETTINGS), ...patch }, isValidTimeZone, SAVED_SETTINGS);

describe('the settings draft', () => {
  it('reads back exactly the settings it was made from', () => {
    const { settings, errors } = read({});
    expect(errors).toEqual({});
    expect(settings).toEqual(SAVED_SETTINGS);
  });

  it('keeps the sampling rate as a share and shows it in percent', () => {
    const draft = draftOf({
      ...DEFAULT_SETTINGS,
      policy: { ...DEFAULT_SETTINGS.policy, samplingRate: 0.07 },
    });
    expect(draft.samplingPercent).toBe('7');
    expect(read({ samplingPercent: '33.3' }).settings.policy.samplingRate).toBe(0.333);
  });

  it('accepts a number exactly when the core’s limits do (the sampling share typed as a percentage)', () => {
    const typed = [
      ['graceMinutes', 'policy.graceMinutes', 1],
      ['expireAfterDays', 'policy.expireAfterDays', 1],
      ['minDaysBetweenSurveys', 'policy.minDaysBetweenSurveys', 1],
      ['maxSurveysPer30Days', 'policy.maxSurveysPer30Days', 1],
      ['samplingPercent', 'policy.samplingRate', 100],
      ['minimumSample', 'minimumSample', 1],
      ['reminderAfterHours', 'policy.reminderAfterHours', 1],
      ['referenceHappiness', 'reference.happiness', 1],
      ['referenceLostMinutes', 'reference.lostMinutes', 1],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...typed),
        fc.oneof(fc.integer({ min: -200, max: 20_000 }), fc.double({ min: -200, max: 20_000, noNaN: true })),
        ([input, field, scale], value) => {
          const core = SETTINGS_LIMITS[field];
          expect(RULES[field]).toMatchObject({
            min: core.min * scale,
            max: core.max * scale,
            whole: core.whole,
          });
          const { errors } = read({ [input]: String(value) });
          expect(errors[field] === undefined, `${input} = ${value}`).toBe(withinLimit(RULES[field], value));
        },
      ),
    );
  });

  it('says each range as its help text does', () => {
    expect(rangeText(RULES['policy.graceMinutes'])).toBe('0 to 10,080');
    expect(rangeText(RULES['policy.samplingRate'])).toBe('0 to 100');
    expect(rangeText(RULES['reference.happiness'])).toBe('\u2212100 to 100');
    expect(rangeText(RULES['reference.lostMinutes'])).toBe('0 or more');
  });

  it('says what to type for each number out of the core’s range', () => {
    const { errors } = read({
      graceMinutes: '10081',
      expireAfterDays: '2.5',
      minDaysBetweenSurveys: '-1',
      maxSurveysPer30Days: '',
      samplingPercent: '150',
      minimumSample: '1',
      reminderAfterHours: '0',
    });
    expect(errors).toEqual({
      'policy.graceMinutes': 'Enter a whole number from 0 to 10080 minutes; 10081 is out of range.',
      'policy.expireAfterDays': 'Enter a whole number from 1 to 365 (days).',
      'policy.minDaysBetweenSurveys': 'Enter a number from 0 to 365 days; -1 is out of range.',
      'policy.maxSurveysPer30Days': 'Enter a whole number from 1 to 1000.',
      'policy.samplingRate': 'Enter a number from 0 to 100 %; 150 is out of range.',
      minimumSample: 'Enter a whole number from 2 to 1000 answers; 1 is out of range.',
      'policy.reminderAfterHours': 'Enter a number from 1 to 8760 hours; 0 is out of range.',
    });
  });

  it('ignores the reminder hours when no reminder is sent', () => {
    const { settings, errors } = read({ remind: false, reminderAfterHours: '0' });
    expect(errors).toEqual({});
    expect(settings.policy.reminderAfterHours).toBeNull();
  });

  it('wants weekdays, clock times in order and a known time zone', () => {
    expect(read({ days: [] }).errors).toEqual({
      'policy.businessHours.days': 'Choose at least one weekday.',
    });
    expect(read({ start: '18:00' }).errors).toEqual({
      'policy.businessHours': 'The sending window must end after it starts (18:00).',
    });
    expect(read({ start: '', end: '25:00' }).errors).toEqual({
      'policy.businessHours.start': 'Enter a time such as 09:00.',
      'policy.businessHours.end': 'Enter a time such as 17:00.',
    });
    expect(read({ end: '24:00' }).errors).toEqual({});
    expect(read({ timeZone: 'Mars/Base' }).errors).toEqual({
      'policy.timeZone': 'Choose a time zone from the list.',
    });
  });

  it('reads lists one per line and the benchmark only when given', () => {
    const { settings } = read({
      serviceAccounts: ' monitor@example.com \n\nbackup-bot\n',
      referenceHappiness: '35',
      referenceName: 'HDI 2025',
    });
    expect(settings.policy.serviceAccounts).toEqual(['monitor@example.com', 'backup-bot']);
    expect(settings.reference).toEqual({ name: 'HDI 2025', happiness: 35 });
    expect(payloadOf(SAVED_SETTINGS).reference).toBeNull();
  });

  it('lands the server’s problems on their fields, and any other on the form', () => {
    expect(errorsByField(SAVE_REFUSAL.details)).toEqual({
      'policy.timeZone': 'Unknown time zone "Mars/Base".',
      'policy.businessHours': 'businessHours.start (18:00) must be before businessHours.end (17:00).',
    });
    expect(
      errorsByField([{ field: 'colour', code: 'unknown-key', message: 'Unknown setting "colour".' }]),
    ).toEqual({
      '': 'Unknown setting "colour".',
    });
  });

  it('sees the same settings in any order of weekdays and holidays', () => {
    const draft = draftOf(SAVED_SETTINGS);
    expect(sameDraft(draft, { ...draft, days: [...draft.days].reverse() })).toBe(true);
    expect(sameDraft(draft, { ...draft, graceMinutes: '30' })).toBe(false);
  });
});
