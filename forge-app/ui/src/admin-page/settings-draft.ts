import {
  clockMinutes,
  SETTINGS_LIMITS,
  type SettingLimit,
  type Settings,
  type SettingsError,
  validateSettings,
  type Weekday,
} from '@xloop/shared-core';

/** The settings as the admin edits them: what the inputs hold, text until it is read. */
export interface SettingsDraft {
  readonly graceMinutes: string;
  readonly days: readonly Weekday[];
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
  readonly holidays: readonly string[];
  readonly remind: boolean;
  readonly reminderAfterHours: string;
  readonly expireAfterDays: string;
  readonly minDaysBetweenSurveys: string;
  readonly maxSurveysPer30Days: string;
  /** Percent, 0–100; the core keeps a share from 0 to 1. */
  readonly samplingPercent: string;
  readonly surveyIncidents: boolean;
  readonly surveyRequests: boolean;
  /** One per line. */
  readonly excludedResolutionCodes: string;
  readonly excludedRequestTypes: string;
  readonly serviceAccounts: string;
  readonly minimumSample: string;
  readonly referenceName: string;
  readonly referenceHappiness: string;
  readonly referenceLostMinutes: string;
}

/**
 * Where a problem shows, by the core's field path (`policy.graceMinutes`, `minimumSample`, …). The business hours'
 * "start before end" problem belongs to the whole window and shows on its end.
 */
export type FieldErrors = Readonly<Record<string, string>>;

const DEFAULT_REMINDER_HOURS = 48;

const numberText = (value: number) => String(Number(value.toPrecision(12)));
const lines = (list: readonly string[]) => list.join('\n');
const readLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * The inputs' contents for saved settings.
 * @example draftOf(DEFAULT_SETTINGS).samplingPercent // '100'
 */
export function draftOf(settings: Settings): SettingsDraft {
  const { policy, reference } = settings;
  return {
    graceMinutes: numberText(policy.graceMinutes),
    days: [...policy.businessHours.days],
    start: policy.businessHours.start,
    end: policy.businessHours.end,
    timeZone: policy.timeZone,
    holidays: [...policy.holidays],
    remind: policy.reminderAfterHours !== null,
    reminderAfterHours: numberText(policy.reminderAfterHours ?? DEFAULT_REMINDER_HOURS),
    expireAfterDays: numberText(policy.expireAfterDays),
    minDaysBetweenSurveys: numberText(policy.minDaysBetweenSurveys),
    maxSurveysPer30Days: numberText(policy.maxSurveysPer30Days),
    samplingPercent: numberText(policy.samplingRate * 100),
    surveyIncidents: policy.surveyKinds.includes('incident'),
    surveyRequests: policy.surveyKinds.includes('request'),
    excludedResolutionCodes: lines(policy.excludedResolutionCodes),
    excludedRequestTypes: lines(policy.excludedRequestTypes),
    serviceAccounts: lines(policy.serviceAccounts),
    minimumSample: numberText(settings.minimumSample),
    referenceName: reference?.name ?? '',
    referenceHappiness: reference?.happiness === undefined ? '' : numberText(reference.happiness),
    referenceLostMinutes: reference?.lostMinutes === undefined ? '' : numberText(reference.lostMinutes),
  };
}

type NumberRule = SettingLimit;

const sampling = SETTINGS_LIMITS['policy.samplingRate'];

/** The core's ranges (`SETTINGS_LIMITS`), as the form asks for them: the sampling share as a percentage. */
export const RULES = {
  ...SETTINGS_LIMITS,
  'policy.samplingRate': { ...sampling, min: sampling.min * 100, max: sampling.max * 100, unit: '%' },
} as const satisfies Record<string, NumberRule>;

/**
 * A setting's range as its help text says it, with thousands separated and a real minus sign.
 * @example rangeText(RULES['policy.graceMinutes']) // '0 to 10,080'
 */
export function rangeText(rule: NumberRule): string {
  const said = (value: number) => value.toLocaleString('en-US').replace('-', '\u2212');
  return Number.isFinite(rule.max) ? `${said(rule.min)} to ${said(rule.max)}` : `${said(rule.min)} or more`;
}

const range = (rule: NumberRule) =>
  Number.isFinite(rule.max) ? `from ${rule.min} to ${rule.max}` : `${rule.min} or more`;

/** A number typed in an input, or the message that says what to type instead. */
function readNumber(text: string, rule: NumberRule): number | string {
  const trimmed = text.trim().replace(',', '.');
  const kind = rule.whole ? 'a whole number' : 'a number';
  if (trimmed === '') return `Enter ${kind} ${range(rule)}.`;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || (rule.whole && !Number.isInteger(value)))
    return `Enter ${kind} ${range(rule)}${rule.unit === '%' ? '' : ` (${rule.unit})`}.`;
  if (value < rule.min || value > rule.max)
    return `Enter ${kind} ${range(rule)}${rule.unit === '%' ? ' %' : ` ${rule.unit}`}; ${trimmed} is out of range.`;
  return value;
}

/** The draft read into settings, or every problem by field. Nothing is sent unless `errors` is empty. */
export interface ReadDraft {
  readonly settings: Settings;
  readonly errors: FieldErrors;
}

/**
 * Reads the inputs as the core will: each number in its range, clock times in order, dates as dates, the time zone
 * known. Then the core's own `validateSettings` reads the result, so the page never accepts what the server refuses.
 * @example readDraft(draftOf(saved), isValidTimeZone).errors // {}
 */
