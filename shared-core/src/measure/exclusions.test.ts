import { describe, expect, it } from 'vitest';
import { exclusionReasons } from './exclusions';
import { EMPTY_HISTORY } from './history';
import { DEFAULT_POLICY } from './policy';
import { ticketOf } from './surveys.fixture';

describe('exclusionReasons', () => {
  it('lets an ordinary resolved ticket through', () => {
    expect(exclusionReasons(ticketOf({ resolutionCode: 'Fixed' }), EMPTY_HISTORY, DEFAULT_POLICY)).toEqual(
      [],
    );
  });

  it('excludes resolution codes and request types without regard to case', () => {
    const ticket = ticketOf({ kind: 'request', resolutionCode: 'Duplicate', requestType: 'Access Request ' });
    const policy = { ...DEFAULT_POLICY, excludedRequestTypes: ['access request'] };
    expect(exclusionReasons(ticket, EMPTY_HISTORY, policy)).toEqual([
      { code: 'excluded-resolution', message: 'resolution "Duplicate" is not surveyed' },
      { code: 'excluded-request-type', message: 'request type "Access Request " is not surveyed' },
    ]);
  });

  it('excludes kinds the policy does not survey', () => {
    const policy = { ...DEFAULT_POLICY, surveyKinds: ['request' as const] };
    expect(exclusionReasons(ticketOf(), EMPTY_HISTORY, policy).map((r) => r.message)).toEqual([
      'incidents are not surveyed',
    ]);
  });

  it('excludes service accounts by flag, id or e-mail', () => {
    const policy = { ...DEFAULT_POLICY, serviceAccounts: ['MONITOR@example.com', 'svc-backup'] };
    const byFlag = ticketOf({ requester: { id: 'x', isServiceAccount: true } });
    const byEmail = ticketOf({ requester: { id: 'y', email: 'monitor@example.com' } });
    const byId = ticketOf({ requester: { id: 'svc-backup' } });
    for (const ticket of [byFlag, byEmail, byId]) {
      expect(exclusionReasons(ticket, EMPTY_HISTORY, policy).map((r) => r.code)).toEqual(['service-account']);
    }
  });

  it('collects opt-out, self-resolution and sampling together', () => {
    const ticket = ticketOf({ agentId: 'alice' });
    const policy = { ...DEFAULT_POLICY, samplingRate: 0 };
    expect(exclusionReasons(ticket, { ...EMPTY_HISTORY, optedOut: true }, policy)).toEqual([
      { code: 'opted-out', message: 'requester opted out of surveys' },
      { code: 'requester-is-agent', message: 'requester resolved their own ticket' },
      { code: 'not-sampled', message: 'ticket is outside the 0% sample' },
    ]);
  });
});
