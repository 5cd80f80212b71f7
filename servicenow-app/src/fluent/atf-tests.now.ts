import '@servicenow/sdk/global';
import { Record, Test } from '@servicenow/sdk/core';

// Journeys only an instance can run. Built with the app; run them from Automated Test Framework after install
// (README: "Tests on the instance").

// The credentials the REST steps send as a signed-in agent: a basic-auth profile for the user xloop.atf.agent
// (role x_xloop.agent_viewer), which the admin creates on a sub-production instance and whose password they set
// here and on the user. First install only, so an upgrade never blanks the password.
export const atfAgentProfile = Record({
  $id: Now.ID['atf-basic-auth-agent'],
  $meta: { installMethod: 'first install' },
  table: 'sys_auth_profile_basic',
  data: {
    name: 'XLoop ATF agent',
    username: 'xloop.atf.agent',
  },
});

// Each test makes its own requester and its own incident (found again by a description no other record has), and
// drives the job's own function on its event rather than waiting for the every-minute run; the job's lock keeps a
// scheduled run from folding beside it, and either way the event ends decided.
Test(
  {
    $id: Now.ID['atf-resolution-recorded'],
    name: 'XLoop: resolving an incident records one ticket event, which the job decides',
    description:
      'A test requester’s incident is resolved; the business rule records exactly one resolved event for it, and the job’s function decides on it.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    const requester = atf.server.createUser({
      $id: Now.ID['atf-resolution-user'],
      firstName: 'XLoop',
      lastName: 'ATF requester',
      fieldValues: { email: 'xloop.atf.requester@example.invalid', time_zone: 'Europe/Helsinki' },
      groups: [],
      roles: [],
      impersonate: false,
    });
    const incident = atf.server.recordInsert({
      $id: Now.ID['atf-resolution-insert'],
      table: 'incident',
      fieldValues: {
        short_description: 'XLoop ATF 5d1c: VPN drops',
        caller_id: requester.user,
        state: '2',
      },
    });
    atf.server.recordUpdate({
      $id: Now.ID['atf-resolution-resolve'],
      table: 'incident',
      recordId: incident.record_id,
      fieldValues: { state: '6', close_code: 'Solution provided', close_notes: 'Reset the VPN profile' },
    });
    atf.server.runServerSideScript({
      $id: Now.ID['atf-resolution-decide'],
      script: `(function (outputs, steps, params, stepResult, assertEqual) {
  var incident = new GlideRecord('incident');
  incident.addQuery('short_description', 'XLoop ATF 5d1c: VPN drops');
  incident.orderByDesc('sys_created_on');
  incident.setLimit(1);
  incident.query();
  if (!incident.next()) return false;
  var ticketId = 'servicenow:' + incident.getValue('number');
  var events = new GlideRecord('x_xloop_ticket_event');
  events.addQuery('ticket_id', ticketId);
  events.query();
  assertEqual({ name: 'events recorded', shouldbe: 1, value: events.getRowCount() });
  var jobs = require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/jobs/process-ticket-events.ts');
  var ports = require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/glide-ports.ts').glidePorts();
  jobs.processTicketEvents(ports, 50, new GlideDateTime().getNumericValue());
  var event = new GlideRecord('x_xloop_ticket_event');
  event.addQuery('ticket_id', ticketId);
  event.query();
  event.next();
  assertEqual({ name: 'event decided', shouldbe: 'done', value: event.getValue('state') });
  stepResult.setOutputMessage(ticketId + ': ' + event.getValue('decisions'));
  return true;
})(outputs, steps, params, stepResult, assertEqual);`,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-acls-hold'],
    name: 'XLoop: the keyring and the stored e-mail are readable by nobody, admins included',
    description:
      'Through GlideRecordSecure, as the user running the test (an admin): no secret row and no survey message is readable, and no response is writable.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf-acls-check'],
      script: `(function (outputs, steps, params, stepResult, assertEqual) {
  require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/stores/property-settings-store.ts').ensureKeyring();
  var secrets = new GlideRecordSecure('x_xloop_secret');
  secrets.query();
  assertEqual({ name: 'secret rows readable', shouldbe: 0, value: secrets.getRowCount() });
  var survey = new GlideRecordSecure('x_xloop_survey');
  assertEqual({ name: 'survey message readable', shouldbe: false, value: survey.isValidField('message') && survey.message.canRead() });
  var response = new GlideRecordSecure('x_xloop_response');
  assertEqual({ name: 'responses creatable by hand', shouldbe: false, value: response.canCreate() });
  return true;
})(outputs, steps, params, stepResult, assertEqual);`,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-one-click-answers'],
    name: 'XLoop: a signed one-click link records the answer once',
    description:
      'A survey of the test’s own, sent to the user running the test; the form posted with its score-9 token records one response, and posting it again records nothing more.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf-one-click-answers-script'],
      script: `(function (outputs, steps, params, stepResult, assertEqual) {
  var app = 'x_xloop/@xloop/servicenow-app/0.1.0/src/server/';
  var core = require(app + 'core/xloop-core.js');
  var ports = require(app + 'glide-ports.ts').glidePorts();
  var route = require(app + 'api/one-click-route.ts');
  var now = new GlideDateTime().getNumericValue();
  var survey = {
    id: 'xloop-atf-' + now,
    ticketId: 'servicenow:XLOOPATF' + now,
    resolutionKey: 'servicenow:XLOOPATF' + now + '@' + (now - 3600000),
    kind: 'incident',
    requester: { id: gs.getUserID() },
    segment: {},
    state: 'sent',
    resolvedAt: now - 3600000,
    sendAt: now - 60000,
    sentAt: now - 60000,
    expiresAt: now + 86400000,
    reasons: []
  };
  ports.surveys.save(survey, survey.expiresAt);
  var token = core.signToken(
    { surveyId: survey.id, ticketId: survey.ticketId, recipient: survey.requester.id, expiresAt: survey.expiresAt, score: 9 },
    { crypto: ports.crypto, keyring: require(app + 'stores/property-settings-store.ts').ensureKeyring() }
  );
  var post = function () {
    var sent = { status: 0 };
    route.oneClickPost(
      // A form post as the platform hands it over: its fields in queryParams, as lists.
      { queryParams: { token: [token], score: ['9'] }, getHeader: function () { return null; } },
      {
        setStatus: function (status) { sent.status = status; },
        setHeader: function () {},
        setContentType: function () {},
        setBody: function () {},
        getStreamWriter: function () { return { writeString: function () {} }; }
      }
    );
    return sent.status;
  };
  assertEqual({ name: 'first post', shouldbe: 200, value: post() });
  post();
  var answered = new GlideRecord('x_xloop_response');
  answered.addQuery('survey_id', survey.id);
  answered.query();
  assertEqual({ name: 'responses recorded', shouldbe: 1, value: answered.getRowCount() });
  answered.next();
  assertEqual({ name: 'score', shouldbe: '9', value: answered.getValue('score') });
  return true;
})(outputs, steps, params, stepResult, assertEqual);`,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-one-click-refuses-bad-token'],
    name: 'XLoop: the one-click link refuses a forged token',
    description:
      'GET /api/x_xloop/xloop/respond with a well-formed token signed by no key of the keyring answers 400 as an HTML page that says so, with the page policy, and stores nothing.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    // No credentials: the link is fetched as a mail scanner or a requester's browser fetches it.
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-one-click-request'],
      path: '/api/x_xloop/xloop/respond',
      auth: '',
      method: 'get',
      // Well formed and signed by no key of the keyring: the page says so only if the route read the token.
      queryParameters: { token: 'x1.nokey.cGF5bG9hZA.c2ln' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-one-click-status'],
      operation: 'equals',
      statusCode: 400,
    });
    atf.rest.assertResponsePayload({
      $id: Now.ID['atf-one-click-payload'],
      operation: 'contains',
      responseBody: 'no longer valid',
    });
    atf.rest.assertResponseHeader({
      $id: Now.ID['atf-one-click-content-type'],
      headerName: 'Content-Type',
      operation: 'contains',
      headerValue: 'text/html',
    });
    atf.rest.assertResponseHeader({
      $id: Now.ID['atf-one-click-policy'],
      headerName: 'Content-Security-Policy',
      operation: 'contains',
      headerValue: "frame-ancestors 'none'",
    });
  },
);

