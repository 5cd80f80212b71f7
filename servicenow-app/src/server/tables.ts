/** The app's tables (`src/fluent/tables.now.ts` defines them) and the properties it reads. */
export const TABLE = {
  survey: 'x_xloop_survey',
  response: 'x_xloop_response',
  mark: 'x_xloop_mark',
  rollup: 'x_xloop_rollup',
  rollupChange: 'x_xloop_rollup_change',
  initiative: 'x_xloop_initiative',
  ticketEvent: 'x_xloop_ticket_event',
  /** Secrets (the one-click keyring), encrypted at rest, readable by no role: only the app's server code. */
  secret: 'x_xloop_secret',
  /** Locks that keep two job runs from working at once. */
  lock: 'x_xloop_lock',
  /** Policy previews running in the background, with their progress and result. */
  previewRun: 'x_xloop_preview_run',
} as const;

/**
 * The unique keys the tables declare (`src/fluent/tables.now.ts`; the build test checks they match): an insert of a
 * key already there is refused by the database, which also logs an error, so the app looks first.
 */
export const UNIQUE_KEYS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  [TABLE.survey]: [['survey_id']],
  [TABLE.response]: [['survey_id']],
  [TABLE.mark]: [['mark_key']],
  [TABLE.rollup]: [['day', 'segment_key']],
  [TABLE.rollupChange]: [['change_id']],
  [TABLE.initiative]: [['initiative_id']],
  [TABLE.ticketEvent]: [],
  [TABLE.secret]: [['name']],
  [TABLE.lock]: [['name']],
  [TABLE.previewRun]: [['run_id']],
};

export const PROPERTY = {
  /** The core's settings (policy, minimum sample, …) as JSON; empty means the defaults. */
  settings: 'x_xloop.settings',
  /**
   * Where installs before 0.2 kept the one-click keyring in clear; read once, moved into `x_xloop_secret` and
   * emptied, so links already in inboxes keep working.
   */
  legacyTokenKeyring: 'x_xloop.token_keyring',
  /** Where new initiatives go: `xloop` (our register) or `cim` (also Continual Improvement Management). */
  initiativeRegister: 'x_xloop.initiative_register',
  /** The instance's base URL for one-click links, e.g. `https://acme.service-now.com`. */
  instanceUrl: 'glide.servlet.uri',
} as const;

/** The event whose script action runs a policy preview in the background; parm1 is the run id. */
export const PREVIEW_EVENT = 'x_xloop.preview.run';

/** The event the e-mail notification listens for, on the survey record; parm1 is the recipient, parm2 the kind. */
export const SURVEY_EVENT = 'x_xloop.survey.send';
