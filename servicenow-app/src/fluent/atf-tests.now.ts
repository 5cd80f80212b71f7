import '@servicenow/sdk/global';
import { Test } from '@servicenow/sdk/core';

// Journeys only an instance can run. Built with the app; run them from Automated Test Framework after install.

Test(
  {
    $id: Now.ID['atf-resolution-recorded'],
    name: 'XLoop: resolving an incident records one ticket event',
    description:
      'The business rule records the resolution in x_xloop_ticket_event and returns; the job decides later.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    const incident = atf.server.recordInsert({
      $id: Now.ID['atf-resolution-insert'],
      table: 'incident',
      fieldValues: {
        short_description: 'XLoop ATF: VPN drops',
        caller_id: '6816f79cc0a8016401c5a33be04be441',
        state: '2',
      },
    });
    atf.server.recordUpdate({
      $id: Now.ID['atf-resolution-resolve'],
      table: 'incident',
      recordId: incident.record_id,
      fieldValues: { state: '6', close_code: 'Solution provided', close_notes: 'Reset the VPN profile' },
    });
    atf.server.recordQuery({
      $id: Now.ID['atf-resolution-query'],
      table: 'x_xloop_ticket_event',
      fieldValues: 'event_type=resolved^state=new',
      assert: 'records_match_query',
      enforceSecurity: false,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-one-click-refuses-bad-token'],
    name: 'XLoop: the one-click link refuses a forged token',
    description:
      'GET /api/x_xloop/xloop/respond with a token not signed by the keyring answers 400 and stores nothing.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-one-click-request'],
      path: '/api/x_xloop/xloop/respond',
      method: 'get',
      queryParameters: { token: 'forged.token.value' },
    });
    atf.rest.assertStatusCode({
      $id: Now.ID['atf-one-click-status'],
      operation: 'equals',
      statusCode: 400,
    });
  },
);

Test(
  {
    $id: Now.ID['atf-call-refuses-bad-input'],
    name: 'XLoop: a portal answer without a survey is refused',
    description:
      'POST /api/x_xloop/xloop/call/submitMyResponse without surveyId answers 400 and changes nothing.',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.rest.sendRestRequest({
      $id: Now.ID['atf-call-request'],
      path: '/api/x_xloop/xloop/call/submitMyResponse',
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
