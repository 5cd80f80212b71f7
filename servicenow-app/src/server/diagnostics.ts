import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide';
import {
  DEFAULT_SETTINGS,
  decideOnEvent,
  EMPTY_HISTORY,
  serviceNowRecordTicket,
  validateSettings,
} from './core/xloop-core.js';
import { zonedTime } from './glide-zoned-time';
import { CIM_TABLE } from './improvement-register';
import { PropertySettingsStore } from './stores/property-settings-store';
import { PROPERTY, TABLE } from './tables';
import { ticketSnapshot } from './ticket-events/ticket-snapshot';

/** One check of the first-install self-check: passed or not, what was found, and what to do about it. */
export interface Check {
  readonly id: string;
  readonly title: string;
  readonly ok: boolean;
  readonly detail: string;
  /** What to fix when `ok` is false. */
  readonly fix?: string;
}

/** The platform tables the app reads (cross-scope privileges in `cross-scope.now.ts` allow each). */
export const PLATFORM_TABLES = [
  'incident',
  'sc_req_item',
  'task',
  'sys_user',
  'sys_choice',
  'sys_user_group',
  'cmn_location',
  'cmdb_ci_service',
] as const;

/** The baseline survey's trigger conditions (Survey › Administration › Trigger Conditions). */
export const SURVEY_TRIGGER_TABLE = 'asmt_condition';

/** The platform tables the self-check reads besides (cross-scope privileges allow each). */
export const DIAGNOSED_TABLES = [
  'sysauto_script',
  'sysevent_email_action',
  'sys_ws_operation',
  SURVEY_TRIGGER_TABLE,
] as const;

const JOB_NAME = 'XLoop: decide, dispatch and roll up';
const NOTIFICATION_NAME = 'XLoop survey invitation';

function attempt(id: string, title: string, run: () => Omit<Check, 'id' | 'title'>): Check {
  try {
    return { id, title, ...run() };
  } catch (error) {
    return {
      id,
      title,
      ok: false,
      detail: String(error).slice(0, 300),
      fix: 'See the system log for XLoop.',
    };
  }
}

/** The first row of a query, or `undefined`. */
function first(table: string, encoded: string): GlideRecord | undefined {
  const row = new GlideRecord(table);
  row.addEncodedQuery(encoded);
  row.setLimit(1);
  row.query();
  return row.next() ? row : undefined;
}

/** Whether the app can read a platform table: a query that cross-scope rules refuse throws or finds no table. */
function readable(table: string): boolean {
  const row = new GlideRecord(table);
  if (!row.isValid()) return false;
  row.setLimit(1);
  row.query();
  return true;
}

/**
 * The admin's self-check for the first real install, the same purpose as the Jira app's diagnostics: each check
 * passes or says what to fix. It reads; the only thing it may write is the keyring, made on first use as the job
 * would make it.
 */
