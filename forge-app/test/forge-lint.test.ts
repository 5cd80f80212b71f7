import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getClientSideLintersOnly, lint } from '@forge/lint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;

/** Forge's feature gates, answered "off" without asking Atlassian: the linters then run as for any app. */
const gatesOff = {
  checkGate: async () => false,
  getDynamicConfig: async () => null,
  testForgeCliTestGate: async () => false,
  getForgeCliTestDynamicConfig: async () => [],
  isLogsV2ApiEnabled: async () => false,
  isTeamworkGraphProductSupported: async () => false,
  getDeprecatedRuntimes: async () => [],
  isDevSpaceSelectionEnabled: async () => false,
  isDeveloperSpaceEnforcementFlowEnabled: async () => false,
  isSelfManagedTunnelEnabled: async () => false,
  isCombinedArtifactUploadEnabled: async () => false,
  getCustomSpinnerConfig: async () => null,
  getHints: async () => null,
};

describe('forge lint, offline', () => {
  it('finds no problem in the manifest, the functions bundle and the Custom UI builds', {
    timeout: 180_000,
  }, async () => {
    // The permission linter reads Atlassian's API documents; it is given the Jira platform one from ../shared/specs,
    // and empty ones for the products XLoop does not call.
    const empty = join(mkdtempSync(join(tmpdir(), 'xloop-lint-')), 'empty-openapi.json');
    writeFileSync(
      empty,
      JSON.stringify({ openapi: '3.0.1', info: { title: 'none', version: '0' }, paths: {} }),
    );
    Object.assign(process.env, {
      USE_LOCAL_SWAGGER: '1',
      LOCAL_JIRA_SWAGGER: join(root, '..', 'shared', 'specs', 'jira-platform-openapi.json'),
      LOCAL_JSM_SWAGGER: empty,
      LOCAL_JSW_SWAGGER: empty,
      LOCAL_CONF_SWAGGER: empty,
      LOCAL_CONF_V2_SWAGGER: empty,
      LOCAL_BB_SWAGGER: empty,
    });
    // Lint from a folder holding just the manifest and the app, as the Forge CLI sees a project: the repository's
    // own tsconfig (a solution file without files) is not the app's.
    const project = mkdtempSync(join(tmpdir(), 'xloop-forge-project-'));
    copyFileSync(join(root, 'manifest.yml'), join(project, 'manifest.yml'));
    symlinkSync(join(root, 'forge-app'), join(project, 'forge-app'));
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const manifest = parse(readFileSync('manifest.yml', 'utf8'));
      const logger = { info: () => {} };
      const gates = gatesOff as unknown as Parameters<typeof lint>[4];
      const linters = await getClientSideLintersOnly(manifest, 'development', logger, gates);
      const results = await lint(
        ['forge-app/dist/functions/index.js'],
        manifest,
        'development',
        logger,
        gates,
        {
          linter: { mode: 'client-side' },
          linters,
        },
      );
      const errors = results.flatMap((r) => r.errors.map((e) => `${r.file}: ${e.reference}: ${e.message}`));
      // Every module, resource (the Custom UI builds the test command makes first), scope and handler checks out.
      expect(errors).toEqual([]);
      expect(results.flatMap((r) => r.warnings)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});
