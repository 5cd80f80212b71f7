import '@servicenow/sdk/global';
import { Record } from '@servicenow/sdk/core';

// The one-click and opt-out routes are public: requests arrive as the instance's guest user, and mail scanners fetch
// every link of every invitation. An inbound REST rate-limit rule caps the guest user on the XLoop API per hour
// (counted per node and committed every 30 seconds; past the cap the platform answers 429), so a flood of forged or
// replayed links cannot load the instance. The rule applies to a single user (the guest) and to the XLoop REST API
// only, as the Rate Limit Rules form has them ("Applies to", "REST API"); every resource of the API counts, the
// signed-in routes never as the guest. The cap sits far above what a large desk needs (2,000 invitations a day,
// eleven links each, most fetched once by a scanner), so it never stops a real answer. Admins can change the figure
// on the Rate Limit Rules form (System Web Services › REST › Rate Limit Rules); first install only, so an upgrade
// keeps their change. The column names and choice value are read from the form's labels, not confirmed on an
// instance (README, "Not verified").

/** The instance's guest user, as every instance has it: the caller of unauthenticated REST requests. */
export const GUEST_USER = '5136503cc611227c0183e96598c4f706';

/** Requests per hour the guest user may make. */
export const GUEST_REQUESTS_PER_HOUR = 20_000;

Record({
  $id: Now.ID['rate-limit-respond-guest'],
  $meta: { installMethod: 'first install' },
  table: 'sys_rate_limit_rules',
  data: {
    name: 'XLoop one-click responses (guest)',
    active: true,
    applies_to: 'single_user',
    user: GUEST_USER,
    rest_api: Now.ref('sys_ws_definition', 'rest-xloop'),
    rate_limit: GUEST_REQUESTS_PER_HOUR,
  },
});
