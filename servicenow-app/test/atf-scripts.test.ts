import { describe, expect, it } from 'vitest';
import * as oneClickRoute from '../src/server/api/one-click-route';
import * as core from '../src/server/core/xloop-core.js';
import { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import * as glidePorts from '../src/server/glide-ports';
import { insert } from '../src/server/glide-rows';
import * as settingsStore from '../src/server/stores/property-settings-store';
import { SURVEY_EVENT, TABLE } from '../src/server/tables';
import * as testInvitation from '../src/server/test-invitation';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { GlideDateTime, GlideRecord, gs } from './glide-stand-in';

// The server-side scripts of the built ATF steps, run on the stand-in as the instance would run them: `require`
// resolves the app's module paths to its modules, and `assertEqual` collects what the step would report.
const MODULES: Record<string, unknown> = {
  'core/xloop-core.js': core,
  'glide-ports.ts': glidePorts,
  'api/one-click-route.ts': oneClickRoute,
  'test-invitation.ts': testInvitation,
  'stores/property-settings-store.ts': settingsStore,
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

  it('queues the invitation whose e-mail the email step validates: signed links, no placeholder left', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    instance.user = { id: 'u-atf', roles: ['admin'] };
    // What the step before it makes: the test's own user.
    insert('sys_user', { sys_id: 'u-invitee', email: 'xloop.atf.invitee@example.invalid' });
    const script = scripts.find((s) => s.includes('queueTestInvitation'));
    expect(script).toBeDefined();
    expect(runStep(script ?? '')).toEqual({ passed: true, failures: [] });
    const [event] = instance.events;
    expect(event).toMatchObject({ name: SURVEY_EVENT, parm1: 'u-invitee' });
    // The e-mail the notification writes for that event, against the email step's conditions.
    const survey = new GlideRecord(TABLE.survey);
    survey.get(event?.sysId ?? '');
    const email = surveyMessageToSend(survey);
    const conditions = recordsOf(builtRecords(), 'sys_variable_value')
      .map((v) => v.fields.value ?? '')
      .find((value) => value.startsWith('recipientsLIKExloop.atf.invitee'));
    const likes = [...(conditions ?? '').matchAll(/(subject|body)LIKE([^^]+)/g)].map((m) => [m[1], m[2]]);
    expect(likes).toEqual([
      ['subject', 'XLOOP-TEST-'],
      ['body', '/api/x_xloop/xloop/respond?token=x1.'],
    ]);
    expect(email.subject).toContain('XLOOP-TEST-');
    expect(email.html).toContain('/api/x_xloop/xloop/respond?token=x1.');
    expect(conditions).toContain('bodyNOT LIKExloop-sign');
    expect(email.html).not.toContain('xloop-sign');
  });

  it('sends the signed-in REST steps with the basic-auth profile, and the public one with no credentials', () => {
    const records = builtRecords();
    const [profile] = recordsOf(records, 'sys_auth_profile_basic');
    expect(profile).toMatchObject({
      folder: 'unload',
      fields: { name: 'XLoop ATF agent', username: 'xloop.atf.agent' },
    });
    expect(profile?.fields.password ?? '').toBe('');
    const values = recordsOf(records, 'sys_variable_value').map((v) => v.fields.value);
    expect(values.filter((value) => value === profile?.fields.sys_id).length).toBeGreaterThanOrEqual(3);
    const [notification] = recordsOf(records, 'sysevent_email_action');
    expect(values).toContain(notification?.fields.sys_id);
  });
});
