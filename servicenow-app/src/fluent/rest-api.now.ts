import '@servicenow/sdk/global';
import { Acl, RestApi } from '@servicenow/sdk/core';
import { callResolver, requesterCall } from '../server/api/call-route';
import { oneClickGet, oneClickPost } from '../server/api/one-click-route';
import { optOutGet, optOutPost } from '../server/api/opt-out-route';
import { pageTextRoute } from '../server/api/page-text-route';

// The one-click and opt-out routes are public: the signed token in the link is the credential (the core checks
// signature, expiry and the answer). Their ACLs are declared for the record, but the platform checks a REST ACL only
// for authenticated users, so for these unauthenticated routes the token alone decides. Everything else needs a
// signed-in user; the core's resolvers check their roles. External (snc_external) users reach only what is
// explicitly open to them: the public routes and the requester route, never the staff resolvers.
export const oneClickAcl = Acl({
  $id: Now.ID['acl-rest-one-click'],
  type: 'rest_endpoint',
  name: 'x_xloop/xloop/respond',
  operation: 'execute',
  roles: ['public'],
  description: 'The e-mail one-click response: public, token-checked by the XLoop core.',
});

export const optOutAcl = Acl({
  $id: Now.ID['acl-rest-opt-out'],
  type: 'rest_endpoint',
  name: 'x_xloop/xloop/optout',
  operation: 'execute',
  roles: ['public'],
  description: 'The e-mail opt-out link: public, token-checked.',
});

export const callAcl = Acl({
  $id: Now.ID['acl-rest-call'],
  type: 'rest_endpoint',
  name: 'x_xloop/xloop/call',
  operation: 'execute',
  securityAttribute: 'user_is_authenticated',
  description: 'XLoop calls from the portal widget, the agent view and the CSI page: signed-in users only.',
});

RestApi({
  $id: Now.ID['rest-xloop'],
  name: 'XLoop',
  serviceId: 'xloop',
  shortDescription: 'XLoop one-click responses and the calls of its pages',
  consumes: 'application/json,application/x-www-form-urlencoded',
  produces: 'application/json,text/html',
  enforceAcl: [callAcl],
  routes: [
    {
      $id: Now.ID['rest-xloop-respond-get'],
      name: 'respond (GET)',
      method: 'GET',
      path: '/respond',
      script: oneClickGet,
      // Built as requires_authentication and requires_acl_authorization (the build plugin's mapping and
      // docs/api/restapi-api.md; the SDK's scripted-REST guide has the two swapped), both false.
      authentication: false,
      authorization: false,
      // Requesters may be external (portal-only) users without snc_internal: the signed token is the credential.
      internalRole: false,
      enforceAcl: [oneClickAcl],
      produces: 'text/html',
      shortDescription:
        'The e-mail link: shows the survey with the score of the token pre-selected; records nothing (mail scanners fetch links).',
      parameters: [
        {
          $id: Now.ID['rest-xloop-respond-token'],
          name: 'token',
          required: true,
          shortDescription: 'Signed one-click token',
        },
      ],
    },
    {
      $id: Now.ID['rest-xloop-respond-post'],
      name: 'respond (POST)',
      method: 'POST',
      path: '/respond',
      script: oneClickPost,
      authentication: false,
      authorization: false,
      internalRole: false,
      enforceAcl: [oneClickAcl],
      consumes: 'application/x-www-form-urlencoded',
      produces: 'text/html',
      shortDescription:
        'The form: score, factors, lost time and comment, token-checked; records the answer once.',
    },
    {
      $id: Now.ID['rest-xloop-optout-get'],
      name: 'optout (GET)',
      method: 'GET',
      path: '/optout',
      script: optOutGet,
      authentication: false,
      authorization: false,
      internalRole: false,
      enforceAcl: [optOutAcl],
      produces: 'text/html',
      shortDescription: 'The e-mail’s opt-out link: asks to confirm; records nothing.',
    },
    {
      $id: Now.ID['rest-xloop-optout-post'],
      name: 'optout (POST)',
      method: 'POST',
      path: '/optout',
      script: optOutPost,
      authentication: false,
      authorization: false,
      internalRole: false,
      enforceAcl: [optOutAcl],
      consumes: 'application/x-www-form-urlencoded',
      produces: 'text/html',
      shortDescription: 'Stops every future XLoop survey to the requester the link was addressed to.',
    },
    {
      $id: Now.ID['rest-xloop-text'],
      name: 'text',
      method: 'GET',
      path: '/text',
      script: pageTextRoute,
      authentication: true,
      authorization: true,
      // The agent, CSI, settings and diagnostics pages: internal users only.
      internalRole: true,
      enforceAcl: [callAcl],
      produces: 'application/json',
      shortDescription: 'The texts of the XLoop pages in the signed-in user’s language.',
    },
    {
      $id: Now.ID['rest-xloop-call'],
      name: 'call',
      method: 'POST',
      path: '/call/{name}',
      script: callResolver,
      authentication: true,
      authorization: true,
      // Staff resolvers (agent view, CSI page, settings): internal users only.
      internalRole: true,
      enforceAcl: [callAcl],
      consumes: 'application/json',
      produces: 'application/json',
      shortDescription:
        'Runs an XLoop resolver by name (getTicketExperience, getOpportunities, createInitiative, …) with the caller’s roles.',
    },
    {
      $id: Now.ID['rest-xloop-requester'],
      name: 'requester',
      method: 'POST',
      path: '/requester/{name}',
      script: requesterCall,
      authentication: true,
      authorization: true,
      // The portal widget's calls: requesters may be external (portal-only) users without snc_internal. Only the
      // requester resolvers answer here; the core checks that the survey is the caller's own.
      internalRole: false,
      enforceAcl: [callAcl],
      consumes: 'application/json',
      produces: 'application/json',
      shortDescription:
        'The requester’s own calls from the portal widget (getInstrument, getMyTicketSurvey, submitMyResponse), for internal and external users.',
    },
  ],
});
