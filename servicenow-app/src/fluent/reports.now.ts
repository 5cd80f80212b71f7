import '@servicenow/sdk/global';
import { Record } from '@servicenow/sdk/core';
import { csiManager } from './roles.now';

// Reports and the report sources they read, ready for Performance Analytics: an indicator source may take its
// table and conditions from a report source, and an indicator averages or counts a field of it per collection day.
// - "XLoop answers": every answered response, dated by `answered_on`; the mean of `happiness` (+100 / 0 / −100) is
//   the happiness score, so a daily indicator "Average happiness" needs no formula;
// - "XLoop answers with lost time": responses that said how much time was lost; the mean of `lost_time_minutes`
//   is the lost time per ticket.
// The app ships report sources and reports rather than indicator sources (pa_cubes): Performance Analytics is
// licensed per instance, and without the subscription only the indicators ServiceNow provides collect data.
// See README, "Performance Analytics".

export const answersSource = Record({
  $id: Now.ID['report-source-answers'],
  table: 'sys_report_source',
  data: {
    name: 'XLoop answers',
    table: 'x_xloop_response',
    filter: 'answered_onISNOTEMPTY',
  },
});

export const lostTimeSource = Record({
  $id: Now.ID['report-source-lost-time'],
  table: 'sys_report_source',
  data: {
    name: 'XLoop answers with lost time',
    table: 'x_xloop_response',
    filter: 'answered_onISNOTEMPTY^lost_time_minutesISNOTEMPTY',
  },
});

// How many requesters answered each day: the volume a happiness indicator rests on.
Record({
  $id: Now.ID['report-answers-per-day'],
  table: 'sys_report',
  data: {
    title: 'XLoop: answers per day',
    description:
      'How many requesters answered each day (the response volume a happiness indicator rests on).',
    table: 'x_xloop_response',
    report_source: answersSource,
    filter: 'answered_onISNOTEMPTY',
    type: 'trend',
    trend_field: 'answered_on',
    interval: 'day',
    aggregate: 'COUNT',
    roles: [csiManager],
    is_published: true,
  },
});

// Each day's happiness score (% of 9–10 minus % of 0–6): the mean of the happiness points.
Record({
  $id: Now.ID['report-happiness-per-day'],
  table: 'sys_report',
  data: {
    title: 'XLoop: happiness per day',
    description:
      'The happiness score of each day’s answers: % of 9–10 minus % of 0–6, the mean of the happiness points.',
    table: 'x_xloop_response',
    report_source: answersSource,
    filter: 'answered_onISNOTEMPTY',
    type: 'trend',
    trend_field: 'answered_on',
    interval: 'day',
    aggregate: 'AVG',
    sumfield: 'happiness',
    roles: [csiManager],
    is_published: true,
  },
});

// The work time requesters said they lost per ticket, in minutes, by the day they answered.
Record({
  $id: Now.ID['report-lost-time-per-ticket'],
  table: 'sys_report',
  data: {
    title: 'XLoop: lost time per ticket',
    table: 'x_xloop_response',
    report_source: lostTimeSource,
    filter: 'answered_onISNOTEMPTY^lost_time_minutesISNOTEMPTY',
    type: 'trend',
    trend_field: 'answered_on',
    interval: 'day',
    aggregate: 'AVG',
    sumfield: 'lost_time_minutes',
    roles: [csiManager],
    is_published: true,
  },
});
