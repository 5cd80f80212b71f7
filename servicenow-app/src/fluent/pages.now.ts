import '@servicenow/sdk/global';
import { Acl, Record, SPWidget, UiAction, UiPage } from '@servicenow/sdk/core';
import { agentViewer, csiManager } from './roles.now';

// The requester's rating in the Service Portal: put the widget on the ticket page (e.g. `ticket`) of a portal.
SPWidget({
  $id: Now.ID['widget-rate-ticket'],
  name: 'XLoop: rate this ticket',
  id: 'x_xloop_rate_ticket',
  description:
    'Lets the requester rate a resolved incident or requested item: the XLoop questions, factors and languages.',
  htmlTemplate: Now.include('../pages/rate-ticket/rate-ticket.html'),
  clientScript: Now.include('../pages/rate-ticket/rate-ticket.client.js'),
  serverScript: Now.include('../pages/rate-ticket/rate-ticket.server.js'),
  customCss: Now.include('../pages/rate-ticket/rate-ticket.css'),
  hasPreview: false,
});

// The agent view: the ticket's answer and the assignment group's 90-day happiness with its interval. The Experience
// action opens it from the classic form and, as a workspace form action, from Service Operations Workspace.
UiPage({
  $id: Now.ID['page-agent-view'],
  endpoint: 'x_xloop_ticket_experience.do',
  category: 'general',
  description: 'XLoop experience of one ticket for agents: its answer and its team’s last 90 days.',
  html: Now.include('../pages/agent-view/agent-view.html'),
  clientScript: Now.include('../pages/agent-view/agent-view.client.js'),
});

UiAction({
  $id: Now.ID['action-incident-experience'],
  name: 'Experience',
  table: 'incident',
  actionName: 'x_xloop_experience',
  active: true,
  roles: [agentViewer],
  form: { showLink: true },
  client: { isClient: true, onClick: 'x_xloop_openExperience()' },
  script:
    "function x_xloop_openExperience() { window.open('x_xloop_ticket_experience.do?sysparm_ticket=' + encodeURIComponent(g_form.getValue('number')), '_blank'); }",
  // Also in Service Operations Workspace and other configurable workspaces, as a form menu item.
  workspace: {
    isConfigurableWorkspace: true,
    showFormMenuButtonV2: true,
    clientScriptV2:
      "function onClick(g_form) { open('/x_xloop_ticket_experience.do?sysparm_ticket=' + encodeURIComponent(g_form.getValue('number')), '_blank'); }",
  },
  hint: 'The requester’s XLoop answer and the team’s happiness',
});

UiAction({
  $id: Now.ID['action-requested-item-experience'],
  name: 'Experience',
  table: 'sc_req_item',
  actionName: 'x_xloop_experience',
  active: true,
  roles: [agentViewer],
  form: { showLink: true },
  client: { isClient: true, onClick: 'x_xloop_openExperience()' },
  script:
    "function x_xloop_openExperience() { window.open('x_xloop_ticket_experience.do?sysparm_ticket=' + encodeURIComponent(g_form.getValue('number')), '_blank'); }",
  // Also in Service Operations Workspace and other configurable workspaces, as a form menu item.
  workspace: {
    isConfigurableWorkspace: true,
    showFormMenuButtonV2: true,
    clientScriptV2:
      "function onClick(g_form) { open('/x_xloop_ticket_experience.do?sysparm_ticket=' + encodeURIComponent(g_form.getValue('number')), '_blank'); }",
  },
  hint: 'The requester’s XLoop answer and the team’s happiness',
});

// The ticket's responses as a related list ("XLoop responses") on incident and requested-item forms only, by the
// responses' reference to their ticket: add it with Configure > Related Lists where you want the answers on the form.
export const incidentResponses = Record({
  $id: Now.ID['relationship-ticket-responses'],
  table: 'sys_relationship',
  data: {
    name: 'XLoop responses',
    basic_apply_to: 'incident',
    basic_query_from: 'x_xloop_response',
    query_with:
      "(function refineQuery(current, parent) { current.addQuery('ticket', parent.getUniqueValue()); })(current, parent);",
  },
});

export const requestedItemResponses = Record({
  $id: Now.ID['relationship-requested-item-responses'],
  table: 'sys_relationship',
  data: {
    name: 'XLoop responses',
    basic_apply_to: 'sc_req_item',
    basic_query_from: 'x_xloop_response',
    query_with:
      "(function refineQuery(current, parent) { current.addQuery('ticket', parent.getUniqueValue()); })(current, parent);",
  },
});

// The CSI page: ranked opportunities and the improvement register.
UiPage({
  $id: Now.ID['page-csi-board'],
  endpoint: 'x_xloop_csi_board.do',
  category: 'general',
  description: 'XLoop improvement board: ranked opportunities and the initiatives register.',
  html: Now.include('../pages/csi-board/csi-board.html'),
  clientScript: Now.include('../pages/csi-board/csi-board.client.js'),
});

Acl({
  $id: Now.ID['acl-page-agent-view'],
  type: 'ui_page',
  name: 'x_xloop_ticket_experience',
  operation: 'read',
  roles: [agentViewer],
  description: 'Agents open the XLoop agent view.',
});

Acl({
  $id: Now.ID['acl-page-csi-board'],
  type: 'ui_page',
  name: 'x_xloop_csi_board',
  operation: 'read',
  roles: [csiManager],
  description: 'CSI managers open the XLoop improvement board.',
});
