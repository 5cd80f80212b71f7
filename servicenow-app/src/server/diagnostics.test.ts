import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../test/app-instance';
import { diagnosticsRoute } from './api/diagnostics-route';
import { runDiagnostics, SURVEY_TRIGGER_TABLE } from './diagnostics';
import { insert } from './glide-rows';
import { ensureKeyring } from './stores/property-settings-store';
import { PROPERTY } from './tables';

const NOW = Date.UTC(2026, 10, 3, 9);

/** An instance with the app installed as the build declares it: job, notification, routes. */
function installed() {
  const instance = freshInstance(() => NOW);
  for (const table of ['sysauto_script', 'sysevent_email_action', 'sys_ws_operation', SURVEY_TRIGGER_TABLE])
    instance.defineTable(table);
  insert('sysauto_script', { name: 'XLoop: decide, dispatch and roll up', active: 'true' });
  // The job's first run made the one-click keyring.
  ensureKeyring();
  insert('sysevent_email_action', { name: 'XLoop survey invitation', active: 'true' });
  for (const [method, path, authenticated] of [
    ['GET', '/respond', 'false'],
    ['POST', '/respond', 'false'],
    ['POST', '/call/{name}', 'true'],
    ['POST', '/requester/{name}', 'true'],
    ['GET', '/text', 'true'],
  ])
    insert('sys_ws_operation', {
      http_method: method,
      relative_path: path,
      requires_authentication: authenticated,
      active: 'true',
      'web_service_definition.service_id': 'xloop',
    });
  insert('sys_user', { sys_id: 'u-anna', name: 'Anna', email: 'anna@example.com' });
  insert('incident', {
    sys_id: 'i1',
    sys_class_name: 'incident',
    number: 'INC0010001',
    state: '6',
    caller_id: 'u-anna',
    opened_at: '2026-11-02 07:00:00',
    resolved_at: '2026-11-03 08:00:00',
  });
  return instance;
}

const byId = () => Object.fromEntries(runDiagnostics(NOW).map((c) => [c.id, c]));

describe('the diagnostics self-check', () => {
  it('passes on a healthy install, with a dry-run decision for the last resolved incident', () => {
    installed();
    const checks = byId();
    expect(Object.values(checks).filter((c) => !c.ok)).toEqual([]);
    expect(Object.keys(checks)).toEqual([
      'platform-access',
      'settings',
      'keyring',
      'job',
      'notification',
      'routes',
      'baseline-survey',
      'dry-run',
      'cim',
    ]);
    expect(checks['dry-run']?.detail).toMatch(/^servicenow:INC0010001, as a first resolution now: schedule/);
  });

  it('warns when the baseline survey is triggered on the same tickets, and says how to fix it', () => {
    installed();
    insert(SURVEY_TRIGGER_TABLE, {
      assessment: 'Customer Satisfaction',
      table: 'incident',
      active: 'true',
    });
    const check = byId()['baseline-survey'];
    expect(check).toMatchObject({ ok: false });
    expect(check?.detail).toContain('Customer Satisfaction on incident');
    expect(check?.fix).toMatch(/Deactivate the trigger condition/);
  });

  it('fails what is missing (the job, the notification, the routes) and saved settings that are not valid', () => {
    const instance = installed();
    instance.reset();
    instance.setProperty(PROPERTY.settings, JSON.stringify({ minimumSample: -1 }));
    const checks = byId();
    expect(checks.settings).toMatchObject({ ok: false, fix: expect.stringContaining('saveSettings') });
    expect(checks.notification?.ok).toBe(false);
    expect(checks.job?.ok).toBe(false);
    expect(checks.routes?.ok).toBe(false);
  });

  it('is for experience admins only', () => {
    const instance = installed();
    instance.user = { id: 'u-agent', roles: ['x_xloop.agent_viewer'] };
    let status = 0;
    diagnosticsRoute({ getHeader: () => undefined }, {
      setStatus: (s: number) => {
        status = s;
      },
      setBody: () => undefined,
    } as never);
    expect(status).toBe(403);
  });

  it('speaks the admin’s language: titles, findings and fixes', () => {
    const instance = installed();
    instance.reset();
    const checks = Object.fromEntries(runDiagnostics(NOW, 'fr').map((c) => [c.id, c]));
    expect(checks.settings).toMatchObject({ title: 'Les paramètres sont valides', ok: true });
    expect(checks.job).toMatchObject({
      ok: false,
      detail: 'Aucune tâche planifiée active « XLoop: decide, dispatch and roll up ».',
      fix: 'Activez-la dans System Definition › Scheduled Jobs.',
    });
  });
});
