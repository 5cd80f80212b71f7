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
