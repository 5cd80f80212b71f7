import { describe, expect, it } from 'vitest';
import { parseResponses } from './responses-file';

const header =
  'ticket_id,kind,answered_at,score,lost_time_minutes,factors,comment,service,channel,team,category,priority,location,customer';

describe('parseResponses', () => {
  it('reads CSV rows and JSON lines into responses with their segments', () => {
    const csv = `${header}\nSD-1,request,2026-11-02T09:00:00Z,9,0,quick;quick;skilled,"Fast, thanks",VPN,portal,Network,,P3,Helsinki,Acme Oy`;
    expect(parseResponses(csv, 'csv')).toEqual({
      problems: [],
      records: [
        {
          ticketId: 'SD-1',
          kind: 'request',
          answeredAt: Date.UTC(2026, 10, 2, 9),
          score: 9,
          lostTimeMinutes: 0,
          factors: ['quick', 'skilled'],
          comment: 'Fast, thanks',
          segment: {
            kind: 'request',
            service: 'VPN',
            channel: 'portal',
            team: 'Network',
            priority: 'P3',
            location: 'Helsinki',
            customer: 'Acme Oy',
          },
        },
      ],
    });
    const jsonl = '{"ticket_id":"SD-2","answered_at":"2026-11-02T09:00:00Z","score":3,"service":"Email"}';
    expect(parseResponses(jsonl, 'jsonl').records[0]).toMatchObject({
      kind: 'incident',
      score: 3,
      factors: [],
      segment: { service: 'Email' },
    });
  });

  it('reports every bad row with its line', () => {
    const csv = [
      header,
      'SD-1,incident,2026-11-02T09:00:00Z,11,,,,',
      ',incident,2026-11-02T09:00:00Z,5,,,,',
      'SD-3,bug,2026-11-02,5,,,,',
      'SD-4,incident,soon,5,,,,',
      'SD-5,incident,2026-11-02T09:00:00Z,5,-3,,,',
    ].join('\n');
    expect(parseResponses(csv, 'csv').problems).toEqual([
      { at: 2, message: 'score "11" is not a whole number from 0 to 10' },
      { at: 3, message: 'ticket_id is empty' },
      { at: 4, message: 'kind "bug" is not incident or request' },
      { at: 5, message: 'answered_at is not an ISO 8601 time' },
      { at: 6, message: 'lost_time_minutes "-3" is not a number of minutes' },
    ]);
    expect(parseResponses('[1]\nnope', 'jsonl').problems).toEqual([
      { at: 1, message: 'not a JSON object' },
      { at: 2, message: 'not valid JSON' },
    ]);
  });
});
