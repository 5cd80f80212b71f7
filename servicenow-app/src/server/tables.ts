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
} as const;

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

/** The event the e-mail notification listens for, on the survey record; parm1 is the recipient, parm2 the kind. */
export const SURVEY_EVENT = 'x_xloop.survey.send';
