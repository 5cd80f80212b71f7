import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ForgeManifest,
  handlerProblems,
  ownProblems,
  readManifest,
  resourceProblems,
  schemaProblems,
} from '../tools/check-forge-app';

const root = new URL('../../', import.meta.url).pathname;
const manifest = readManifest(root) as ForgeManifest & {
  modules: Record<string, { key: string; queue?: string }[]>;
  permissions: { scopes: string[] };
};

describe('manifest.yml', () => {
  it('is valid against the JSON schema shipped in @forge/manifest', () => {
    expect(schemaProblems(manifest)).toEqual([]);
  });

  it('names only functions it declares, and every function handler is exported by the bundle it points at', () => {
    expect(handlerProblems(root, manifest)).toEqual([]);
  });

  it('uses Forge’s default packaging: manual packaging is Early Access, not usable in production', () => {
    expect(manifest.app.package).toBeUndefined();
    const manual = { ...manifest, app: { ...manifest.app, package: { bundler: 'manual@2026', path: 'x' } } };
    expect(handlerProblems(root, manual)).toEqual([
      'app.package: manual packaging is an Early Access feature, not usable in production; use the default packaging (src/)',
    ]);
  });

  it('points every Custom UI resource at a build', () => {
    expect(resourceProblems(root, manifest)).toEqual([]);
  });

  it('would be caught naming a handler the bundle lacks or a resource that is not built', () => {
    const broken = {
      ...manifest,
      modules: {
        ...manifest.modules,
        function: [...(manifest.modules.function ?? []), { key: 'ghost', handler: 'index.ghost' }],
      },
      resources: [{ key: 'nowhere', path: 'forge-app/ui/nowhere/dist' }],
    };
    expect(handlerProblems(root, broken)).toEqual([
      'function ghost: src/index.js does not export index.ghost',
    ]);
    expect(resourceProblems(root, broken)).toEqual([
      'resource nowhere: forge-app/ui/nowhere/dist/index.html is not built: run npm run build',
    ]);
  });

  it('asks for the least it needs: reading and writing Jira work, group membership, app storage', () => {
    // test/scopes.test.ts derives the same list from the Jira calls in the code and the OpenAPI document.
    expect([...manifest.permissions.scopes].sort()).toEqual(
      ['read:jira-user', 'read:jira-work', 'storage:app', 'write:jira-work'].sort(),
    );
  });

  it('lets customers into the portal, shows agent views only where they belong, keeps the admin page in the sidebar', () => {
    expect(ownProblems(manifest)).toEqual([]);
    const modules = manifest.modules as unknown as Record<string, Record<string, unknown>[]>;
    const without = (type: string, property: string) =>
      ({
        ...manifest,
        modules: {
          ...manifest.modules,
          [type]: (modules[type] ?? []).map(({ [property]: _, ...rest }) => rest),
        },
      }) as never;
    expect(ownProblems(without('jiraServiceManagement:portalRequestDetail', 'unlicensedAccess'))).toEqual([
      'jiraServiceManagement:portalRequestDetail rate-request: portal modules need unlicensedAccess: [customer, unlicensed]',
    ]);
    expect(ownProblems(without('jira:issuePanel', 'displayConditions'))).toEqual([
      'jira:issuePanel experience-panel: needs displayConditions (service projects, service-desk users)',
    ]);
    expect(ownProblems(without('trigger', 'filter'))).toEqual([
      'trigger issue-events: Jira events need filter.ignoreSelf and filter.expression',
    ]);
    const configOnly = {
      ...manifest,
      modules: {
        ...manifest.modules,
        'jira:adminPage': (modules['jira:adminPage'] ?? []).map((page) => ({ ...page, useAsConfig: true })),
      },
    };
    expect(ownProblems(configOnly as never)).toEqual([
      'jira:adminPage: no page is in the sidebar (every one has useAsConfig or useAsGetStarted)',
    ]);
  });

  it('gives every migration a name of its own', async () => {
    const { MIGRATIONS } = await import('../src/storage/schema');
    const names = MIGRATIONS.map(([name]) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('feeds the consumer from the queue the code pushes to', () => {
    const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    const queue = manifest.modules.consumer?.[0]?.queue;
    expect(source).toContain(`new Queue({ key: '${queue}' })`);
  });
});
