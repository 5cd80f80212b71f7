import { describe, expect, it } from 'vitest';
import * as oneClickRoute from '../src/server/api/one-click-route';
import * as core from '../src/server/core/xloop-core.js';
import * as glidePorts from '../src/server/glide-ports';
import { TABLE } from '../src/server/tables';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { GlideDateTime, GlideRecord, gs } from './glide-stand-in';

// The server-side scripts of the built ATF steps, run on the stand-in as the instance would run them: `require`
// resolves the app's module paths to its modules, and `assertEqual` collects what the step would report.
const MODULES: Record<string, unknown> = {
  'core/xloop-core.js': core,
  'glide-ports.ts': glidePorts,
  'api/one-click-route.ts': oneClickRoute,
};
const PREFIX = 'x_xloop/@xloop/servicenow-app/0.1.0/src/server/';

function runStep(script: string) {
  const failures: string[] = [];
  const assertEqual = (a: { name: string; shouldbe: unknown; value: unknown }) => {
    if (a.shouldbe !== a.value)
      failures.push(`${a.name}: expected ${String(a.shouldbe)}, got ${String(a.value)}`);
  };
  const require = (path: string) => {
    const module = MODULES[path.startsWith(PREFIX) ? path.slice(PREFIX.length) : path];
    if (!module) throw new Error(`The test has no module for ${path}.`);
    return module;
  };
  const passed = new Function(
    'require',
    'outputs',
    'steps',
    'params',
    'stepResult',
    'assertEqual',
    'gs',
    'GlideRecord',
    'GlideDateTime',
    `return ${script.trim().replace(/;$/, '')};`,
  )(
    require,
    {},
    () => ({}),
    {},
    { setOutputMessage: () => undefined },
    assertEqual,
    gs,
    GlideRecord,
    GlideDateTime,
  );
  return { passed, failures };
}

describe('the built ATF steps, run on the stand-in', () => {
  const scripts = recordsOf(builtRecords(), 'sys_variable_value')
    .map((v) => v.fields.value ?? '')
    .filter((value) => value.startsWith('(function (outputs, steps, params, stepResult, assertEqual)'));

  it('the token happy path records one answer, once', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    instance.user = { id: 'u-atf', roles: ['admin'] };
    const script = scripts.find((s) => s.includes('XLOOPATF'));
    expect(script).toBeDefined();
    expect(runStep(script ?? '')).toEqual({ passed: true, failures: [] });
    expect(instance.rows(TABLE.response)).toHaveLength(1);
  });
});
