// Checks a built Forge app the way `forge deploy` would before uploading it, without a login or a network:
// the manifest against the JSON schema shipped in @forge/manifest, every handler against the functions bundle,
// every Custom UI resource against its build, and Forge's own client-side linters (@forge/lint).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/**
 * Where the app's code is, under Forge's default packaging: handlers `index.<name>` resolve to `src/index.js` beside
 * the manifest, which re-exports the functions bundle built from forge-app/.
 */
export const HANDLER_ENTRY = 'src/index.js';
export const FUNCTIONS_BUNDLE = 'forge-app/dist/functions/index.js';

/** The parts of `manifest.yml` these checks read. */
export interface ForgeManifest {
  readonly app: { readonly package?: { readonly bundler?: string; readonly path?: string } };
  readonly modules: Readonly<
    Record<
      string,
      readonly { key: string; function?: string; handler?: string; resolver?: { function: string } }[]
    >
  >;
  readonly resources?: readonly { key: string; path: string }[];
}

/** What a check found: errors stop a deploy; warnings are Forge's linters' advice. */
export interface ForgeAppProblems {
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Forge's feature gates, answered "off" without asking Atlassian: the linters then run as for any app. */
const gatesOff = {
  checkGate: async () => false,
  getDynamicConfig: async () => null,
  testForgeCliTestGate: async () => false,
  getForgeCliTestDynamicConfig: async () => [],
  isLogsV2ApiEnabled: async () => false,
  isTeamworkGraphProductSupported: async () => false,
  getDeprecatedRuntimes: async () => [],
  isDevSpaceSelectionEnabled: async () => false,
  isDeveloperSpaceEnforcementFlowEnabled: async () => false,
  isSelfManagedTunnelEnabled: async () => false,
  isCombinedArtifactUploadEnabled: async () => false,
  getCustomSpinnerConfig: async () => null,
  getHints: async () => null,
};

/** The manifest at `root`, parsed. */
export function readManifest(root: string): ForgeManifest {
  return parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));
}

/** Problems of the manifest against the schema that @forge/manifest ships (read by path: it is not exported). */
export function schemaProblems(manifest: ForgeManifest): string[] {
  const schemaPath = join(dirname(require.resolve('@forge/manifest')), 'schema', 'manifest-schema.json');
  const validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(
    JSON.parse(readFileSync(schemaPath, 'utf8')),
  );
  return validate(manifest)
    ? []
    : (validate.errors ?? []).map((e) => `manifest${e.instancePath}: ${e.message}`);
}

/** The names `src/index.js` exports (`export { a, b } from '…'` and `export const|function name`). */
export function entryExports(root: string): string[] {
  const path = join(root, HANDLER_ENTRY);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const listed = [...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .split(/\s+as\s+/)
            .pop() ?? '',
      )
      .filter(Boolean),
  );
  const declared = [...text.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+(\w+)/g)].map(
    (m) => m[1] ?? '',
  );
  return [...listed, ...declared];
}

/**
 * Functions a module names but the manifest does not declare, handlers `src/index.js` does not export (Forge's default
 * packaging), and handlers the functions bundle does not export. A manifest that asks for manual packaging is refused:
 * `manual@2026` is an Early Access feature, not usable in production.
 */
export function handlerProblems(root: string, manifest: ForgeManifest): string[] {
  const problems: string[] = [];
  const functions = new Map((manifest.modules.function ?? []).map((f) => [f.key, f.handler ?? '']));
  for (const [type, modules] of Object.entries(manifest.modules)) {
    for (const module of modules) {
      const used = module.function ?? module.resolver?.function;
      if (type !== 'function' && used !== undefined && !functions.has(used))
        problems.push(`${type} ${module.key} names the undeclared function ${used}`);
    }
  }
  if (manifest.app.package !== undefined)
    problems.push(
      'app.package: manual packaging is an Early Access feature, not usable in production; use the default packaging (src/)',
    );
  const exported = new Set(entryExports(root));
  const bundlePath = join(root, FUNCTIONS_BUNDLE);
  if (!existsSync(bundlePath)) return [...problems, `${bundlePath} is not built: run npm run build`];
  const bundle = require(bundlePath) as Record<string, unknown>;
  for (const [key, handler] of functions) {
    const [file, name] = handler.split('.');
    if (file !== 'index' || !exported.has(name ?? ''))
      problems.push(`function ${key}: ${HANDLER_ENTRY} does not export ${handler}`);
    else if (typeof bundle[name ?? ''] !== 'function')
      problems.push(`function ${key}: the bundle does not export ${handler}`);
  }
  return problems;
}

/** Custom UI resources whose folder has no built index.html. */
export function resourceProblems(root: string, manifest: ForgeManifest): string[] {
  return (manifest.resources ?? [])
    .filter((resource) => !existsSync(join(root, resource.path, 'index.html')))
    .map(
      (resource) => `resource ${resource.key}: ${resource.path}/index.html is not built: run npm run build`,
    );
}

/**
 * Forge's client-side linters, offline. The permission linter reads Atlassian's API documents: it is given the
 * Jira platform one (`jiraOpenApi`) and empty ones for the products XLoop does not call. Without `jiraOpenApi`
 * it downloads Atlassian's published copy.
 */
