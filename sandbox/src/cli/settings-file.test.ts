import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '@xloop/shared-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { readSettingsFile } from './settings-file';

const dir = mkdtempSync(join(tmpdir(), 'xloop-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const refusal = (path: string) => {
  try {
    readSettingsFile(path);
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, code: error.exitCode };
    throw error;
  }
  throw new Error('not refused');
};

describe('readSettingsFile', () => {
  it('gives the default settings without a file', () => {
    expect(readSettingsFile(undefined)).toBe(DEFAULT_SETTINGS);
  });

  it('reads the policy alone or the whole settings', () => {
    const alone = readSettingsFile(file('alone.json', JSON.stringify({ timeZone: 'Europe/Helsinki' })));
    const whole = readSettingsFile(
      file('whole.json', JSON.stringify({ policy: { timeZone: 'Europe/Helsinki' } })),
    );
    expect(alone.policy.timeZone).toBe('Europe/Helsinki');
    expect(whole).toEqual(alone);
  });

  it('refuses an unreadable file and lists every problem with its field, exit code 2', () => {
    expect(refusal(join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      message: expect.stringMatching(/^Cannot read the policy file .*missing\.json: /),
    });
    expect(refusal(file('broken.json', '{ "timeZone": '))).toMatchObject({
      message: expect.stringMatching(/^Cannot read the policy file .*broken\.json: /),
    });
    const bad = refusal(
      file('bad.json', JSON.stringify({ samplingRate: 3, businessHours: { start: '18:00', end: '09:00' } })),
    );
    expect(bad.message).toMatch(/^The policy file .*bad\.json has problems:\n/);
    expect(bad.message).toContain('\n  policy.samplingRate: samplingRate must be between 0 and 1, not 3.');
    expect(bad.message.split('\n').length).toBeGreaterThan(2);
  });
});
