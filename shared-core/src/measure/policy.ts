import type { BusinessHours, Policy, Weekday } from '../model/policy';
import type { TicketKind } from '../model/ticket';
import type { ZonedTime } from '../ports';
import { err, ok, type Result } from '../result';
import { isDay } from '../share/calendar';
import { SETTINGS_LIMITS } from './settings-limits';

export type { BusinessHours, Policy, Weekday };

/** The safe defaults an installation starts with. */
export const DEFAULT_POLICY: Policy = {
  graceMinutes: 60,
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  timeZone: 'UTC',
  holidays: [],
  reminderAfterHours: 48,
  expireAfterDays: 14,
  minDaysBetweenSurveys: 7,
  maxSurveysPer30Days: 3,
  samplingRate: 1,
  excludedResolutionCodes: [
    'duplicate',
    'cancelled',
    'canceled',
    'spam',
    'withdrawn',
    "won't do",
    'declined',
  ],
  excludedRequestTypes: [],
  serviceAccounts: [],
  surveyKinds: ['incident', 'request'],
};

export type PolicyErrorCode =
  | 'not-an-object'
  | 'unknown-key'
  | 'wrong-type'
  | 'out-of-range'
  | 'invalid-value';

export interface PolicyError {
  readonly field: string;
  readonly code: PolicyErrorCode;
  readonly message: string;
}

/** The policy's numeric settings, each ranged in `SETTINGS_LIMITS`. */
type NumericPolicyKey =
  | 'graceMinutes'
  | 'reminderAfterHours'
  | 'expireAfterDays'
  | 'minDaysBetweenSurveys'
  | 'maxSurveysPer30Days'
  | 'samplingRate';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of an `HH:MM` clock reading; `undefined` if it is not one. A closing time (`end`) may also
 * be `24:00`, the end of the day.
 * @example clockMinutes('09:30') // 570
 * @example clockMinutes('24:00', true) // 1440
 */
export function clockMinutes(clock: string, end = false): number | undefined {
  if (end && clock === '24:00') return 1440;
  const match = CLOCK.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/**
 * Reads an admin's policy JSON: every key optional and merged over `DEFAULT_POLICY` (or `base`), every problem
 * reported with its field, and nothing accepted unless all of it is valid.
 * @example
 * validatePolicy({ graceMinutes: 30, timeZone: 'Europe/Helsinki' }, zoned) // { ok: true, value: { graceMinutes: 30, … } }
 * validatePolicy({ samplingRate: 2 }, zoned) // { ok: false, error: [{ field: 'samplingRate', code: 'out-of-range', … }] }
 */
export function validatePolicy(
  raw: unknown,
  zoned: Pick<ZonedTime, 'isValidTimeZone'>,
  base: Policy = DEFAULT_POLICY,
): Result<Policy, readonly PolicyError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err([{ field: '', code: 'not-an-object', message: 'The policy must be a JSON object.' }]);
  }
  const input = raw as Record<string, unknown>;
  const errors: PolicyError[] = [];
  const fail = (field: string, code: PolicyErrorCode, message: string) =>
    errors.push({ field, code, message });
  const known = Object.keys(base);
  for (const key of Object.keys(input)) {
    if (known.indexOf(key) < 0) fail(key, 'unknown-key', `Unknown setting "${key}".`);
  }
  const has = (key: keyof Policy) =>
    Object.prototype.hasOwnProperty.call(input, key) && input[key] !== undefined;

  const number = (key: NumericPolicyKey): number | undefined => {
    if (!has(key)) return undefined;
    const value = input[key];
    const { min, max, whole } = SETTINGS_LIMITS[`policy.${key}`];
    if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
      fail(key, 'wrong-type', `${key} must be ${whole ? 'a whole number' : 'a number'}.`);
      return undefined;
    }
    if (value < min || value > max) {
      fail(key, 'out-of-range', `${key} must be between ${min} and ${max}, not ${value}.`);
      return undefined;
    }
    return value;
  };
  const strings = (
    key: keyof Policy,
    check?: (value: string) => string | undefined,
  ): string[] | undefined => {
    if (!has(key)) return undefined;
    const value = input[key];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      fail(key, 'wrong-type', `${key} must be a list of strings.`);
      return undefined;
    }
    const problems = check
      ? value.map(check).filter((problem): problem is string => problem !== undefined)
      : [];
    for (const problem of problems) fail(key, 'invalid-value', problem);
    return problems.length > 0 ? undefined : (value as string[]);
  };

  const policy: { -readonly [K in keyof Policy]: Policy[K] } = { ...base };
  const graceMinutes = number('graceMinutes');
  if (graceMinutes !== undefined) policy.graceMinutes = graceMinutes;
  const expireAfterDays = number('expireAfterDays');
  if (expireAfterDays !== undefined) policy.expireAfterDays = expireAfterDays;
  const minDays = number('minDaysBetweenSurveys');
  if (minDays !== undefined) policy.minDaysBetweenSurveys = minDays;
  const maxPer30 = number('maxSurveysPer30Days');
  if (maxPer30 !== undefined) policy.maxSurveysPer30Days = maxPer30;
  const samplingRate = number('samplingRate');
  if (samplingRate !== undefined) policy.samplingRate = samplingRate;

  if (has('reminderAfterHours') && input.reminderAfterHours === null) policy.reminderAfterHours = null;
  else {
    const reminder = number('reminderAfterHours');
    if (reminder !== undefined) policy.reminderAfterHours = reminder;
  }

  if (has('timeZone')) {
    const zone = input.timeZone;
    if (typeof zone !== 'string')
      fail('timeZone', 'wrong-type', 'timeZone must be a string such as "Europe/Helsinki".');
    else if (!zoned.isValidTimeZone(zone)) fail('timeZone', 'invalid-value', `Unknown time zone "${zone}".`);
    else policy.timeZone = zone;
  }

  const holidays = strings('holidays', (day) =>
    isDay(day) ? undefined : `"${day}" is not a date (YYYY-MM-DD).`,
  );
  if (holidays) policy.holidays = holidays.slice().sort();
  const codes = strings('excludedResolutionCodes');
  if (codes) policy.excludedResolutionCodes = codes;
  const requestTypes = strings('excludedRequestTypes');
  if (requestTypes) policy.excludedRequestTypes = requestTypes;
  const accounts = strings('serviceAccounts');
  if (accounts) policy.serviceAccounts = accounts;
  const kinds = strings('surveyKinds', (kind) =>
    kind === 'incident' || kind === 'request'
      ? undefined
      : `"${kind}" is not a ticket kind (incident, request).`,
  );
  if (kinds) policy.surveyKinds = kinds as TicketKind[];

  if (has('businessHours')) {
    const hours = readBusinessHours(input.businessHours, base.businessHours, fail);
    if (hours) policy.businessHours = hours;
  }
  return errors.length > 0 ? err(errors) : ok(policy);
}