export async function forgeLintProblems(
  root: string,
  manifest: ForgeManifest,
  jiraOpenApi?: string,
): Promise<ForgeAppProblems> {
  const { getClientSideLintersOnly, lint } = await import('@forge/lint');
  const scratch = mkdtempSync(join(tmpdir(), 'xloop-forge-lint-'));
  if (jiraOpenApi) {
    const empty = join(scratch, 'empty-openapi.json');
    writeFileSync(
      empty,
      JSON.stringify({ openapi: '3.0.1', info: { title: 'none', version: '0' }, paths: {} }),
    );
    Object.assign(process.env, {
      USE_LOCAL_SWAGGER: '1',
      LOCAL_JIRA_SWAGGER: jiraOpenApi,
      LOCAL_JSM_SWAGGER: empty,
      LOCAL_JSW_SWAGGER: empty,
      LOCAL_CONF_SWAGGER: empty,
      LOCAL_CONF_V2_SWAGGER: empty,
      LOCAL_BB_SWAGGER: empty,
    });
  }
  // Lint from a folder holding just the manifest and the app, as the Forge CLI sees a project: the repository's
  // own tsconfig (a solution file without files) is not the app's.
  copyFileSync(join(root, 'manifest.yml'), join(scratch, 'manifest.yml'));
  symlinkSync(join(root, 'forge-app'), join(scratch, 'forge-app'));
  symlinkSync(join(root, 'src'), join(scratch, 'src'));
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    const logger = { info: () => {}, debug: () => {}, warn: () => {} };
    const gates = gatesOff as unknown as Parameters<typeof lint>[4];
    const lintManifest = manifest as unknown as Parameters<typeof lint>[1];
    const linters = await getClientSideLintersOnly(lintManifest, 'development', logger, gates);
    const files = [HANDLER_ENTRY];
    const results = await lint(files, lintManifest, 'development', logger, gates, {
      linter: { mode: 'client-side' },
      linters,
    });
    return {
      errors: results.flatMap((r) => r.errors.map((e) => `${r.file}: ${e.reference}: ${e.message}`)),
      warnings: results.flatMap((r) => r.warnings.map((w) => `${r.file}: ${w.reference}: ${w.message}`)),
    };
  } finally {
    process.chdir(cwd);
  }
}

type ModuleEntry = Record<string, unknown> & { key: string };

/**
 * What Forge's schema and linters do not check but a real site needs (see forge-app/README.md for the pages):
 * - every JSM portal module opts in for customers and unlicensed users (`unlicensedAccess`), or Forge refuses the
 *   people the portal is for;
 * - every issue view module, the global page and the sidebar admin page carry `displayConditions`;
 * - the admin page is in the sidebar: a page with `useAsConfig` or `useAsGetStarted` is not;
 * - every Jira product-event trigger ignores the app's own events and filters with an expression.
 */
export function ownProblems(manifest: ForgeManifest): string[] {
  const problems: string[] = [];
  const modules = manifest.modules as unknown as Record<string, ModuleEntry[]>;
  for (const [type, list] of Object.entries(modules)) {
    for (const module of list) {
      if (type.startsWith('jiraServiceManagement:portal')) {
        const access = module.unlicensedAccess;
        if (!Array.isArray(access) || !access.includes('customer') || !access.includes('unlicensed'))
          problems.push(
            `${type} ${module.key}: portal modules need unlicensedAccess: [customer, unlicensed]`,
          );
      }
      if (['jira:issuePanel', 'jira:issueGlance', 'jira:issueContext', 'jira:globalPage'].includes(type)) {
        if (typeof module.displayConditions !== 'object' || module.displayConditions === null)
          problems.push(
            `${type} ${module.key}: needs displayConditions (service projects, service-desk users)`,
          );
      }
      if (type === 'trigger') {
        const events = (module.events ?? []) as unknown[];
        const filter = module.filter as { ignoreSelf?: unknown; expression?: unknown } | undefined;
        if (
          events.some((e) => typeof e === 'string' && e.startsWith('avi:jira:')) &&
          (filter?.ignoreSelf !== true || typeof filter.expression !== 'string')
        )
          problems.push(`trigger ${module.key}: Jira events need filter.ignoreSelf and filter.expression`);
      }
    }
  }
  const admin = modules['jira:adminPage'] ?? [];
  if (admin.length > 0 && !admin.some((page) => page.useAsConfig !== true && page.useAsGetStarted !== true))
    problems.push('jira:adminPage: no page is in the sidebar (every one has useAsConfig or useAsGetStarted)');
  return problems;
}

/** Every check above; `errors` empty means the app at `root` is ready for `forge deploy`. */
export async function checkForgeApp(root: string, jiraOpenApi?: string): Promise<ForgeAppProblems> {
  const manifest = readManifest(root);
  const lintResult = await forgeLintProblems(root, manifest, jiraOpenApi);
  return {
    errors: [
      ...schemaProblems(manifest),
      ...ownProblems(manifest),
      ...handlerProblems(root, manifest),
      ...resourceProblems(root, manifest),
      ...lintResult.errors,
    ],
    warnings: lintResult.warnings,
  };
}
