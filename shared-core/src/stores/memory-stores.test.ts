import { describe, expect, it } from 'vitest';
import { surveyOf } from '../measure/surveys.fixture';
import { DAY } from '../model/time';
import { MemorySurveyStore } from './memory-stores';

const MONDAY = Date.UTC(2026, 10, 2, 8);

describe('MemorySurveyStore indexes', () => {
  it('answers by ticket and requester in the order surveys were first saved, whatever was saved since', () => {
    const store = new MemorySurveyStore();
    const a = surveyOf({ ticketId: 'jira:SD-2', resolvedAt: MONDAY });
    const b = surveyOf({ ticketId: 'jira:SD-1', resolvedAt: MONDAY + DAY });
    const c = surveyOf({ ticketId: 'jira:SD-2', resolvedAt: MONDAY + 2 * DAY });
    for (const survey of [a, b, c]) store.save(survey, survey.sendAt);
    store.save({ ...a, state: 'sent' }, undefined);
    expect(store.forTicket('jira:SD-2').map((s) => [s.id, s.state])).toEqual([
      [a.id, 'sent'],
      [c.id, 'scheduled'],
    ]);
    expect(store.forRequester('alice', MONDAY + DAY).map((s) => s.id)).toEqual([b.id, c.id]);
    expect(store.nextDue()).toBe(b.sendAt);
    expect(store.due(MONDAY + 3 * DAY, 10).map((s) => s.id)).toEqual([b.id, c.id]);
  });

  it('moves a survey saved under another requester to that requester', () => {
    const store = new MemorySurveyStore();
    const a = surveyOf({ resolvedAt: MONDAY });
    store.save(a, undefined);
    store.save({ ...a, requester: { id: 'bob' } }, undefined);
    expect(store.forRequester('alice', 0)).toEqual([]);
    expect(store.forRequester('bob', 0).map((s) => s.id)).toEqual([a.id]);
    expect(store.nextDue()).toBeUndefined();
  });
});