function readBusinessHours(
  raw: unknown,
  base: BusinessHours,
  fail: (field: string, code: PolicyErrorCode, message: string) => void,
): BusinessHours | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('businessHours', 'wrong-type', 'businessHours must be an object with days, start and end.');
    return undefined;
  }
  const input = raw as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(input)) {
    if (key !== 'days' && key !== 'start' && key !== 'end') {
      fail(`businessHours.${key}`, 'unknown-key', `Unknown setting "businessHours.${key}".`);
      ok = false;
    }
  }
  const days = input.days ?? base.days;
  if (
    !Array.isArray(days) ||
    days.length === 0 ||
    days.some((day) => typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7)
  ) {
    fail(
      'businessHours.days',
      'invalid-value',
      'businessHours.days must list weekdays 1 (Monday) to 7 (Sunday).',
    );
    ok = false;
  }
  const start = input.start ?? base.start;
  const end = input.end ?? base.end;
  const startMinutes = typeof start === 'string' ? clockMinutes(start) : undefined;
  const endMinutes = typeof end === 'string' ? clockMinutes(end, true) : undefined;
  if (startMinutes === undefined) {
    fail('businessHours.start', 'invalid-value', 'businessHours.start must be a time HH:MM such as "09:00".');
    ok = false;
  }
  if (endMinutes === undefined) {
    fail('businessHours.end', 'invalid-value', 'businessHours.end must be a time HH:MM such as "17:00".');
    ok = false;
  }
  if (startMinutes !== undefined && endMinutes !== undefined && startMinutes >= endMinutes) {
    fail(
      'businessHours',
      'out-of-range',
      `businessHours.start (${start}) must be before businessHours.end (${end}).`,
    );
    ok = false;
  }
  if (!ok) return undefined;
  const unique = (days as number[]).filter((day, i, all) => all.indexOf(day) === i).sort();
  return { days: unique as Weekday[], start: start as string, end: end as string };
}
