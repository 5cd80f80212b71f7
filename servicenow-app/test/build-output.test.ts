import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSED_TABLES, PLATFORM_TABLES } from '../src/server/diagnostics';
import { CIM_TABLE } from '../src/server/improvement-register';
import { SURVEY_EVENT, TABLE } from '../src/server/tables';
import { UNIQUE_INDEXES } from './app-instance';
import { builtRecords, recordsOf, tableDefinition } from './built-app';

// `npm test` runs `now-sdk build` and `now-sdk pack` first; these read what they wrote.
const records = builtRecords();
const of = (table: string) => recordsOf(records, table);

describe('the built application (dist/app)', () => {
  it('defines every table the stores use, with the unique indexes idempotency relies on', () => {
    const tables = of('sys_db_object').map((r) => r.fields.name);
    expect(tables.sort()).toEqual(Object.values(TABLE).sort());
    for (const [table, unique] of Object.entries(UNIQUE_INDEXES)) {
      const built = tableDefinition(table)
        .indexes.filter((i) => i.unique)
        .map((i) => i.elements);
      expect(built, table).toEqual(unique);
    }
    expect(Object.keys(tableDefinition(TABLE.rollup).columns)).toEqual(
      expect.arrayContaining([
        's0',
        's10',
        'lost_time_minutes_squared',
        'resolved',
        'factors',
        'last_change',
      ]),
    );
  });

  it('carries the bundled core as a module and deletes none of its own modules', () => {
    // Without the core every require of the app's modules would throw on the instance.
    const modules = records.filter((r) => r.table === 'sys_module');
    expect(modules.filter((r) => r.action !== 'INSERT_OR_UPDATE').map((r) => r.fields.path)).toEqual([]);
    const core = modules.find((r) => r.fields.path?.endsWith('/src/server/core/xloop-core.js'));
    expect(core?.fields.content).toContain('function submitResponse(');
  });

  it('has the three roles, each containing the one below', () => {
    expect(
      of('sys_user_role')
        .map((r) => r.fields.name)
        .sort(),
    ).toEqual(['x_xloop.agent_viewer', 'x_xloop.csi_manager', 'x_xloop.experience_admin']);
    expect(of('sys_user_role_contains')).toHaveLength(2);
  });

  it('secures every table with ACLs; a requester reads only their own responses and writes none', () => {
    const acls = of('sys_security_acl');
    for (const table of Object.values(TABLE))
      expect(
        acls.some(
          (a) => a.fields.type === 'record' && a.fields.name === table && a.fields.operation === 'read',
        ),
        table,
      ).toBe(true);
    const own = acls.filter(
      (a) => a.fields.name?.startsWith('x_xloop_response') && a.fields.script?.includes('gs.getUserID()'),
    );
    expect(own.map((a) => [a.fields.name, a.fields.operation]).sort()).toEqual([
      ['x_xloop_response', 'read'],
      ['x_xloop_response.body', 'read'],
    ]);
    expect(own.every((a) => a.fields.advanced === 'true')).toBe(true);
    // No ACL lets anyone create or write a response: only a Deny-Unless that nobody passes, admins included.
    const responseWrites = acls.filter(
      (a) =>
        a.fields.name === 'x_xloop_response' &&
        (a.fields.operation === 'write' || a.fields.operation === 'create'),
    );
    expect(
      responseWrites
        .map((a) => [a.fields.operation, a.fields.decision_type, a.fields.admin_overrides, a.fields.script])
        .sort(),
    ).toEqual([
      ['create', 'deny', 'false', 'answer = false;'],
      ['write', 'deny', 'false', 'answer = false;'],
    ]);
    const initiativeWriters = acls.filter(
      (a) => a.fields.name === 'x_xloop_initiative' && a.fields.operation !== 'read',
    );
    const roleIds = new Set(initiativeWriters.map((a) => a.fields.sys_id));
    const roles = of('sys_security_acl_role').filter((r) => roleIds.has(r.fields.sys_security_acl ?? ''));
    expect(roles.length).toBeGreaterThanOrEqual(initiativeWriters.length);
  });

  it('keeps the keyring in an encrypted column that no role reads, and the stored e-mail from every role', () => {
    expect(tableDefinition(TABLE.secret).columns.value?.['@type']).toBe('password2');
    const acls = of('sys_security_acl');
    const denials = (name: string) =>
      acls
        .filter(
          (a) =>
            a.fields.name === name &&
            a.fields.decision_type === 'deny' &&
            a.fields.admin_overrides === 'false' &&
            a.fields.script === 'answer = false;',
        )
        .map((a) => a.fields.operation)
        .sort();
    expect(denials(TABLE.secret)).toEqual(['create', 'delete', 'read', 'write']);
    expect(denials(`${TABLE.survey}.message`)).toEqual(['read', 'write']);
    expect(acls.filter((a) => a.fields.name === TABLE.secret && a.fields.decision_type !== 'deny')).toEqual(
      [],
    );
  });

  it('declares a cross-scope privilege for every platform table the server modules and the snapshot touch', () => {
    const touched = new Set<string>(['incident', 'sc_req_item', CIM_TABLE]);
    for (const file of serverSources())
      for (const m of readFileSync(file, 'utf8').matchAll(/new GlideRecord\('([a-z0-9_]+)'\)/g))
        touched.add(m[1] as string);
    // The snapshot dot-walks the ticket's references (caller, group, location, service) to their tables.
    for (const table of ['sys_user', 'sys_user_group', 'cmn_location', 'cmdb_ci_service']) touched.add(table);
    for (const table of [...PLATFORM_TABLES, ...DIAGNOSED_TABLES]) touched.add(table);
    const granted = of('sys_scope_privilege').map(
      (p) => `${p.fields.target_name}:${p.fields.operation}:${p.fields.status}`,
    );
    for (const table of [...touched].filter((t) => !t.startsWith('x_xloop_')))
      expect(granted, table).toContain(`${table}:read:allowed`);
    expect(granted).toEqual(
      expect.arrayContaining([`${CIM_TABLE}:create:allowed`, `${CIM_TABLE}:write:allowed`]),
    );
  });

  it('keeps every table private to the app: no other scope reads it, no web service reaches it', () => {
    for (const table of Object.values(TABLE)) {
      const definition = readFileSync(
        new URL(`../dist/app/dictionary/${table}.xml`, import.meta.url),
        'utf8',
      );
      expect(definition, table).toMatch(/access="package_private"/);
      expect(definition, table).toMatch(/read_access="false"/);
      expect(definition, table).toMatch(/ws_access="false"/);
    }
  });

  it('records resolutions with after business rules on incident and sc_req_item: on update and on insert', () => {
    const rules = of('sys_script');
    expect(rules.map((r) => r.fields.collection).sort()).toEqual([
      'incident',
      'incident',
      'sc_req_item',
      'sc_req_item',
    ]);
    for (const rule of rules) {
      expect(rule.fields).toMatchObject({ when: 'after', active: 'true' });
      expect(rule.fields.script).toContain(
        "require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/ticket-events/record-ticket-event.ts')",
      );
    }
    const filter = (table: string, on: 'action_insert' | 'action_update') =>
      rules.find((r) => r.fields.collection === table && r.fields[on] === 'true')?.fields.filter_condition;
    expect(filter('incident', 'action_update')).toBe(
      'stateCHANGESTO6^ORstateCHANGESFROM6^ORstateCHANGESTO7^ORstateCHANGESTO8',
    );
    expect(filter('sc_req_item', 'action_update')).toBe(
      'stateCHANGESTO3^ORstateCHANGESFROM3^ORstateCHANGESTO4^ORstateCHANGESTO7',
    );
    expect(filter('incident', 'action_insert')).toBe('stateIN6,7');
    expect(filter('sc_req_item', 'action_insert')).toBe('stateIN3,4,7');
  });

  it('gives surveys and responses the platform’s own fields, lists and forms', () => {
    for (const [table, dateTimes] of [
      [TABLE.survey, ['resolved_on', 'sent_on']],
      [TABLE.response, ['answered_on']],
    ] as const) {
      const columns = tableDefinition(table).columns;
      expect(columns.ticket).toMatchObject({ '@type': 'reference', '@reference': 'task' });
      expect(columns.requester).toMatchObject({ '@type': 'reference', '@reference': 'sys_user' });
      for (const column of dateTimes) expect(columns[column]?.['@type'], column).toBe('glide_date_time');
    }
    expect(tableDefinition(TABLE.response).columns.answered_day?.['@type']).toBe('glide_date');
    const update = new URL('../dist/app/update/', import.meta.url);
    const files = readdirSync(update);
    const list = (table: string) =>
      readFileSync(new URL(`sys_ui_list_${table}_null.xml`, update), 'utf8').match(/<element>[a-z_]+/g);
    expect(list(TABLE.response)).toEqual(
      ['ticket', 'requester', 'score', 'answered_on', 'has_comment'].map((e) => `<element>${e}`),
    );
    expect(list(TABLE.survey)).toContain('<element>resolved_on');
    const sections = files
      .filter((f) => f.startsWith('sys_ui_section_'))
      .map((f) => readFileSync(new URL(f, update), 'utf8'));
    for (const table of [TABLE.response, TABLE.survey])
      expect(
        sections.some((x) => x.includes(`table="${table}"`) && x.includes('<element>ticket<')),
        table,
      ).toBe(true);
  });

  it('runs the job every minute through the job module', () => {
    const [job] = of('sysauto_script');
    expect(job?.fields).toMatchObject({
      run_type: 'periodically',
      run_period: '1970-01-01 00:01:00',
      active: 'true',
    });
    expect(job?.fields.script).toContain('xloopJob();');
  });

  it('serves the one-click routes publicly and the resolver route to signed-in users, each behind an ACL', () => {
    const api = of('sys_ws_definition').find((d) => d.fields.service_id === 'xloop');
    expect(api?.fields).toMatchObject({
      service_id: 'xloop',
      namespace: expect.stringMatching(/x_xloop|^$/),
    });
    const routes = of('sys_ws_operation').map((r) => ({
      method: r.fields.http_method,
      path: r.fields.relative_path,
      authentication: r.fields.requires_authentication,
      acl: r.fields.enforce_acl,
    }));
    expect(routes.map(({ method, path, authentication }) => ({ method, path, authentication }))).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/respond', authentication: 'false' },
        { method: 'POST', path: '/respond', authentication: 'false' },
        { method: 'POST', path: '/call/{name}', authentication: 'true' },
      ]),
    );
    // The public routes and the requester route do not require snc_internal: requesters may be external users.
    // The staff routes do: an external user reaches only what is explicitly open to them.
    const xloop = of('sys_ws_definition').find((d) => d.fields.service_id === 'xloop')?.fields.sys_id;
    const internal = Object.fromEntries(
      of('sys_ws_operation')
        .filter((r) => r.fields.web_service_definition === xloop)
        .map((r) => [
          `${r.fields.http_method} ${r.fields.relative_path}`,
          r.fields.requires_snc_internal_role,
        ]),
    );
    expect(internal).toEqual({
      'GET /respond': 'false',
      'POST /respond': 'false',
      'GET /optout': 'false',
      'POST /optout': 'false',
      'POST /requester/{name}': 'false',
      'POST /call/{name}': 'true',
      'GET /text': 'true',
    });
    // The portal widget calls the requester route only.
    const [widget] = of('sp_widget');
    expect(widget?.fields.client_script).toContain("'/api/x_xloop/xloop/requester/'");
    expect(widget?.fields.client_script).not.toContain('/xloop/call/');
    const acls = new Map(of('sys_security_acl').map((a) => [a.fields.sys_id, a.fields]));
    for (const route of routes)
      expect(acls.get(route.acl ?? '')?.type, route.path).toMatch(/^rest_endpoint$/i);
  });

  it('caps unauthenticated requests, the one-click route’s, with a rate-limit rule on the guest user', () => {
    const [rule] = of('sys_rate_limit_rules');
    expect(rule?.fields).toMatchObject({
      active: 'true',
      user: '5136503cc611227c0183e96598c4f706',
      applies_to: 'single_user',
    });
    // For the XLoop REST API, not every API the guest user calls.
    const xloop = of('sys_ws_definition').find((d) => d.fields.service_id === 'xloop');
    expect(rule?.fields.rest_api).toBe(xloop?.fields.sys_id);
    // A large desk's busiest hour: a quarter of 2,000 invitations a day, every link fetched by a scanner, then
    // opened and answered.
    expect(Number(rule?.fields.rate_limit)).toBeGreaterThanOrEqual((2_000 / 4) * (11 + 2));
    // Loaded on the first install only: an admin's own figure survives upgrades.
    expect(rule?.folder).toBe('unload');
  });

  it('e-mails the survey from the event, to the requester in parm1, through the mail script', () => {
    expect(of('sysevent_register').map((r) => r.fields.event_name)).toContain(SURVEY_EVENT);
    const [notification] = of('sysevent_email_action');
    expect(notification?.fields).toMatchObject({
      collection: TABLE.survey,
      generation_type: 'event',
      event_name: SURVEY_EVENT,
      event_parm_1: 'true',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: ServiceNow's template syntax.
      message_html: '${mail_script:x_xloop_survey_message}',
    });
    const [script] = of('sys_script_email');
    expect(script?.fields.name).toBe('x_xloop_survey_message');
    // The mail script signs the stored links as it writes the e-mail, through the module the build uploads.
    const required = script?.fields.script?.match(/require\('([^']+)'\)/)?.[1];
    const modulePaths = of('sys_module').map((m) => m.fields.path);
    expect(modulePaths).toContain(required);
    expect(required).toMatch(/\/src\/server\/delivery\/message-at-rest\.ts$/);
    expect(script?.fields.script).toContain('atRest.surveyMessageToSend(current)');
  });

  it('has the portal widget, the agent view with its form links and related list, and the CSI page', () => {
    const [widget] = of('sp_widget');
    expect(widget?.fields.id).toBe('x_xloop_rate_ticket');
    expect(widget?.fields.client_script).toContain('submitMyResponse');
    expect(widget?.fields.client_script).toContain('answer.lostTime = c.answer.lostTime');
    expect(widget?.fields.template).toContain('c.survey.instrument.factors[c.band()]');
    expect(
      of('sys_ui_page')
        .map((p) => p.fields.endpoint)
        .sort(),
    ).toEqual([
      'x_xloop_csi_board.do',
      'x_xloop_diagnostics.do',
      'x_xloop_settings.do',
      'x_xloop_ticket_experience.do',
    ]);
    // The settings page reuses the core: its settings, its policy preview (in the background), its checks on save.
    const settingsPage = of('sys_ui_page').find((p) => p.fields.endpoint === 'x_xloop_settings.do');
    for (const call of ['/call/getSettings', '/xloop_admin/preview', '/call/saveSettings'])
      expect(settingsPage?.fields.client_script).toContain(call);
    expect(
      of('sys_ui_action')
        .map((a) => a.fields.table)
        .sort(),
    ).toEqual(['incident', 'sc_req_item']);
    // The Experience action is also a workspace form action (Service Operations Workspace).
    for (const action of of('sys_ui_action'))
      expect(action.fields, action.fields.table).toMatchObject({
        format_for_configurable_workspace: 'true',
        form_menu_button_v2: 'true',
        client_script_v2: expect.stringContaining('x_xloop_ticket_experience.do'),
      });
    // The related list is on incident and requested item only, by the responses' reference to their ticket.
    const relationships = of('sys_relationship');
    expect(relationships.map((r) => r.fields.basic_apply_to).sort()).toEqual(['incident', 'sc_req_item']);
    for (const r of relationships)
      expect(r.fields.query_with).toContain("current.addQuery('ticket', parent.getUniqueValue())");
    const pageAcls = of('sys_security_acl')
      .filter((a) => a.fields.type === 'ui_page')
      .map((a) => a.fields.name);
    expect(pageAcls.sort()).toEqual([
      'x_xloop_csi_board',
      'x_xloop_diagnostics',
      'x_xloop_settings',
      'x_xloop_ticket_experience',
    ]);
  });

  it('puts the pages and lists in the navigator, each module behind its role', () => {
    expect(of('sys_app_application').map((a) => a.fields.title)).toEqual(['XLoop']);
    const modules = of('sys_app_module').map((m) => [m.fields.title, m.fields.roles]);
    expect(modules).toContainEqual(['Improvement board', 'x_xloop.csi_manager']);
    expect(modules).toContainEqual(['Ticket events', 'x_xloop.experience_admin']);
    expect(modules).toContainEqual(['Diagnostics', 'x_xloop.experience_admin']);
    expect(modules).toContainEqual(['Settings', 'x_xloop.experience_admin']);
  });

  it('builds the ATF tests (to be run on an instance after install)', () => {
    expect(
      of('sys_atf_test')
        .map((t) => t.fields.name)
        .sort(),
    ).toEqual([
      'XLoop: a portal answer without a survey is refused',
      'XLoop: a signed one-click link records the answer once',
      'XLoop: a signed-in agent reads the pages’ texts but not the admin API',
      'XLoop: an invitation leaves as an e-mail with signed one-click links',
      'XLoop: resolving an incident records one ticket event, which the job decides',
      'XLoop: the keyring and the stored e-mail are readable by nobody, admins included',
      'XLoop: the one-click form is read as a form, with no credentials',
      'XLoop: the one-click link refuses a forged token',
    ]);
    // Its own requester, no hard-coded user, and the job's function driven directly.
    const update = new URL('../dist/app/update/', import.meta.url);
    const steps = readdirSync(update)
      .filter((f) => f.startsWith('sys_atf_step_'))
      .map((f) => readFileSync(new URL(f, update), 'utf8'));
    expect(steps.join('\n')).not.toContain('6816f79cc0a8016401c5a33be04be441');
    expect(steps.some((s) => s.includes('processTicketEvents(ports'))).toBe(true);
    expect(steps.some((s) => s.includes("GlideRecordSecure('x_xloop_secret')"))).toBe(true);
    expect(of('sys_atf_step').length).toBeGreaterThanOrEqual(6);
    // The e-mail validation waits for the event processor up to two minutes, as the README says.
    const notification = of('sysevent_email_action')[0]?.fields.sys_id ?? '';
    const emailStep = of('sys_atf_step').find((step) =>
      of('sys_variable_value').some(
        (v) => v.fields.document_key === step.fields.sys_id && v.fields.value === notification,
      ),
    );
    expect(emailStep?.fields.timeout).toBe('1970-01-01 00:02:00');
  });

  it('keeps settings as system properties; those written at run time load on the first install only', () => {
    const built = of('sys_properties');
    const properties = new Map(built.map((p) => [p.fields.name, p.fields]));
    expect([...properties.keys()].sort()).toEqual([
      'x_xloop.initiative_register',
      'x_xloop.settings',
      'x_xloop.token_keyring',
    ]);
    const folder = new Map(built.map((p) => [p.fields.name, p.folder]));
    // An upgrade must not write over the admins' settings, nor over a keyring an older install kept here.
    expect(folder.get('x_xloop.settings')).toBe('unload');
    expect(folder.get('x_xloop.token_keyring')).toBe('unload');
    // Where initiatives are registered is an admin's choice, kept through upgrades too.
    expect(folder.get('x_xloop.initiative_register')).toBe('unload');
    expect(properties.get('x_xloop.token_keyring')).toMatchObject({ is_private: 'true', value: '' });
    // A settings write flushes its own cached value, not the whole cache.
    expect(properties.get('x_xloop.settings')?.ignore_cache).toBe('true');
  });

  it('packs an installable zip holding the same records', () => {
    const target = new URL('../target/', import.meta.url);
    const [zip] = readdirSync(target).filter((name) => name.endsWith('.zip'));
    expect(zip).toBeDefined();
    // Entry names are stored uncompressed in a zip's headers.
    const bytes = readFileSync(new URL(zip as string, target)).toString('latin1');
    for (const record of [...of('sys_db_object'), ...of('sys_ws_operation'), ...of('sp_widget')])
      expect(bytes).toContain(record.file);
  });
});

/** The server modules' sources (not their tests). */
function serverSources(folder = new URL('../src/server/', import.meta.url)): URL[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'core'
        ? []
        : serverSources(new URL(`${entry.name}/`, folder))
      : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')
        ? [new URL(entry.name, folder)]
        : [],
  );
}
