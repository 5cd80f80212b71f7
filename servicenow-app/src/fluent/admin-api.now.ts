import '@servicenow/sdk/global';
import { Acl, Record, RestApi, ScriptAction, UiPage } from '@servicenow/sdk/core';
import { diagnosticsRoute, testInvitationRoute } from '../server/api/diagnostics-route';
import { previewProgressRoute, startPreviewRoute } from '../server/api/policy-preview-route';
import { experienceAdmin } from './roles.now';

// The admins' self-check for the first real install: a signed-in REST route for experience admins (the route
// checks the role too) and the page that shows it, in the navigator as XLoop › Diagnostics.
export const adminAcl = Acl({
  $id: Now.ID['acl-rest-admin'],
  type: 'rest_endpoint',
  name: 'x_xloop/xloop_admin/diagnostics',
  operation: 'execute',
  roles: [experienceAdmin],
  description: 'The XLoop diagnostics: experience admins only.',
});

RestApi({
  $id: Now.ID['rest-xloop-admin'],
  name: 'XLoop administration',
  serviceId: 'xloop_admin',
  shortDescription: 'XLoop diagnostics for experience admins',
  produces: 'application/json',
  enforceAcl: [adminAcl],
  routes: [
    {
      $id: Now.ID['rest-xloop-admin-diagnostics'],
      name: 'diagnostics',
      method: 'GET',
      path: '/diagnostics',
      script: diagnosticsRoute,
      authentication: true,
      authorization: true,
      enforceAcl: [adminAcl],
      produces: 'application/json',
      shortDescription: 'Runs the first-install self-check: each check passes or says what to fix.',
    },
    {
      $id: Now.ID['rest-xloop-admin-test-invitation'],
      name: 'test invitation',
      method: 'POST',
      path: '/diagnostics/test-invitation',
      script: testInvitationRoute,
      authentication: true,
      authorization: true,
      enforceAcl: [adminAcl],
      produces: 'application/json',
      shortDescription:
        'Sends the calling admin a test invitation through the invitations’ event and notification.',
    },
    {
      $id: Now.ID['rest-xloop-admin-preview-start'],
      name: 'preview (start)',
      method: 'POST',
      path: '/preview',
      script: startPreviewRoute,
      authentication: true,
      authorization: true,
      enforceAcl: [adminAcl],
      consumes: 'application/json',
      produces: 'application/json',
      shortDescription: 'Starts the policy preview of edited settings in the background; answers its id.',
    },
    {
      $id: Now.ID['rest-xloop-admin-preview-progress'],
      name: 'preview (progress)',
      method: 'GET',
      path: '/preview/{id}',
      script: previewProgressRoute,
      authentication: true,
      authorization: true,
      enforceAcl: [adminAcl],
      produces: 'application/json',
      shortDescription:
        'A policy preview’s progress (percent, ticket events looked at) and its result when done.',
    },
  ],
});

// The policy preview runs in the background: the start route queues x_xloop.preview.run on the run's row, and
// this script action (run by the event processor, after the request has ended) replays the history.
Record({
  $id: Now.ID['event-preview-run'],
  table: 'sysevent_register',
  data: {
    suffix: 'preview.run',
    event_name: 'x_xloop.preview.run',
    description: 'An XLoop policy preview to run in the background; parm1 is the run id.',
    table: 'x_xloop_preview_run',
    fired_by: 'Scripted REST: XLoop administration, preview (start)',
    priority: 100,
  },
});

ScriptAction({
  $id: Now.ID['script-action-preview-run'],
  name: 'XLoop: run a policy preview',
  eventName: 'x_xloop.preview.run',
  active: true,
  description:
    'Replays the recorded ticket events with the edited settings, writing progress and the result.',
  script: `(function () {
  require('x_xloop/@xloop/servicenow-app/0.1.0/src/server/preview/policy-preview-run.ts').runPolicyPreview(String(event.parm1));
})();`,
});

UiPage({
  $id: Now.ID['page-diagnostics'],
  endpoint: 'x_xloop_diagnostics.do',
  category: 'general',
  description: 'XLoop diagnostics: the self-check to run first after installing.',
  html: Now.include('../pages/diagnostics/diagnostics.html'),
  clientScript: Now.include('../pages/diagnostics/diagnostics.client.js'),
});

Acl({
  $id: Now.ID['acl-page-diagnostics'],
  type: 'ui_page',
  name: 'x_xloop_diagnostics',
  operation: 'read',
  roles: [experienceAdmin],
  description: 'Experience admins open the XLoop diagnostics.',
});

// The settings page: the core's settings, the same policy preview as the Jira admin page, and saving, all through
// the core's resolvers (getSettings, previewPolicy, saveSettings) on the signed-in call route.
UiPage({
  $id: Now.ID['page-settings'],
  endpoint: 'x_xloop_settings.do',
  category: 'general',
  description:
    'XLoop settings for experience admins: the timing policy with a preview, checked as the core checks it.',
  html: Now.include('../pages/settings/settings.html'),
  clientScript: Now.include('../pages/settings/settings.client.js'),
});

Acl({
  $id: Now.ID['acl-page-settings'],
  type: 'ui_page',
  name: 'x_xloop_settings',
  operation: 'read',
  roles: [experienceAdmin],
  description: 'Experience admins open the XLoop settings.',
});
