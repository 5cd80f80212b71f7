import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../test/app-instance';
import { GlideRecord } from '../../test/glide-stand-in';
import { insert } from './glide-rows';
import { instantColumn } from './instant-column';
import { backfillPlatformColumns, dateTimeValue, happinessPoints } from './platform-columns';
import { GlideResponseStore } from './stores/glide-response-store';
import { GlideSurveyStore } from './stores/glide-survey-store';
import { TABLE } from './tables';

const RESOLVED = Date.UTC(2026, 10, 2, 9, 30);

function withTicket() {
  const instance = freshInstance(() => RESOLVED);
  const incident = new GlideRecord('incident');
  incident.initialize();
  incident.setValue('sys_id', 'inc-sys-1');
  incident.setValue('number', 'INC0010001');
  incident.insert();
  return instance;
}

describe('the platform’s own columns', () => {
  it('stores a survey and its response with references to the ticket and requester, and date-times', () => {
    const instance = withTicket();
    new GlideSurveyStore().save(
      {
        id: 's1',
        ticketId: 'servicenow:INC0010001',
        resolutionKey: 'servicenow:INC0010001@1',
        kind: 'incident',
        requester: { id: 'u-anna' },
        segment: {},
        state: 'scheduled',
        resolvedAt: RESOLVED,
        sendAt: RESOLVED,
        reasons: [],
      },
      RESOLVED,
    );
    expect(instance.rows(TABLE.survey)[0]).toMatchObject({
      ticket: 'inc-sys-1',
      requester: 'u-anna',
      resolved_on: '2026-11-02 09:30:00',
      resolved_at: instantColumn(RESOLVED),
    });
    new GlideResponseStore().save({
      surveyId: 's1',
      ticketId: 'servicenow:INC0010001',
      requesterId: 'u-anna',
      score: 9,
      factors: [],
      lostTimeMinutes: 10,
      answeredAt: RESOLVED + 3_600_000,
      day: '2026-11-02',
      channel: 'email',
      locale: 'fi',
    } as never);
    expect(instance.rows(TABLE.response)[0]).toMatchObject({
      ticket: 'inc-sys-1',
      requester: 'u-anna',
      answered_on: '2026-11-02 10:30:00',
      answered_day: '2026-11-02',
      happiness: '100',
      lost_time_minutes: '10',
    });
  });

  it('scores each answer so that a report’s or indicator’s average is the happiness score', () => {
    const scores = [10, 9, 9, 8, 7, 6, 0, 10, 9, 3];
    const mean = scores.map(happinessPoints).reduce((a, b) => a + b, 0) / scores.length;
    const promoters = scores.filter((s) => s >= 9).length / scores.length;
    const detractors = scores.filter((s) => s <= 6).length / scores.length;
    expect(mean).toBeCloseTo(100 * (promoters - detractors), 10);
  });

  it('fills them in on rows written before they existed, keeping every row, until none is left', () => {
    const instance = withTicket();
    for (const id of ['s1', 's2', 's3'])
      insert(TABLE.survey, {
        survey_id: id,
        ticket_id: 'servicenow:INC0010001',
        requester_id: 'u-anna',
        state: 'sent',
        resolved_at: instantColumn(RESOLVED),
        body: '{}',
      });
    insert(TABLE.response, {
      survey_id: 's1',
      ticket_id: 'servicenow:INC0010001',
      requester_id: 'u-anna',
      score: 7,
      day: '2026-11-02',
      answered_at: instantColumn(RESOLVED),
      body: '{"lostTimeMinutes":150}',
    });
    expect(backfillPlatformColumns(2)).toBe(2);
    expect(backfillPlatformColumns(10)).toBe(2);
    expect(backfillPlatformColumns(10)).toBe(0);
    expect(instance.rows(TABLE.survey)).toHaveLength(3);
    expect(instance.rows(TABLE.survey).map((r) => [r.survey_id, r.ticket, r.resolved_on])).toEqual([
      ['s1', 'inc-sys-1', dateTimeValue(RESOLVED)],
      ['s2', 'inc-sys-1', dateTimeValue(RESOLVED)],
      ['s3', 'inc-sys-1', dateTimeValue(RESOLVED)],
    ]);
    expect(instance.rows(TABLE.response)[0]).toMatchObject({
      score: '7',
      ticket: 'inc-sys-1',
      happiness: '0',
      lost_time_minutes: '150',
    });
  });
});
