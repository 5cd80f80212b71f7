import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url).pathname;

describe('npm run package', () => {
  it('builds, checks and writes the Forge app and the ServiceNow archive, and says where they are', {
    timeout: 300_000,
  }, () => {
    const started = Date.now();
    const output = execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, encoding: 'utf8' });
    console.log(`npm run package: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(output).toContain('dist/forge/');
    expect(output).toMatch(/dist\/xloop-forge-[\d.]+\.tgz/);
    expect(output).toMatch(/dist\/xloop_servicenow_app_[\d_]+\.zip/);

    // The Forge folder is what `forge deploy` reads: the manifest and every path it names.
    const forge = join(root, 'dist', 'forge');
    const manifest = parse(readFileSync(join(forge, 'manifest.yml'), 'utf8')) as {
      app: { package?: unknown };
      resources: { path: string }[];
    };
    // Forge's default packaging: no manual package, the handlers in src/ re-exporting the functions bundle.
    expect(manifest.app.package).toBeUndefined();
    expect(existsSync(join(forge, 'src', 'index.js'))).toBe(true);
    expect(existsSync(join(forge, 'forge-app', 'dist', 'functions', 'index.js'))).toBe(true);
    for (const resource of manifest.resources)
      expect(existsSync(join(forge, resource.path, 'index.html'))).toBe(true);
    const archive = output.match(/dist\/xloop-forge-[\d.]+\.tgz/)?.[0] ?? '';
    const listed = execFileSync('tar', ['-tzf', join(root, archive)], { encoding: 'utf8' });
    expect(listed).toContain('./manifest.yml');
    expect(listed).toContain('./src/index.js');
    expect(listed).toContain('./forge-app/dist/functions/index.js');

    // The ServiceNow archive carries the bundled core among its records.
    const zip = output.match(/dist\/xloop_servicenow_app_[\d_]+\.zip/)?.[0] ?? '';
    const hasCore = execFileSync(
      'python3',
      [
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(any(b"core/xloop-core.js</path>" in z.read(n) for n in z.namelist()))',
        join(root, zip),
      ],
      { encoding: 'utf8' },
    );
    expect(hasCore.trim()).toBe('True');
  });
});
