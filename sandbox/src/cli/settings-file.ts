import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Settings, validateSettings } from '@xloop/shared-core';
import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { CliError } from './cli-error';

/**
 * Reads a policy file: the JSON the admin settings edit, either the whole settings (`{ "policy": { … } }`) or the
 * policy alone (`{ "graceMinutes": 30, … }`). Every problem is listed with its field.
 */
export function readSettingsFile(file: string | undefined): Settings {
  if (file === undefined) return DEFAULT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read the policy file ${file}: ${(error as Error).message}`);
  }
  const whole = typeof raw === 'object' && raw !== null && 'policy' in raw ? raw : { policy: raw };
  const result = validateSettings(whole, dateFnsZonedTime);
  if (!result.ok) {
    throw new CliError(
      `The policy file ${file} has problems:\n${result.error.map((e) => `  ${e.field || '(file)'}: ${e.message}`).join('\n')}`,
    );
  }
  return result.value;
}
