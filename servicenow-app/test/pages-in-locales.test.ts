import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { callResolver } from '../src/server/api/call-route';
import { oneClickGet, oneClickPost } from '../src/server/api/one-click-route';
import { DEFAULT_SETTINGS } from '../src/server/core/xloop-core.js';
import { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import { insert } from '../src/server/glide-rows';
import { runXLoopJob } from '../src/server/jobs/xloop-job';
import { runPolicyPreview } from '../src/server/preview/policy-preview-run';
import { PREVIEW_EVENT, PROPERTY } from '../src/server/tables';
import { NOTIFICATION_NAME } from '../src/server/test-invitation';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { freshInstance } from './app-instance';
import { appScenario } from './app-scenario';
import { builtRecords, recordsOf } from './built-app';
import { GlideRecord, instance } from './glide-stand-in';
import { openPage } from './page-dom';

// The built UI pages, run as a browser runs them against the app's routes on the stand-in, for a user whose
// session language is German: every word on them is German, or the core's German.
const pages = recordsOf(builtRecords(), 'sys_ui_page');
function built(endpoint: string) {
  const page = pages.find((p) => p.fields.endpoint === endpoint);
  if (!page) throw new Error(`No built page ${endpoint}.`);
  return page.fields;
}
const open = (endpoint: string, ticket = '') => {
  const page = built(endpoint);
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the Jelly expression the instance fills in.
  return openPage((page.html ?? '').replace('${HTML:jvar_ticket}', ticket), page.client_script ?? '');
};

describe('the UI pages', () => {
  it('have client scripts that parse as ES5', () => {
    expect(pages.map((p) => p.fields.endpoint).sort()).toEqual([
      'x_xloop_csi_board.do',
      'x_xloop_diagnostics.do',
      'x_xloop_settings.do',
      'x_xloop_ticket_experience.do',
    ]);
    for (const page of pages)
      expect(
        () => parse(page.fields.client_script ?? '', { ecmaVersion: 5 }),
        page.fields.endpoint,
      ).not.toThrow();
  });

  it('show the agent view in German: the answer, the core’s German factor names, the team’s 90 days', () => {
    appScenario({
      recordTicketEvent,
      runXLoopJob,
      oneClickGet,
      oneClickPost,
      callResolver,
      surveyMessageToSend,
      GlideRecord,
      instance,
      freshInstance,
    });
    instance.user = { id: 'u-aki', roles: ['x_xloop.agent_viewer'], language: 'de' };
    const page = open('x_xloop_ticket_experience.do', 'INC0010001');
    expect(page.document.documentElement.lang).toBe('de');
    expect(page.element('xloop-title').textContent).toBe('Erfahrung mit INC0010001');
    const answer = page.element('xloop-response').textContent;
    expect(answer).toContain('Antwort der anfragenden Person');
    expect(answer).toContain('9 / 10');
    expect(answer).toContain('Der Service war schnell');
    expect(answer).toContain('Ich wurde auf dem Laufenden gehalten');
    expect(page.element('xloop-team').textContent).toMatch(/letzte 90 Tage/);
    expect(page.element('xloop-team').textContent).toContain(
      'Noch nicht genug Antworten (1 von 10 Antworten)',
    );
  });

  it('show the CSI page in German, and in English for a language the app does not have', () => {
    const instance = freshInstance();
    instance.user = { id: 'u-csi', roles: ['x_xloop.csi_manager'], language: 'de' };
    const page = open('x_xloop_csi_board.do');
    expect(page.shown()).toContain('Wo Verbesserungen am meisten bewirken');
    expect(page.shown()).toContain('Verbesserungsregister');
    expect(page.element('xloop-opportunities').textContent).toBe('Noch nichts zu bewerten.');
    expect(page.element('xloop-initiatives').textContent).toBe('Noch keine Initiativen.');
    instance.user = { id: 'u-csi', roles: ['x_xloop.csi_manager'], language: 'ko' };
    expect(open('x_xloop_csi_board.do').shown()).toContain('Improvement register');
  });

  it('preview the policy from the settings page in the background, polling its progress, in German', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 25, 12));
    instance.user = { id: 'u-xadmin', roles: ['x_xloop.experience_admin'], language: 'de' };
    const page = open('x_xloop_settings.do');
    expect(page.shown()).toContain('XLoop-Einstellungen');
    expect(page.element('xloop-preview').textContent).toBe('Vorschau (letzte 30 Tage)');
    expect(JSON.parse(page.element('xloop-settings').value)).toEqual(DEFAULT_SETTINGS);

    page.element('xloop-preview').click();
    // Queued: the page shows the progress and polls; the preview runs when the event processor gets to it.
    expect(page.element('xloop-status').textContent).toBe(
      'Wird nachgespielt: 0 % erledigt, 0 Ticket-Ereignisse geprüft.',
    );
    expect(page.element('xloop-progress').hidden).toBe(false);
    for (const event of instance.events.filter((e) => e.name === PREVIEW_EVENT))
      runPolicyPreview(event.parm1);
    page.tick();
    expect(page.element('xloop-status').textContent).toBe(
      'Mit diesen Einstellungen in den letzten 30 Tagen:',
    );
    expect(page.element('xloop-preview-result').textContent).toContain('Gesendete Umfragen');
    expect(page.element('xloop-progress').hidden).toBe(true);
    expect(page.calls.filter((c) => c.startsWith('GET /api/x_xloop/xloop_admin/preview/'))).toHaveLength(2);
  });

  it('run the diagnostics in German and send the admin a test invitation from there', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 3, 9));
    for (const table of ['sysauto_script', 'sysevent_email_action', 'sys_ws_operation'])
      instance.defineTable(table);
    insert('sysevent_email_action', { name: NOTIFICATION_NAME, active: 'true' });
    insert('sys_user', { sys_id: 'u-xadmin', email: 'ada@example.com', preferred_language: 'de' });
    instance.setProperty(PROPERTY.initiativeRegister, 'xloop');
    instance.user = { id: 'u-xadmin', roles: ['x_xloop.experience_admin'], language: 'de' };
    const page = open('x_xloop_diagnostics.do');
    const checks = page.element('xloop-checks').textContent;
    expect(checks).toContain('Die Einstellungen sind gültig');
    expect(checks).toContain('Bestanden');
    expect(checks).toContain('Kein aktiver geplanter Job');
    page.element('xloop-test-invitation').click();
    expect(page.element('xloop-invitation').textContent).toContain('Für ada@example.com eingereiht');
    expect(instance.events.map((e) => e.name)).toEqual(['x_xloop.survey.send']);
  });
});
