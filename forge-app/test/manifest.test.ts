import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type ForgeManifest,
  handlerProblems,
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
    expect(handlerProblems(root, broken)).toEqual(['function ghost: the bundle does not export index.ghost']);
    expect(resourceProblems(root, broken)).toEqual([
      'resource nowhere: forge-app/ui/nowhere/dist/index.html is not built: run npm run build',
    ]);
  });

  it('asks for the least it needs: reading and writing Jira work and requests, user details, app storage', () => {
    expect([...manifest.permissions.scopes].sort()).toEqual(
      [
        'read:jira-user',
        'read:jira-work',
        'read:servicedesk-request',
        'storage:app',
        'write:jira-work',
        'write:servicedesk-request',
      ].sort(),
    );
  });

  it('feeds the consumer from the queue the code pushes to', () => {
    const source = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
    const queue = manifest.modules.consumer?.[0]?.queue;
    expect(source).toContain(`new Queue({ key: '${queue}' })`);
  });
});
