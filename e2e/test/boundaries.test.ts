import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The allowed arrows between packages (docs/architecture.md) are lint errors: `npm test` runs `biome check .`,
// whose `noRestrictedImports` overrides (the root biome.json, and servicenow-app/biome.json for that package)
// reject any other import. Each case writes a file with one import into a package folder, lints it and removes it.
const ROOT = new URL('../../', import.meta.url).pathname;
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

function lint(folder: string, specifier: string): { status: number | null; output: string } {
  const file = join(folder, `boundary-probe-${process.pid}.ts`);
  writeFileSync(
    join(ROOT, file),
    `import * as probed from '${specifier}';\n\nexport const probe = probed;\n`,
  );
  try {
    const run = spawnSync(BIOME, ['lint', '--max-diagnostics=20', file], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(join(ROOT, file), { force: true });
  }
}

describe('package boundaries are lint errors', () => {
  it.each([
    ['the core imports an adapter', 'shared-core/src', '@xloop/sandbox'],
    ['the core reaches into an adapter by path', 'shared-core/src/services', '../../../forge-app/src/public'],
    ['the Forge app imports the ServiceNow app', 'forge-app/src', '@xloop/servicenow-app'],
    ['the Forge UIs import the sandbox', 'forge-app/ui/src', '@xloop/sandbox'],
    ['the ServiceNow app imports the sandbox', 'servicenow-app/test', '../../sandbox/src/sandbox-ports'],
    ['the ServiceNow app imports the Forge app', 'servicenow-app/src/server', '@xloop/forge-app'],
    ['the sandbox imports the ServiceNow app', 'sandbox/src', '@xloop/servicenow-app/testing'],
    ['the sandbox reaches into the core’s folder', 'sandbox/src', '../../shared-core/src/testing/scenario'],
    ['an adapter imports the core’s src/ by name', 'sandbox/src', '@xloop/shared-core/src/index'],
    ['e2e reaches into a package’s src/', 'e2e/test', '../../sandbox/src/sandbox-ports'],
    ['e2e reaches into a package’s test/', 'e2e/test/support', '../../../forge-app/test/mariadb'],
    ['the ServiceNow app imports the Jira mapping', 'servicenow-app/src/server', '@xloop/shared-core/jira'],
    ['the model imports a rule', 'shared-core/src/model', '../measure/policy'],
  ])('%s: fails the lint', (_, folder, specifier) => {
    const { status, output } = lint(folder, specifier);
    expect(status, output).not.toBe(0);
    expect(output).toContain('lint/style/noRestrictedImports');
  });

  it.each([
    ['the core imports itself', 'shared-core/src', './index'],
    ['the Forge app imports the core', 'forge-app/src', '@xloop/shared-core'],
    ['the ServiceNow app imports the core’s test kit', 'servicenow-app/test', '@xloop/shared-core/testing'],
    ['the sandbox imports the core’s platform', 'sandbox/src', '@xloop/shared-core/platform'],
    ['e2e imports a package’s entry point', 'e2e/test', '@xloop/servicenow-app/testing'],
    ['the model imports the model', 'shared-core/src/model', './time'],
  ])('%s: passes the lint', (_, folder, specifier) => {
    const { status, output } = lint(folder, specifier);
    expect(output).not.toContain('noRestrictedImports');
    expect(status, output).toBe(0);
  });
});
