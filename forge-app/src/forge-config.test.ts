import { describe, expect, it } from 'vitest';
import { DEFAULT_FORGE_CONFIG, validateForgeConfig } from './forge-config';

describe('validateForgeConfig', () => {
  it('merges valid settings over the current ones', () => {
    expect(
      validateForgeConfig({
        delivery: 'notify',
        roleGroups: { csiManager: ['csi-team'] },
        csiProject: { key: 'CSI', issueType: 'Task' },
      }),
    ).toEqual({
      ok: true,
      value: {
        delivery: 'notify',
        roleGroups: { ...DEFAULT_FORGE_CONFIG.roleGroups, csiManager: ['csi-team'] },
        csiProject: { key: 'CSI', issueType: 'Task' },
      },
    });
    expect(
      validateForgeConfig(
        { csiProject: null },
        { ...DEFAULT_FORGE_CONFIG, csiProject: { key: 'CSI', issueType: 'Task' } },
      ),
    ).toEqual({
      ok: true,
      value: DEFAULT_FORGE_CONFIG,
    });
  });

  it('lists every problem', () => {
    expect(
      validateForgeConfig({
        delivery: 'pigeon',
        roleGroups: { admin: 'admins' },
        csiProject: { key: 'csi' },
        colour: 1,
      }),
    ).toEqual({
      ok: false,
      errors: [
        'Unknown setting "colour".',
        'delivery must be "comment" or "notify".',
        'roleGroups.agent, .csiManager and .admin must be lists of group names.',
        'csiProject needs a project key such as "CSI" and an issue type such as "Task".',
      ],
    });
    expect(validateForgeConfig('x')).toEqual({ ok: false, errors: ['The settings must be an object.'] });
  });
});
