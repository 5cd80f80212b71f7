import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

/** The Jira platform OpenAPI document every Jira call and mocked answer is checked against. */
const spec = JSON.parse(
  readFileSync(new URL('../../../shared/specs/jira-platform-openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      }
    >
  >;
};

// OpenAPI 3.0 schemas are JSON Schema with a few extra keywords (readOnly, xml, example): allowed, not checked.
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, ownProperties: true });
ajv.addSchema({ ...spec, $id: 'jira' });

const templates = Object.keys(spec.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/**
 * The documented operation a request is, checked: the path exists with that method and every query parameter is
 * one the operation documents. Throws on a request the document does not describe.
 * @example jiraOperation('GET', '/rest/api/3/search/jql?jql=…') // { template: '/rest/api/3/search/jql', … }
 */
export function jiraOperation(method: string, path: string) {
  const url = new URL(path, 'https://example.atlassian.net');
  const found = templates.find(({ pattern }) => pattern.test(url.pathname));
  const operation = found && spec.paths[found.template]?.[method.toLowerCase()];
  if (!found || !operation) throw new Error(`${method} ${url.pathname} is not in the Jira platform API`);
  const documented = new Set((operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
  const unknown = [...url.searchParams.keys()].filter((name) => !documented.has(name));
  if (unknown.length > 0)
    throw new Error(`${method} ${found.template} has no query parameter ${unknown.join(', ')}`);
  return { template: found.template, query: url.searchParams };
}

/**
 * The problems of a mocked answer against the operation's documented 200 response; none when it conforms.
 * @example conformance('GET', '/rest/api/3/field', [{ id: 'summary' }]) // []
 */
export function conformance(method: string, template: string, body: unknown): string[] {
  const content = spec.paths[template]?.[method.toLowerCase()]?.responses['200']?.content;
  if (!content?.['application/json']) return [`${method} ${template} documents no JSON 200 answer`];
  const pointer = `jira#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method.toLowerCase()}/responses/200/content/application~1json/schema`;
  const validate = ajv.getSchema(pointer);
  if (!validate) return [`no schema at ${pointer}`];
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * The problems of a value against one of the document's component schemas (`#/components/schemas/<name>`); none
 * when it conforms. For the parts of an answer the operation's schema leaves open, such as an issue's `fields`.
 * @example schemaProblems('StatusDetails', { name: 'Done' }) // []
 */
export function schemaProblems(name: string, value: unknown): string[] {
  const validate = ajv.getSchema(`jira#/components/schemas/${name}`);
  if (!validate) return [`no schema ${name}`];
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
