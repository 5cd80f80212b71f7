import { describe, expect, it } from 'vitest';
import type { StoredResponse } from '../ports';
import { evidenceTickets } from './evidence-tickets';

const response = (ticketId: string, score: number, answeredAt: number, service: string): StoredResponse => ({
  surveyId: `s-${ticketId}-${answeredAt}`,
  ticketId,
  score: score as StoredResponse['score'],
  factors: [],
  locale: 'en',
  channel: 'email',
  answeredAt,
  requesterId: 'r',
  segment: { service, team: 'Network' },
  day: '2026-11-02',
  version: 1,
});

describe('evidenceTickets', () => {
  const responses = [
    response('jira:A', 8, 1, 'VPN'),
    response('jira:B', 2, 1, 'VPN'),
    response('jira:C', 2, 5, 'VPN'),
    response('jira:D', 0, 9, 'Email'),
    response('jira:B', 3, 7, 'VPN'),
    response('jira:E', 9, 3, 'VPN'),
  ];

  it('takes the segment’s tickets, lowest score first and newest first among equals, each once', () => {
    expect(evidenceTickets(responses, { service: 'VPN' }, 10)).toEqual([
      'jira:C',
      'jira:B',
      'jira:A',
      'jira:E',
    ]);
    expect(evidenceTickets(responses, { service: 'VPN', team: 'Network' }, 2)).toEqual(['jira:C', 'jira:B']);
  });

  it('matches every dimension of the segment; the whole organisation is every ticket', () => {
    expect(evidenceTickets(responses, { service: 'VPN', team: 'Workplace' }, 10)).toEqual([]);
    expect(evidenceTickets(responses, {}, 10)[0]).toBe('jira:D');
    expect(evidenceTickets(responses, {}, 0)).toEqual([]);
  });
});
