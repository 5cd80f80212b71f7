import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refusal } from '../now.prebuild.mjs';
import { CORE_MODULE, coreBundle, coreState } from '../scripts/bundle-core.mjs';

// The SDK reads the server modules before it runs its `prebuild` task, so a core written during a build is not the
// one it uploads (a missing one is uploaded as a deletion): the task must refuse such a build, not just bundle.
describe('a build is never without its core', () => {
  it('refuses a build whose core module is missing or older than the core, and passes a current one', () => {
    const onDisk = readFileSync(CORE_MODULE, 'utf8');
    expect(coreState(onDisk)).toBe('current');
    expect(coreState(`${onDisk}\n// a newer core`)).toBe('stale');
    expect(coreState(onDisk, `${CORE_MODULE}.absent`)).toBe('missing');
    expect(refusal('missing')).toMatch(/missing when the build started/);
    expect(refusal('stale')).toMatch(/an old core/);
    expect(refusal('current')).toBeUndefined();
    expect(coreBundle().text).toContain('function submitResponse(');
  });

  it('keeps the core module’s record id in keys.ts, and no shipped module marked deleted', () => {
    const keys = readFileSync(new URL('../src/fluent/generated/keys.ts', import.meta.url), 'utf8');
    const entry = keys.match(/'src_server_core_xloop-core_js': \{[^}]*\}/)?.[0];
    expect(entry).toContain("table: 'sys_module'");
    expect(entry).not.toContain('deleted');
    // A module whose source was removed on purpose is deleted on upgrade; one whose source is here never is.
    const shipped = new Set(
      readdirSync(new URL('../src/server', import.meta.url), { recursive: true }).map(
        (path) => `src_server_${String(path).replace(/[/.]/g, '_')}`,
      ),
    );
    const deletedModules = [
      ...keys.matchAll(/'(src_server_[^']+)': \{[^}]*table: 'sys_module'[^}]*deleted: true/g),
    ].map((m) => m[1]);
    expect(deletedModules.filter((key) => key !== undefined && shipped.has(key))).toEqual([]);
  });

  it('is wired so that every build path bundles first or is refused', () => {
    const scripts = (
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.build).toMatch(/^node scripts\/bundle-core\.mjs && now-sdk build/);
    expect(scripts.deploy).toMatch(/^npm run build && /);
  });
});