export function runDiagnostics(now: number = new GlideDateTime().getNumericValue()): Check[] {
  const checks: Check[] = [];
  checks.push(
    attempt('platform-access', 'The app reads the platform tables it needs', () => {
      const refused = PLATFORM_TABLES.filter((table) => {
        try {
          return !readable(table);
        } catch {
          return true;
        }
      });
      return refused.length === 0
        ? { ok: true, detail: `Reads ${PLATFORM_TABLES.join(', ')}.` }
        : {
            ok: false,
            detail: `Cannot read ${refused.join(', ')}.`,
            fix: 'Allow the x_xloop cross-scope privileges (System Applications › Application Cross-Scope Access) for these tables.',
          };
    }),
  );
  checks.push(
    attempt('settings', 'Settings are valid', () => {
      const stored = gs.getProperty(PROPERTY.settings, '');
      if (!stored) return { ok: true, detail: 'No settings saved: the defaults apply.' };
      const checked = validateSettings(JSON.parse(stored), zonedTime(), DEFAULT_SETTINGS);
      return checked.ok
        ? { ok: true, detail: 'The saved settings are valid.' }
        : {
            ok: false,
            detail: 'The saved settings are not valid; the defaults apply.',
            fix: `Save the settings again through saveSettings, or empty ${PROPERTY.settings}.`,
          };
    }),
  );
  checks.push(
    attempt('keyring', 'The one-click keyring is stored encrypted', () => {
      const ring = new PropertySettingsStore(zonedTime()).keyring();
      const legacy = gs.getProperty(PROPERTY.legacyTokenKeyring, '');
      return legacy
        ? {
            ok: false,
            detail: `A keyring is still in clear in ${PROPERTY.legacyTokenKeyring}.`,
            fix: `Empty ${PROPERTY.legacyTokenKeyring}: the app keeps its keyring in x_xloop_secret.`,
          }
        : { ok: true, detail: `Key ${ring.currentKeyId} signs new links.` };
    }),
  );
  checks.push(
    attempt('job', 'The XLoop job is scheduled and runs', () => {
      const job = first('sysauto_script', `name=${JOB_NAME}^active=true`);
      if (!job)
        return {
          ok: false,
          detail: `No active scheduled job "${JOB_NAME}".`,
          fix: 'Activate it under System Definition › Scheduled Jobs.',
        };
      const handled = first(TABLE.ticketEvent, 'stateINdone,skipped,failed^ORDERBYDESCsys_updated_on');
      const last = handled?.getValue('sys_updated_on');
      return {
        ok: true,
        detail: last
          ? `Active; it last handled a ticket event at ${last} UTC.`
          : 'Active; no ticket event handled yet.',
      };
    }),
  );
  checks.push(
    attempt('notification', 'The survey e-mail notification is active', () =>
      first('sysevent_email_action', `name=${NOTIFICATION_NAME}^active=true`)
        ? { ok: true, detail: `"${NOTIFICATION_NAME}" is active.` }
        : {
            ok: false,
            detail: `"${NOTIFICATION_NAME}" is missing or inactive.`,
            fix: 'Activate it under System Notification › Email › Notifications; check outbound e-mail is on.',
          },
    ),
  );
  checks.push(
    attempt('routes', 'The one-click and session REST routes are active', () => {
      const wanted = ['GET /respond false', 'POST /respond false', 'POST /call/{name} true'];
      const found = wanted.filter((route) => {
        const [method, path, authenticated] = route.split(' ');
        return first(
          'sys_ws_operation',
          `http_method=${method}^relative_path=${path}^requires_authentication=${authenticated}^active=true^web_service_definition.service_id=xloop`,
        );
      });
      return found.length === wanted.length
        ? { ok: true, detail: 'The public /respond routes and the signed-in /call route are active.' }
        : {
            ok: false,
            detail: `Missing or changed: ${wanted.filter((w) => found.indexOf(w) < 0).join('; ')}.`,
            fix: 'Reinstall the app, or restore the XLoop scripted REST API resources.',
          };
    }),
  );
  checks.push(
    attempt('baseline-survey', 'No other survey is triggered on the same tickets', () => {
      if (!gs.tableExists(SURVEY_TRIGGER_TABLE)) return { ok: true, detail: 'Surveys are not installed.' };
      const triggers: string[] = [];
      const trigger = new GlideRecord(SURVEY_TRIGGER_TABLE);
      trigger.addEncodedQuery('active=true^tableINincident,sc_req_item,task');
      trigger.query();
      while (trigger.next())
        triggers.push(`${trigger.getDisplayValue('assessment')} on ${trigger.getValue('table')}`);
      return triggers.length === 0
        ? { ok: true, detail: 'No active survey trigger condition on incident or requested item.' }
        : {
            ok: false,
            detail: `Active trigger conditions: ${triggers.join('; ')}. A resolution may be surveyed twice.`,
            fix: 'Deactivate the trigger condition to let XLoop survey, or restrict one of the two (see the README, "Beside the baseline survey").',
          };
    }),
  );
  checks.push(
    attempt('dry-run', 'A dry-run decision for the last resolved incident', () => {
      const incident = first('incident', 'state=6^ORDERBYDESCresolved_at');
      if (!incident) return { ok: true, detail: 'No resolved incident yet to try.' };
      const ticket = serviceNowRecordTicket(ticketSnapshot(incident));
      if (!ticket || ticket.resolvedAt === undefined)
        return {
          ok: false,
          detail: `${incident.getValue('number')} could not be read as a ticket (no requester or opening time).`,
          fix: 'Check the caller and opened fields, and that the app reads sys_user.',
        };
      const settings = new PropertySettingsStore(zonedTime()).settings();
      const decisions = decideOnEvent({ type: 'resolved', ticket, at: ticket.resolvedAt }, EMPTY_HISTORY, {
        policy: settings.policy,
        zoned: zonedTime(),
        now,
      });
      const words = decisions.map((d) => `${d.kind}: ${d.reasons.map((r) => r.message).join('; ')}`);
      return {
        ok: true,
        detail: `${ticket.id}, as a first resolution now: ${words.join(' | ') || 'nothing to decide'}.`,
      };
    }),
  );
  checks.push(
    attempt('cim', 'Continual Improvement Management, if initiatives go there', () => {
      if (gs.getProperty(PROPERTY.initiativeRegister, 'xloop') !== 'cim')
        return { ok: true, detail: 'Initiatives stay in the XLoop register.' };
      if (!gs.tableExists(CIM_TABLE))
        return {
          ok: false,
          detail: `${PROPERTY.initiativeRegister} is cim, but ${CIM_TABLE} does not exist.`,
          fix: 'Activate Continual Improvement Management, or set the property to xloop.',
        };
      const waiting: string[] = [];
      const initiative = new GlideRecord(TABLE.initiative);
      initiative.addEncodedQuery('external_keyISEMPTY');
      initiative.setLimit(20);
      initiative.query();
      while (initiative.next()) waiting.push(initiative.getValue('initiative_id') ?? '');
      return waiting.length === 0
        ? { ok: true, detail: `Every initiative is also an improvement in ${CIM_TABLE}.` }
        : {
            ok: false,
            detail: `Not yet in ${CIM_TABLE}: ${waiting.join(', ')}.`,
            fix: 'See the system log for the reason; updating an initiative registers it again.',
          };
    }),
  );
  return checks;
}
