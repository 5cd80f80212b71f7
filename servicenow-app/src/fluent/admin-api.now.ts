import '@servicenow/sdk/global';
import { Acl, RestApi, UiPage } from '@servicenow/sdk/core';
import { diagnosticsRoute } from '../server/api/diagnostics-route';
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
  ],
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
