import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { type BuiltRecord, recordsOf } from './built-app';

const PREFIX = 'x_xloop/@xloop/servicenow-app/0.1.0/';

/** A context stripped of what ServiceNow's server engine lacks: no Intl, fetch, require, process or timers. */
export function bareContext(): vm.Context {
  const context = vm.createContext({});
  // A V8 context carries Intl as a language built-in; ServiceNow's engine does not.
  vm.runInContext('delete globalThis.Intl;', context);
  return context;
}

/** The Glide stand-in as one ES module, to be `@servicenow/glide` inside the bare context. */
function standInSource(): string {
  const { outputFiles } = buildSync({
    entryPoints: [new URL('./glide-stand-in.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return outputFiles?.[0]?.text ?? '';
}

/**
 * Links the built `sys_module` records — their content exactly as `now-sdk build` wrote it — as ES modules in the
 * bare context, the way the instance resolves them: relative specifiers by the records' paths, `@servicenow/glide`
 * to the Glide stand-in (itself loaded in the same context). Needs `--experimental-vm-modules`.
 */
export async function loadBuiltModules(
  records: readonly BuiltRecord[],
  context: vm.Context,
  entries: readonly string[],
) {
  const sources = new Map<string, string>();
  for (const module of recordsOf(records, 'sys_module')) {
    const path = module.fields.path ?? '';
    if (path.startsWith(PREFIX)) sources.set(path.slice(PREFIX.length), module.fields.content ?? '');
  }
  const loaded = new Map<string, vm.SourceTextModule>();
  const load = (key: string, source: string) => {
    let module = loaded.get(key);
    if (!module) {
      module = new vm.SourceTextModule(source, { context, identifier: key });
      loaded.set(key, module);
    }
    return module;
  };
  const resolve = (specifier: string, from: string): string => {
    if (specifier === '@servicenow/glide') return specifier;
    if (!specifier.startsWith('.'))
      throw new Error(`${from} imports ${specifier}, which the instance cannot give it.`);
    const parts = from.split('/').slice(0, -1);
    for (const part of specifier.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    const path = parts.join('/');
    const found = [path, `${path}.ts`, `${path}.js`].find((candidate) => sources.has(candidate));
    if (!found) throw new Error(`${from} imports ${specifier}: no sys_module record at ${path}.`);
    return found;
  };
  const linker = (specifier: string, referencing: vm.Module) => {
    const key = resolve(specifier, referencing.identifier);
    return key === '@servicenow/glide' ? load(key, standInSource()) : load(key, sources.get(key) ?? '');
  };
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const entry of entries) {
    const module = load(entry, sources.get(entry) ?? '');
    if (!sources.has(entry)) throw new Error(`No sys_module record for ${entry}.`);
    // An entry another entry imports is linked and evaluated already.
    if (module.status === 'unlinked') await module.link(linker);
    if (module.status === 'linked') await module.evaluate();
    namespaces[entry] = module.namespace as Record<string, unknown>;
  }
  const glide = loaded.get('@servicenow/glide');
  return {
    namespaces,
    glide: glide?.namespace as Record<string, unknown> | undefined,
    modules: [...loaded.keys()],
  };
}
