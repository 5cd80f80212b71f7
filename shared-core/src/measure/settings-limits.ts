/** The range a numeric setting must fall in, and what it counts. */
export interface SettingLimit {
  readonly min: number;
  /** `Infinity` for no upper bound. */
  readonly max: number;
  /** Only whole numbers. */
  readonly whole: boolean;
  /** What is counted, for people: `minutes`, `days`, `share` (0–1), … */
  readonly unit: string;
}

/**
 * Every numeric setting's range, by the field path `validateSettings` reports problems under: the one table the
 * core's validation and an admin form both read, so a form never accepts what the core refuses or the reverse.
 * @example SETTINGS_LIMITS['policy.graceMinutes'] // { min: 0, max: 10080, whole: true, unit: 'minutes' }
 */
export const SETTINGS_LIMITS = {
  'policy.graceMinutes': { min: 0, max: 7 * 24 * 60, whole: true, unit: 'minutes' },
  'policy.reminderAfterHours': { min: 1, max: 24 * 365, whole: false, unit: 'hours' },
  'policy.expireAfterDays': { min: 1, max: 365, whole: true, unit: 'days' },
  'policy.minDaysBetweenSurveys': { min: 0, max: 365, whole: false, unit: 'days' },
  'policy.maxSurveysPer30Days': { min: 1, max: 1000, whole: true, unit: 'surveys' },
  'policy.samplingRate': { min: 0, max: 1, whole: false, unit: 'share' },
  minimumSample: { min: 2, max: 1000, whole: true, unit: 'answers' },
  'reference.happiness': { min: -100, max: 100, whole: false, unit: 'points' },
  'reference.lostMinutes': { min: 0, max: Number.POSITIVE_INFINITY, whole: false, unit: 'minutes' },
} as const satisfies Readonly<Record<string, SettingLimit>>;

/** A numeric setting's field path. */
export type LimitedSetting = keyof typeof SETTINGS_LIMITS;

/**
 * Whether a value is a number a setting accepts: finite, whole where it must be, and within its range.
 * @example withinLimit(SETTINGS_LIMITS.minimumSample, 1) // false
 */
export function withinLimit(limit: SettingLimit, value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!limit.whole || Number.isInteger(value)) &&
    value >= limit.min &&
    value <= limit.max
  );
}
