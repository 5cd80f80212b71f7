import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgeLintProblems, readManifest } from '../tools/check-forge-app';

const root = new URL('../../', import.meta.url).pathname;

describe('forge lint, offline', () => {
  it('finds no problem in the manifest, the functions bundle and the Custom UI builds', {
    timeout: 180_000,
  }, async () => {
    const jiraOpenApi = join(root, '..', 'shared', 'specs', 'jira-platform-openapi.json');
    const { errors, warnings } = await forgeLintProblems(root, readManifest(root), jiraOpenApi);
    // Every module, resource (the Custom UI builds the test command makes first), scope and handler checks out.
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