Test(
  {
    $id: Now.ID['atf-one-click-form-read'],
    name: 'XLoop: the one-click form is read as a form, with no credentials',
    description:
      'POST /api/x_xloop/xloop/respond with an application/x-www-form-urlencoded body token=…&score=9 and no credentials: the route reads the fields from the request parameters, refuses the token as signed by no key of the keyring with 400 (not 500, and not as a missing token) and stores nothing.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-one-click-form-request'],
      path: '/api/x_xloop/xloop/respond',
      auth: '',
      method: 'post',
      body: 'token=x1.nokey.cGF5bG9hZA.c2ln&score=9',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-one-click-form-status'],
      operation: 'equals',
      statusCode: 400,
    });
    // A token lost on the way would read as "incomplete or damaged"; this one was read from the form.
    atf.rest.assertResponsePayload({
      $id: Now.ID['atf-one-click-form-payload'],
      operation: 'contains',
      responseBody: 'no longer valid',
    });
  },
);

Test(
  {
    $id: Now.ID['atf-call-refuses-bad-input'],
    name: 'XLoop: a portal answer without a survey is refused',
    description:
      'POST /api/x_xloop/xloop/requester/submitMyResponse without surveyId answers 400 and changes nothing.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-call-request'],
      path: '/api/x_xloop/xloop/requester/submitMyResponse',
      auth: 'basic',
      basicAuthentication: atfAgentProfile,
      method: 'post',
      body: '{"answer":{"score":9}}',
      headers: { 'Content-Type': 'application/json' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-call-status'],
      operation: 'equals',
      statusCode: 400,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-rest-as-agent'],
    name: 'XLoop: a signed-in agent reads the pages’ texts but not the admin API',
    description:
      'As xloop.atf.agent (basic-auth profile “XLoop ATF agent”): GET /api/x_xloop/xloop/text answers JSON, GET /api/x_xloop/xloop_admin/diagnostics is refused.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-agent-text-request'],
      path: '/api/x_xloop/xloop/text',
      auth: 'basic',
      basicAuthentication: atfAgentProfile,
      method: 'get',
      headers: { Accept: 'application/json' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-agent-text-status'],
      operation: 'equals',
      statusCode: 200,
    });
    atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf-agent-text-json'] });
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-agent-admin-request'],
      path: '/api/x_xloop/xloop_admin/diagnostics',
      auth: 'basic',
      basicAuthentication: atfAgentProfile,
      method: 'get',
      headers: { Accept: 'application/json' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-agent-admin-status'],
      operation: 'equals',
      statusCode: 403,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-invitation-email'],
    name: 'XLoop: an invitation leaves as an e-mail with signed one-click links',
    description:
      'A test user of the test’s own is sent a test invitation through the invitations’ event; the notification writes an e-mail to them whose links carry signed tokens, with no unsigned placeholder left.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.createUser({
      $id: Now.ID['atf-invitation-user'],
      firstName: 'XLoop',
      lastName: 'ATF invitee',
      fieldValues: { email: 'xloop.atf.invitee@example.invalid', preferred_language: 'en' },
      groups: [],
      roles: [],
      impersonate: false,
    });
    atf.server.runServerSideScript({
      $id: Now.ID['atf-invitation-queue'],
      script: `(function (outputs, steps, params, stepResult, assertEqual) {
  var app = 'x_xloop/@xloop/servicenow-app/0.1.0/src/server/';
  var ports = require(app + 'glide-ports.ts').glidePorts();
  var invitations = require(app + 'test-invitation.ts');
  var user = new GlideRecord('sys_user');
  user.addQuery('email', 'xloop.atf.invitee@example.invalid');
  user.query();
  if (!user.next()) return false;
  var queued = invitations.queueTestInvitation(ports, {
    id: user.getUniqueValue(),
    email: user.getValue('email'),
    language: 'en',
    timeZone: ''
  });
  assertEqual({ name: 'invitation queued', shouldbe: 'sent', value: queued.result.status });
  stepResult.setOutputMessage(queued.surveyId);
  return true;
})(outputs, steps, params, stepResult, assertEqual);`,
    });
    // The event processor runs the notification after the step; the validation waits for the e-mail up to two
    // minutes (the step's own default would be 30 seconds).
    atf.email.validateOutboundEmailGeneratedByNotification({
      $id: Now.ID['atf-invitation-email-validate'],
      timeout: { minutes: 2 },
      sourceNotification: Now.ref('sysevent_email_action', 'notification-survey'),
      conditions:
        'recipientsLIKExloop.atf.invitee@example.invalid^subjectLIKEXLOOP-TEST-^bodyLIKE/api/x_xloop/xloop/respond?token=x1.^bodyNOT LIKExloop-sign^EQ',
    });
  },
);