export function readDraft(
  draft: SettingsDraft,
  isValidTimeZone: (zone: string) => boolean,
  saved?: Settings,
): ReadDraft {
  const errors: Record<string, string> = {};
  const number = (field: keyof typeof RULES, text: string, fallback: number) => {
    const value = readNumber(text, RULES[field]);
    if (typeof value === 'string') {
      errors[field] = value;
      return fallback;
    }
    return value;
  };
  const graceMinutes = number('policy.graceMinutes', draft.graceMinutes, 0);
  const reminderAfterHours = draft.remind
    ? number('policy.reminderAfterHours', draft.reminderAfterHours, 1)
    : null;
  const expireAfterDays = number('policy.expireAfterDays', draft.expireAfterDays, 1);
  const minDaysBetweenSurveys = number('policy.minDaysBetweenSurveys', draft.minDaysBetweenSurveys, 0);
  const maxSurveysPer30Days = number('policy.maxSurveysPer30Days', draft.maxSurveysPer30Days, 1);
  const samplingPercent = number('policy.samplingRate', draft.samplingPercent, 100);
  const minimumSample = number('minimumSample', draft.minimumSample, 10);

  if (draft.days.length === 0) errors['policy.businessHours.days'] = 'Choose at least one weekday.';
  const start = clockMinutes(draft.start);
  const end = clockMinutes(draft.end, true);
  if (start === undefined) errors['policy.businessHours.start'] = 'Enter a time such as 09:00.';
  if (end === undefined) errors['policy.businessHours.end'] = 'Enter a time such as 17:00.';
  if (start !== undefined && end !== undefined && start >= end)
    errors['policy.businessHours'] = `The sending window must end after it starts (${draft.start}).`;
  if (!isValidTimeZone(draft.timeZone)) errors['policy.timeZone'] = 'Choose a time zone from the list.';

  const reference = {
    ...(draft.referenceName.trim() ? { name: draft.referenceName.trim() } : {}),
    ...(draft.referenceHappiness.trim()
      ? { happiness: number('reference.happiness', draft.referenceHappiness, 0) }
      : {}),
    ...(draft.referenceLostMinutes.trim()
      ? { lostMinutes: number('reference.lostMinutes', draft.referenceLostMinutes, 0) }
      : {}),
  };

  const settings: Settings = {
    policy: {
      graceMinutes,
      businessHours: { days: [...draft.days].sort(), start: draft.start, end: draft.end },
      timeZone: draft.timeZone,
      holidays: [...draft.holidays].sort(),
      reminderAfterHours,
      expireAfterDays,
      minDaysBetweenSurveys,
      maxSurveysPer30Days,
      samplingRate: Number((samplingPercent / 100).toPrecision(12)),
      excludedResolutionCodes: readLines(draft.excludedResolutionCodes),
      excludedRequestTypes: readLines(draft.excludedRequestTypes),
      serviceAccounts: readLines(draft.serviceAccounts),
      surveyKinds: [
        ...(draft.surveyIncidents ? (['incident'] as const) : []),
        ...(draft.surveyRequests ? (['request'] as const) : []),
      ],
    },
    minimumSample,
    ...(Object.keys(reference).length > 0 ? { reference } : {}),
  };
  // Whatever the form did not catch, the core does, with its own words.
  if (Object.keys(errors).length === 0) {
    const checked = validateSettings(payloadOf(settings), { isValidTimeZone }, saved);
    if (!checked.ok) return { settings, errors: errorsByField(checked.error) };
  }
  return { settings, errors };
}

/**
 * What `saveSettings` and `previewPolicy` are sent: every setting, and `reference: null` to drop a benchmark, since the
 * server merges what it is sent over what it has.
 * @example payloadOf(DEFAULT_SETTINGS).reference // null
 */
export function payloadOf(settings: Settings): Record<string, unknown> {
  return {
    policy: settings.policy,
    minimumSample: settings.minimumSample,
    reference: settings.reference ?? null,
  };
}

/**
 * The server's (or the core's) problems by field, the first for each; `''` holds those not about one field.
 * @example errorsByField([{ field: 'policy.graceMinutes', code: 'out-of-range', message: '…' }])
 */
export function errorsByField(errors: readonly Partial<SettingsError>[]): FieldErrors {
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const field = FIELDS.includes(error.field ?? '') ? (error.field as string) : '';
    const message = error.message ?? error.code ?? 'This setting has a problem.';
    if (!byField[field]) byField[field] = message;
    else if (field === '') byField[field] = `${byField[field]} ${message}`;
  }
  return byField;
}

/** The fields the form shows a message beside. */
export const FIELDS: readonly string[] = [
  'policy.graceMinutes',
  'policy.businessHours',
  'policy.businessHours.days',
  'policy.businessHours.start',
  'policy.businessHours.end',
  'policy.timeZone',
  'policy.holidays',
  'policy.reminderAfterHours',
  'policy.expireAfterDays',
  'policy.minDaysBetweenSurveys',
  'policy.maxSurveysPer30Days',
  'policy.samplingRate',
  'policy.surveyKinds',
  'policy.excludedResolutionCodes',
  'policy.excludedRequestTypes',
  'policy.serviceAccounts',
  'minimumSample',
  'reference',
  'reference.happiness',
  'reference.lostMinutes',
];

/**
 * Whether two drafts would save the same settings (the order of weekdays and holidays does not matter).
 * @example sameDraft(draftOf(saved), draftOf(saved)) // true
 */
export function sameDraft(a: SettingsDraft, b: SettingsDraft): boolean {
  const norm = (d: SettingsDraft) =>
    JSON.stringify({ ...d, days: [...d.days].sort(), holidays: [...d.holidays].sort() });
  return norm(a) === norm(b);
}
