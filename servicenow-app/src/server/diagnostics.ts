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
import { DEFAULT_LOCALE, uiText } from './ui-text/page-text';

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

function attempt(id: string, title: string, fix: string, run: () => Omit<Check, 'id' | 'title'>): Check {
  try {
    return { id, title, ...run() };
  } catch (error) {
    return { id, title, ok: false, detail: String(error).slice(0, 300), fix };
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
 * passes or says what to fix, in `locale` (the admin's). It reads; the only thing it may write is the keyring, made
 * on first use as the job would make it.
 */
export function runDiagnostics(
  now: number = new GlideDateTime().getNumericValue(),
  locale: string = DEFAULT_LOCALE,
): Check[] {
  const t = uiText(locale);
  const check = (id: string, title: Parameters<typeof t>[0], run: () => Omit<Check, 'id' | 'title'>) =>
    attempt(id, t(title), t('check.error.fix'), run);
  const checks: Check[] = [];
  checks.push(
    check('platform-access', 'check.platformAccess.title', () => {
      const refused = PLATFORM_TABLES.filter((table) => {
        try {
          return !readable(table);
        } catch {
          return true;
        }
      });
      return refused.length === 0
        ? { ok: true, detail: t('check.platformAccess.ok', { tables: PLATFORM_TABLES.join(', ') }) }
        : {
            ok: false,
            detail: t('check.platformAccess.fail', { tables: refused.join(', ') }),
            fix: t('check.platformAccess.fix'),
          };
    }),
  );
  checks.push(
    check('settings', 'check.settings.title', () => {
      const stored = gs.getProperty(PROPERTY.settings, '');
      if (!stored) return { ok: true, detail: t('check.settings.none') };
      const checked = validateSettings(JSON.parse(stored), zonedTime(), DEFAULT_SETTINGS);
      return checked.ok
        ? { ok: true, detail: t('check.settings.ok') }
        : {
            ok: false,
            detail: t('check.settings.fail'),
            fix: t('check.settings.fix', { property: PROPERTY.settings }),
          };
    }),
  );
  checks.push(
    check('keyring', 'check.keyring.title', () => {
      const ring = new PropertySettingsStore(zonedTime()).keyring();
      const legacy = gs.getProperty(PROPERTY.legacyTokenKeyring, '');
      return legacy
        ? {
            ok: false,
            detail: t('check.keyring.fail', { property: PROPERTY.legacyTokenKeyring }),
            fix: t('check.keyring.fix', { property: PROPERTY.legacyTokenKeyring }),
          }
        : { ok: true, detail: t('check.keyring.ok', { key: ring.currentKeyId }) };
    }),
  );
  checks.push(
    check('job', 'check.job.title', () => {
      const job = first('sysauto_script', `name=${JOB_NAME}^active=true`);
      if (!job)
        return {
          ok: false,
          detail: t('check.job.fail', { job: JOB_NAME }),
          fix: t('check.job.fix'),
        };
      const handled = first(TABLE.ticketEvent, 'stateINdone,skipped,failed^ORDERBYDESCsys_updated_on');
      const last = handled?.getValue('sys_updated_on');
      return {
        ok: true,
        detail: last ? t('check.job.ran', { at: last }) : t('check.job.idle'),
      };
    }),
  );
  checks.push(
    check('notification', 'check.notification.title', () =>
      first('sysevent_email_action', `name=${NOTIFICATION_NAME}^active=true`)
        ? { ok: true, detail: t('check.notification.ok', { name: NOTIFICATION_NAME }) }
        : {
            ok: false,
            detail: t('check.notification.fail', { name: NOTIFICATION_NAME }),
            fix: t('check.notification.fix'),
          },
    ),
  );
  checks.push(
    check('routes', 'check.routes.title', () => {
      const wanted = [
        'GET /respond false',
        'POST /respond false',
        'POST /call/{name} true',
        'POST /requester/{name} true',
        'GET /text true',
      ];
      const found = wanted.filter((route) => {
        const [method, path, authenticated] = route.split(' ');
        return first(
          'sys_ws_operation',
          `http_method=${method}^relative_path=${path}^requires_authentication=${authenticated}^active=true^web_service_definition.service_id=xloop`,
        );
      });
      return found.length === wanted.length
        ? { ok: true, detail: t('check.routes.ok') }
        : {
            ok: false,
            detail: t('check.routes.fail', { routes: wanted.filter((w) => found.indexOf(w) < 0).join('; ') }),
            fix: t('check.routes.fix'),
          };
    }),
  );
  checks.push(
    check('baseline-survey', 'check.baseline.title', () => {
      if (!gs.tableExists(SURVEY_TRIGGER_TABLE)) return { ok: true, detail: t('check.baseline.absent') };
      const triggers: string[] = [];
      const trigger = new GlideRecord(SURVEY_TRIGGER_TABLE);
      trigger.addEncodedQuery('active=true^tableINincident,sc_req_item,task');
      trigger.query();
      while (trigger.next())
        triggers.push(
          t('check.baseline.on', {
            survey: trigger.getDisplayValue('assessment'),
            table: trigger.getValue('table') ?? '',
          }),
        );
      return triggers.length === 0
        ? { ok: true, detail: t('check.baseline.ok') }
        : {
            ok: false,
            detail: t('check.baseline.fail', { triggers: triggers.join('; ') }),
            fix: t('check.baseline.fix'),
          };
    }),
  );
  checks.push(
    check('dry-run', 'check.dryRun.title', () => {
      const incident = first('incident', 'state=6^ORDERBYDESCresolved_at');
      if (!incident) return { ok: true, detail: t('check.dryRun.none') };
      const ticket = serviceNowRecordTicket(ticketSnapshot(incident));
      if (!ticket || ticket.resolvedAt === undefined)
        return {
          ok: false,
          detail: t('check.dryRun.fail', { ticket: incident.getValue('number') ?? '' }),
          fix: t('check.dryRun.fix'),
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
        detail: t('check.dryRun.ok', {
          ticket: ticket.id,
          decisions: words.join(' | ') || t('check.dryRun.nothing'),
        }),
      };
    }),
  );
  checks.push(
    check('cim', 'check.cim.title', () => {
      if (gs.getProperty(PROPERTY.initiativeRegister, 'xloop') !== 'cim')
        return { ok: true, detail: t('check.cim.off') };
      if (!gs.tableExists(CIM_TABLE))
        return {
          ok: false,
          detail: t('check.cim.missing', { property: PROPERTY.initiativeRegister, table: CIM_TABLE }),
          fix: t('check.cim.missingFix'),
        };
      const waiting: string[] = [];
      const initiative = new GlideRecord(TABLE.initiative);
      initiative.addEncodedQuery('external_keyISEMPTY');
      initiative.setLimit(20);
      initiative.query();
      while (initiative.next()) waiting.push(initiative.getValue('initiative_id') ?? '');
      return waiting.length === 0
        ? { ok: true, detail: t('check.cim.ok', { table: CIM_TABLE }) }
        : {
            ok: false,
            detail: t('check.cim.waiting', { table: CIM_TABLE, initiatives: waiting.join(', ') }),
            fix: t('check.cim.waitingFix'),
          };
    }),
  );
  return checks;
}
