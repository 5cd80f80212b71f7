import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as {
  app: { package: { path: string } };
  modules: Record<
    string,
    { key: string; function?: string; handler?: string; resolver?: { function: string }; queue?: string }[]
  >;
  permissions: { scopes: string[] };
};
// The schema ships inside @forge/manifest but is not among its exports: read it by path.
const schemaPath = join(dirname(require.resolve('@forge/manifest')), 'schema', 'manifest-schema.json');

describe('manifest.yml', () => {
  it('is valid against the JSON schema shipped in @forge/manifest', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names only functions it declares, and every function handler is exported by the bundle it points at', () => {
    const functions = new Map(manifest.modules.function?.map((f) => [f.key, f.handler ?? '']) ?? []);
    for (const [type, modules] of Object.entries(manifest.modules)) {
      for (const module of modules) {
        const used = module.function ?? module.resolver?.function;
        if (type !== 'function' && used !== undefined)
          expect(functions.has(used), `${type} ${module.key} → ${used}`).toBe(true);
      }
    }
    const bundle = require(join(root, manifest.app.package.path, 'index.js')) as Record<string, unknown>;
    for (const [key, handler] of functions) {
      const [file, name] = handler.split('.');
      expect(file, key).toBe('index');
      expect(typeof bundle[name ?? ''], `${key}: ${handler}`).toBe('function');
    }
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
