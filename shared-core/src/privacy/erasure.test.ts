import { describe, expect, it } from 'vitest';
import { surveyOf } from '../measure/surveys.fixture';
import type { StoredResponse, Suppression } from '../ports';
import {
  agentErased,
  ERASED_REQUESTER,
  initiativeWithAgentReplaced,
  keyWithPartReplaced,
  requesterErased,
  requesterRefreshed,
} from './erasure';

const AT = Date.UTC(2026, 10, 2, 8);

const response = (surveyId: string, requesterId: string, agent?: string): StoredResponse => ({
  surveyId,
  ticketId: `jira:${surveyId}`,
  score: 4,
  factors: ['slow'],
  lostTimeOption: '15-60-min',
  lostTimeMinutes: 38,
  comment: 'took ages',
  locale: 'en',
  channel: 'email',
  answeredAt: AT,
  requesterId,
  segment: agent === undefined ? { service: 'VPN' } : { service: 'VPN', agent },
  day: '2026-11-02',
  version: 1,
});

const suppression = (key: string, requesterId: string, agent: string): Suppression => ({
  resolutionKey: key,
  ticketId: `jira:${key}`,
  resolvedAt: AT,
  requesterId,
  at: AT,
  reasons: [],
  segment: { agent },
});

const records = {
  surveys: [
    surveyOf({ ticketId: 'jira:SD-1', resolvedAt: AT, requester: { id: 'alice', email: 'a@example.com' } }),
    surveyOf({ ticketId: 'jira:SD-2', resolvedAt: AT, requester: { id: 'bob' }, agentId: 'bob' }),
  ],
  suppressions: [suppression('s1', 'alice', 'bob'), suppression('s2', 'bob', 'bobby')],
  responses: [response('r1', 'alice', 'bob'), response('r2', 'carol', 'bobby')],
};

describe('requesterErased', () => {
  it('answers only the requester’s records, with the pseudonym in place and no comment, counts kept', () => {
    const erased = requesterErased(records, 'alice');
    expect(erased.surveys.map((s) => [s.ticketId, s.requester])).toEqual([['jira:SD-1', ERASED_REQUESTER]]);
    expect(erased.suppressions.map((s) => [s.resolutionKey, s.requesterId])).toEqual([['s1', 'erased']]);
    const { comment: _comment, ...uncommented } = response('r1', 'erased', 'bob');
    expect(erased.responses).toEqual([uncommented]);
  });
});

describe('requesterRefreshed', () => {
  it('puts the current details on the requester’s surveys and suppressions, never touching responses', () => {
    const now = { id: 'alice', displayName: 'Alice B.' };
    const refreshed = requesterRefreshed(records, now);
    expect(refreshed.surveys.map((s) => s.requester)).toEqual([now]);
    expect(refreshed.suppressions.map((s) => s.requesterId)).toEqual(['alice']);
    expect(refreshed.responses).toEqual([]);
  });
});

describe('agentErased', () => {
  it('answers the records naming the agent, whole ids only, with the pseudonym in every place', () => {
    const erased = agentErased(records, 'bob', 'erased-agent-0123456789ab');
    expect(erased.surveys.map((s) => [s.ticketId, s.agentId])).toEqual([
      ['jira:SD-2', 'erased-agent-0123456789ab'],
    ]);
    expect(erased.suppressions.map((s) => s.resolutionKey)).toEqual(['s1']);
    expect(erased.responses.map((r) => [r.surveyId, r.segment])).toEqual([
      ['r1', { service: 'VPN', agent: 'erased-agent-0123456789ab' }],
    ]);
    expect(agentErased(records, 'bo', 'erased-agent-0123456789ab')).toEqual({
      surveys: [],
      suppressions: [],
      responses: [],
    });
  });
});

describe('keyWithPartReplaced', () => {
  it('replaces a whole part only', () => {
    expect(keyWithPartReplaced('service=VPN|agent=bob', 'agent=bob', 'agent=x')).toBe('service=VPN|agent=x');
    expect(keyWithPartReplaced('service=VPN|agent=bobby', 'agent=bob', 'agent=x')).toBeUndefined();
  });
});

describe('initiativeWithAgentReplaced', () => {
  it('replaces the agent in the target segment and the opportunity key, one version on', () => {
    const initiative = {
      id: 'i1',
      segment: { team: 'Network', agent: 'bob' },
      opportunityKey: 'team=Network|agent=bob',
      version: 1,
    } as unknown as Parameters<typeof initiativeWithAgentReplaced>[0];
    expect(initiativeWithAgentReplaced(initiative, 'bob', 'erased-agent-0')).toMatchObject({
      segment: { team: 'Network', agent: 'erased-agent-0' },
      opportunityKey: 'team=Network|agent=erased-agent-0',
      version: 2,
    });
    expect(initiativeWithAgentReplaced(initiative, 'bobby', 'erased-agent-0')).toBeUndefined();
  });
});
