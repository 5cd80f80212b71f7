import type { Settings } from '../model/settings';
import type { ZonedTime } from '../ports';
import { err, ok, type Result } from '../result';
import { DEFAULT_MINIMUM_SAMPLE } from '../share/happiness';
import { DEFAULT_POLICY, validatePolicy } from './policy';
import { SETTINGS_LIMITS, withinLimit } from './settings-limits';

export type { Settings };

export const DEFAULT_SETTINGS: Settings = { policy: DEFAULT_POLICY, minimumSample: DEFAULT_MINIMUM_SAMPLE };

export interface SettingsError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

const lost = SETTINGS_LIMITS['reference.lostMinutes'];
const happy = SETTINGS_LIMITS['reference.happiness'];
// Said with a minus sign, as people write it.
const minus = (value: number) => String(value).replace('-', '−');

/**
 * Reads an admin's settings JSON (`{ policy?, minimumSample?, reference? }`), every problem reported with its field.
 * @example validateSettings({ minimumSample: 20, policy: { graceMinutes: 30 } }, zoned) // { ok: true, value: … }
 */
export function validateSettings(
  raw: unknown,
  zoned: Pick<ZonedTime, 'isValidTimeZone'>,
  base: Settings = DEFAULT_SETTINGS,
): Result<Settings, readonly SettingsError[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err([{ field: '', code: 'not-an-object', message: 'The settings must be a JSON object.' }]);
  }
  const input = raw as Record<string, unknown>;
  const errors: SettingsError[] = [];
  for (const key of Object.keys(input)) {
    if (key !== 'policy' && key !== 'minimumSample' && key !== 'reference') {
      errors.push({ field: key, code: 'unknown-key', message: `Unknown setting "${key}".` });
    }
  }
  let policy = base.policy;
  if (input.policy !== undefined) {
    const result = validatePolicy(input.policy, zoned, base.policy);
    if (result.ok) policy = result.value;
    else for (const e of result.error) errors.push({ ...e, field: e.field ? `policy.${e.field}` : 'policy' });
  }
  let minimumSample = base.minimumSample;
  if (input.minimumSample !== undefined) {
    const n = input.minimumSample;
    if (!withinLimit(SETTINGS_LIMITS.minimumSample, n)) {
      errors.push({
        field: 'minimumSample',
        code: 'out-of-range',
        message: `minimumSample must be a whole number from ${SETTINGS_LIMITS.minimumSample.min} to ${SETTINGS_LIMITS.minimumSample.max}.`,
      });
    } else minimumSample = n;
  }
  let reference = base.reference;
  if (input.reference !== undefined) {
    const r = input.reference as Record<string, unknown> | null;
    if (r === null) reference = undefined;
    else if (
      typeof r !== 'object' ||
      (r.lostMinutes !== undefined && !withinLimit(lost, r.lostMinutes)) ||
      (r.happiness !== undefined && !withinLimit(happy, r.happiness)) ||
      (r.name !== undefined && typeof r.name !== 'string')
    ) {
      errors.push({
        field: 'reference',
        code: 'invalid-value',
        message: `reference needs lostMinutes ≥ ${lost.min}, happiness from ${minus(happy.min)} to ${happy.max} and a name, each optional.`,
      });
    } else {
      reference = {
        ...(typeof r.lostMinutes === 'number' ? { lostMinutes: r.lostMinutes } : {}),
        ...(typeof r.happiness === 'number' ? { happiness: r.happiness } : {}),
        ...(typeof r.name === 'string' ? { name: r.name } : {}),
      };
    }
  }
  if (errors.length > 0) return err(errors);
  return ok({ policy, minimumSample, ...(reference ? { reference } : {}) });
}
