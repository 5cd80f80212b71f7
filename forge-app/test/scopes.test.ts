import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../tools/check-forge-app';
import { jiraOperation } from './jira-openapi';

const root = new URL('../../', import.meta.url).pathname;
const spec = JSON.parse(
  readFileSync(new URL('../../../shared/specs/jira-platform-openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<
    string,
    Record<
      string,
      { description?: string; 'x-atlassian-oauth2-scopes'?: { scopes: string[]; state: string }[] }
    >
  >;
};

/**
 * Every Jira call in the app's source (tests aside): `jira.get(…)`, `jira.post(…)` and `jira.send('METHOD', …)` with a
 * path literal, or a `const` holding one; path parameters become `x`.
 */
function jiraCalls(): { method: string; path: string; file: string }[] {
  const src = join(root, 'forge-app', 'src');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'),
  );
  const calls: { method: string; path: string; file: string }[] = [];
  const call = /\.(get|post|send)\b[^()]*?\(\s*(?:'([A-Z]+)',\s*)?(`[^`]*`|'[^']*'|[A-Za-z_]\w*)/g;
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    const constants = new Map(
      [...text.matchAll(/const (\w+) = (`[^`]*`|'[^']*')/g)].map((m) => [
        m[1] ?? '',
        (m[2] ?? '').slice(1, -1),
      ]),
    );
    for (const match of text.matchAll(call)) {
      const argument = match[3] ?? '';
      let path = /^[`']/.test(argument) ? argument.slice(1, -1) : (constants.get(argument) ?? '');
      path = path.replace(/^\$\{(\w+)\}/, (_, name: string) => constants.get(name) ?? '');
      if (!path.startsWith('/rest/api/3/')) continue;
      const method = match[1] === 'send' ? (match[2] ?? '') : (match[1] ?? '').toUpperCase();
      calls.push({ method, path: path.replace(/\$\{[^}]*\}/g, 'x').split('?')[0] ?? '', file });
    }
  }
  return calls;
}

/**
 * The classic scopes an operation needs now: its `x-atlassian-oauth2-scopes` entry in state `Current`, or, where that
 * lists none, the classic scope its description names (e.g. `POST /rest/api/3/permissions/check`, whose description
 * says "Classic: `read:jira-work`").
 */
function classicScopes(method: string, template: string): string[] {
  const operation = spec.paths[template]?.[method.toLowerCase()];
  const current = operation?.['x-atlassian-oauth2-scopes']?.find((s) => s.state === 'Current')?.scopes ?? [];
  if (current.length > 0) return current;
  const named = /\*\*Classic\*\*: `([^`]+)`/.exec(operation?.description ?? '')?.[1];
  return named ? [named] : [];
}

describe('the manifest’s scopes', () => {
  const calls = jiraCalls();

  it('finds the Jira calls the app makes, each a documented operation', () => {
    const templates = [
      ...new Set(calls.map((c) => `${c.method} ${jiraOperation(c.method, c.path).template}`)),
    ].sort();
    expect(templates).toEqual([
      'GET /rest/api/3/field',
      'GET /rest/api/3/issue/{issueIdOrKey}',
      'GET /rest/api/3/issue/{issueIdOrKey}/comment',
      'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      'GET /rest/api/3/issueLinkType',
      'GET /rest/api/3/project/search',
      'GET /rest/api/3/search/jql',
      'GET /rest/api/3/user',
      'GET /rest/api/3/user/groups',
      'POST /rest/api/3/issue',
      'POST /rest/api/3/issue/{issueIdOrKey}/changelog/list',
      'POST /rest/api/3/issue/{issueIdOrKey}/comment',
      'POST /rest/api/3/issue/{issueIdOrKey}/notify',
      'POST /rest/api/3/issueLink',
      'POST /rest/api/3/permissions/check',
      'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    ]);
  });

  it('are exactly those the OpenAPI document asks for the paths the code calls, and app storage', () => {
    const needed = new Set(['storage:app']);
    for (const call of calls) {
      const { template } = jiraOperation(call.method, call.path);
      const scopes = classicScopes(call.method, template);
      expect(scopes, `${call.method} ${template} names no classic scope`).not.toEqual([]);
      for (const scope of scopes) needed.add(scope);
    }
    const manifest = readManifest(root) as unknown as { permissions: { scopes: string[] } };
    expect([...manifest.permissions.scopes].sort()).toEqual([...needed].sort());
  });
});
