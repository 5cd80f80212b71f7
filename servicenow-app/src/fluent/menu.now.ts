import '@servicenow/sdk/global';
import { ApplicationMenu, Record } from '@servicenow/sdk/core';

// The navigator entries: the CSI page for managers, the data for agents, the machinery for admins.
const menu = ApplicationMenu({
  $id: Now.ID['menu-xloop'],
  title: 'XLoop',
  hint: 'Experience-driven continual improvement',
  description: 'Surveys, scores, opportunities and initiatives from resolved tickets.',
  roles: ['x_xloop.agent_viewer'],
  active: true,
});

Record({
  $id: Now.ID['module-csi-board'],
  table: 'sys_app_module',
  data: {
    title: 'Improvement board',
    application: menu,
    link_type: 'DIRECT',
    query: 'x_xloop_csi_board.do',
    roles: ['x_xloop.csi_manager'],
    active: true,
    order: 100,
  },
});

Record({
  $id: Now.ID['module-responses'],
  table: 'sys_app_module',
  data: {
    title: 'Responses',
    application: menu,
    link_type: 'LIST',
    name: 'x_xloop_response',
    roles: ['x_xloop.agent_viewer'],
    active: true,
    order: 200,
  },
});

Record({
  $id: Now.ID['module-initiatives'],
  table: 'sys_app_module',
  data: {
    title: 'Initiatives',
    application: menu,
    link_type: 'LIST',
    name: 'x_xloop_initiative',
    roles: ['x_xloop.agent_viewer'],
    active: true,
    order: 300,
  },
});

Record({
  $id: Now.ID['module-surveys'],
  table: 'sys_app_module',
  data: {
    title: 'Surveys',
    application: menu,
    link_type: 'LIST',
    name: 'x_xloop_survey',
    roles: ['x_xloop.agent_viewer'],
    active: true,
    order: 400,
  },
});

Record({
  $id: Now.ID['module-ticket-events'],
  table: 'sys_app_module',
  data: {
    title: 'Ticket events',
    application: menu,
    link_type: 'LIST',
    name: 'x_xloop_ticket_event',
    roles: ['x_xloop.experience_admin'],
    active: true,
    order: 500,
  },
});

Record({
  $id: Now.ID['module-properties'],
  table: 'sys_app_module',
  data: {
    title: 'Properties',
    application: menu,
    link_type: 'LIST',
    name: 'sys_properties',
    filter: 'nameSTARTSWITHx_xloop.',
    roles: ['x_xloop.experience_admin'],
    active: true,
    order: 600,
  },
});

// The first-install self-check, for the people who set XLoop up.
Record({
  $id: Now.ID['module-diagnostics'],
  table: 'sys_app_module',
  data: {
    title: 'Diagnostics',
    application: menu,
    link_type: 'DIRECT',
    query: 'x_xloop_diagnostics.do',
    roles: ['x_xloop.experience_admin'],
    active: true,
    order: 50,
  },
});

Record({
  $id: Now.ID['module-settings'],
  table: 'sys_app_module',
  data: {
    title: 'Settings',
    application: menu,
    link_type: 'DIRECT',
    query: 'x_xloop_settings.do',
    roles: ['x_xloop.experience_admin'],
    active: true,
    order: 60,
  },
});
