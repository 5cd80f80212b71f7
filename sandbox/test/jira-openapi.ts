import { readFileSync } from 'node:fs';

/** An OpenAPI 3.0 schema, the keywords the Jira platform document uses for the answers the importer reads. */
interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly allOf?: readonly Schema[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
}

interface Operation {
  readonly parameters?: readonly { readonly name: string; readonly in: string }[];
  readonly responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

/** The Jira platform OpenAPI document every Jira call and mocked answer is checked against. */
const spec = JSON.parse(
  readFileSync(new URL('../../../shared/specs/jira-platform-openapi.json', import.meta.url), 'utf8'),
) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

function problemsOf(schema: Schema, value: unknown, at: string, out: string[]): void {
  if (schema.$ref !== undefined) {
    const target = spec.components.schemas[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) out.push(`${at}: no schema ${schema.$ref}`);
    else problemsOf(target, value, at, out);
    return;
  }
  for (const part of schema.allOf ?? []) problemsOf(part, value, at, out);
  if (value === null) {
    if (schema.type !== undefined && schema.nullable !== true)
      out.push(`${at}: null where ${schema.type} is due`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value))
    out.push(`${at}: ${String(value)} is not one of the values`);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  if (type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return void out.push(`${at}: not an object`);
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) out.push(`${at}: ${name} is required`);
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties?.[name];
      if (property) problemsOf(property, item, `${at}/${name}`, out);
      else if (schema.additionalProperties === false) out.push(`${at}: ${name} is not in the schema`);
      else if (typeof schema.additionalProperties === 'object')
        problemsOf(schema.additionalProperties, item, `${at}/${name}`, out);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return void out.push(`${at}: not an array`);
    value.forEach((item, index) => {
      if (schema.items) problemsOf(schema.items, item, `${at}/${index}`, out);
    });
  } else if (type === 'string' && typeof value !== 'string') out.push(`${at}: not a string`);
  else if (type === 'integer' && !Number.isInteger(value)) out.push(`${at}: not an integer`);
  else if (type === 'number' && typeof value !== 'number') out.push(`${at}: not a number`);
  else if (type === 'boolean' && typeof value !== 'boolean') out.push(`${at}: not a boolean`);
}

/**
 * The documented operation a request is: the path exists with that method and every query parameter is one the
 * operation documents. Throws on a request the document does not describe.
 * @example jiraOperation('GET', '/rest/api/3/search/jql?jql=…') // '/rest/api/3/search/jql'
 */
export function jiraOperation(method: string, url: URL): string {
  const template = Object.keys(spec.paths).find((t) =>
    new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.pathname),
  );
  const operation = template === undefined ? undefined : spec.paths[template]?.[method.toLowerCase()];
  if (template === undefined || !operation)
    throw new Error(`${method} ${url.pathname} is not in the Jira API`);
  const documented = new Set((operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
  const unknown = [...url.searchParams.keys()].filter((name) => !documented.has(name));
  if (unknown.length > 0)
    throw new Error(`${method} ${template} has no query parameter ${unknown.join(', ')}`);
  return template;
}

/**
 * The ways an answer departs from the operation's documented 200 response; none when it conforms.
 * @example conformance('GET', '/rest/api/3/field', [{ id: 'summary' }]) // []
 */
export function conformance(method: string, template: string, body: unknown): string[] {
  const schema =
    spec.paths[template]?.[method.toLowerCase()]?.responses['200']?.content?.['application/json']?.schema;
  if (!schema) return [`${method} ${template} documents no JSON 200 answer`];
  const out: string[] = [];
  problemsOf(schema, body, '', out);
  return out;
}

/**
 * The problems of one issue against the document's `IssueBean`, as a search or an issue request returns it.
 * @example issueConformance({ key: 'SD-1', fields: {} }) // []
 */
export function issueConformance(issue: unknown): string[] {
  const out: string[] = [];
  problemsOf({ $ref: '#/components/schemas/IssueBean' }, issue, '', out);
  return out;
}
