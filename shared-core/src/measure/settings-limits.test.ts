import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSettings } from './settings';
import { type LimitedSetting, SETTINGS_LIMITS, withinLimit } from './settings-limits';

const zoned = { isValidTimeZone: () => true };

/** Settings JSON that sets one numeric field to `value`. */
const setting = (field: LimitedSetting, value: number): Record<string, unknown> => {
  const [group, key] = field.split('.') as [string, string | undefined];
  return key === undefined ? { [group]: value } : { [group]: { [key]: value } };
};

const FIELDS = Object.keys(SETTINGS_LIMITS) as LimitedSetting[];

describe('SETTINGS_LIMITS', () => {
  it('is what validateSettings accepts, field by field, at and beyond every bound', () => {
    for (const field of FIELDS) {
      const { min, max, whole } = SETTINGS_LIMITS[field];
      const cases = [
        min,
        min - 1,
        min - 0.5,
        max,
        max + 1,
        Number.isFinite(max) ? max - 0.5 : 1e12,
        min + 0.5,
      ];
      for (const value of cases) {
        const accepted = validateSettings(setting(field, value), zoned).ok;
        expect(accepted, `${field} = ${value}`).toBe(withinLimit(SETTINGS_LIMITS[field], value));
        if (whole && !Number.isInteger(value)) expect(accepted, `${field} = ${value}`).toBe(false);
      }
    }
  });

  it('agrees with validateSettings on any number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.oneof(
          fc.integer({ min: -2000, max: 20_000 }),
          fc.double({ min: -2000, max: 20_000, noNaN: true }),
        ),
        (field, value) => {
          expect(validateSettings(setting(field, value), zoned).ok).toBe(
            withinLimit(SETTINGS_LIMITS[field], value),
          );
        },
      ),
    );
  });

  it('refuses what is not a finite number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '5', null])
      expect(withinLimit(SETTINGS_LIMITS['reference.lostMinutes'], value)).toBe(false);
  });
});
