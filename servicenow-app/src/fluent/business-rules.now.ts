import '@servicenow/sdk/global';
import { BusinessRule } from '@servicenow/sdk/core';
import { recordTicketEvent } from '../server/ticket-events/record-ticket-event';

// After the update, only when the state moves to or from the resolution states: the rule records the event with
// one insert and returns; the scheduled job decides. Incident: 6 Resolved, 7 Closed, 8 Canceled.
BusinessRule({
  $id: Now.ID['br-incident-resolution'],
  name: 'XLoop: record incident resolution',
  table: 'incident',
  when: 'after',
  action: ['update'],
  filterCondition: 'stateCHANGESTO6^ORstateCHANGESFROM6^ORstateCHANGESTO7^ORstateCHANGESTO8',
  order: 1000,
  active: true,
  script: recordTicketEvent,
  description: 'Records the resolution, reopening or closure for XLoop surveys; the XLoop job does the work.',
});

// Requested item: 3 Closed Complete is its resolution; 4 Closed Incomplete and 7 Closed Skipped end it.
BusinessRule({
  $id: Now.ID['br-requested-item-resolution'],
  name: 'XLoop: record requested item resolution',
  table: 'sc_req_item',
  when: 'after',
  action: ['update'],
  filterCondition: 'stateCHANGESTO3^ORstateCHANGESFROM3^ORstateCHANGESTO4^ORstateCHANGESTO7',
  order: 1000,
  active: true,
  script: recordTicketEvent,
  description: 'Records the resolution, reopening or closure for XLoop surveys; the XLoop job does the work.',
});

// Created already resolved or closed (walk-up, chat, integrations, auto-fulfilled catalog items): the same script on
// insert, where `previous` is null. Writes that run no rules at all are caught by the job's resolution sweep.
BusinessRule({
  $id: Now.ID['br-incident-created-resolved'],
  name: 'XLoop: record incident created resolved',
  table: 'incident',
  when: 'after',
  action: ['insert'],
  filterCondition: 'stateIN6,7',
  order: 1000,
  active: true,
  script: recordTicketEvent,
  description:
    'Records an incident created resolved or closed for XLoop surveys; the XLoop job does the work.',
});

BusinessRule({
  $id: Now.ID['br-requested-item-created-resolved'],
  name: 'XLoop: record requested item created resolved',
  table: 'sc_req_item',
  when: 'after',
  action: ['insert'],
  filterCondition: 'stateIN3,4,7',
  order: 1000,
  active: true,
  script: recordTicketEvent,
  description:
    'Records a requested item created closed (complete, incomplete or skipped) for XLoop surveys; the XLoop job does the work.',
});
