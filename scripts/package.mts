// `npm run package`: after `npm run build`, checks each deployable and writes it under dist/.
// - Jira: the Forge app as `forge deploy` reads it under Forge's default packaging (the root manifest, src/ with the
//   handlers, the functions bundle src/index.js re-exports, the Custom UI builds at the paths the manifest names),
//   checked as Forge checks it, in dist/forge/ and as dist/xloop-forge-<v>.tgz.
// - ServiceNow: the scoped app's archive from `now-sdk pack`, after its built records were checked for the core.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  checkForgeApp,
  FUNCTIONS_BUNDLE,
  HANDLER_ENTRY,
  readManifest,
} from '../forge-app/tools/check-forge-app';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'dist');
const version = (
  JSON.parse(readFileSync(join(root, 'forge-app', 'package.json'), 'utf8')) as { version: string }
).version;

function fail(message: string): never {
  console.error(`npm run package: ${message}`);
  process.exit(1);
}

async function packageForge(): Promise<string> {
  // Offline when the Jira platform OpenAPI document lies beside the repository; otherwise Forge's linter fetches it.
  const spec = join(root, '..', 'shared', 'specs', 'jira-platform-openapi.json');
  const { errors, warnings } = await checkForgeApp(root, existsSync(spec) ? spec : undefined);
  for (const warning of warnings) console.warn(`forge: ${warning}`);
  if (errors.length > 0) fail(`the Forge app is not ready to deploy:\n  ${errors.join('\n  ')}`);

  const manifest = readManifest(root);
  const folder = join(dist, 'forge');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(join(root, 'manifest.yml'), join(folder, 'manifest.yml'));
  const code = [dirname(HANDLER_ENTRY), dirname(FUNCTIONS_BUNDLE)];
  for (const path of [...code, ...(manifest.resources ?? []).map((r) => r.path)])
    cpSync(join(root, path), join(folder, path), { recursive: true });
  // Forge's default packaging reads the app's package.json; the bundle carries every dependency already.
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'xloop-forge', version, private: true, license: 'Apache-2.0' }, null, 2)}\n`,
  );
  const archive = join(dist, `xloop-forge-${version}.tgz`);
  execFileSync('tar', ['-czf', archive, '-C', folder, '.']);
  return archive;
}

function packageServiceNow(): string {
  const app = join(root, 'servicenow-app');
  const modules = readdirSync(join(app, 'dist', 'app', 'update')).filter((f) => f.startsWith('sys_module_'));
  const texts = modules.map((f) => readFileSync(join(app, 'dist', 'app', 'update', f), 'utf8'));
  if (!texts.some((t) => t.includes('/src/server/core/xloop-core.js</path>')))
    fail('the ServiceNow build has no core module: run npm run build');
  if (texts.some((t) => t.includes('action="DELETE"')))
    fail('the ServiceNow build deletes one of its own modules: run npm run build');
  execFileSync('npx', ['now-sdk', 'pack'], { cwd: app, stdio: 'ignore' });
  const target = join(app, 'target');
  const zip = readdirSync(target).find((f) => f.endsWith('.zip'));
  if (!zip) fail('now-sdk pack wrote no archive');
  mkdirSync(dist, { recursive: true });
  cpSync(join(target, zip), join(dist, zip));
  return join(dist, zip);
}

const forge = await packageForge();
const servicenow = packageServiceNow();
console.log(
  `Jira (Forge): checked; ${relative(root, join(dist, 'forge'))}/ (cd there, then forge deploy), also ${relative(root, forge)}`,
);
console.log(
  `ServiceNow: checked; ${relative(root, servicenow)} (npm run deploy -w @xloop/servicenow-app installs it)`,
);
