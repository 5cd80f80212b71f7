import { describe, expect, it } from 'vitest';
import { serviceNowInstant, serviceNowRecordTicket } from './servicenow-record';

describe('serviceNowRecordTicket', () => {
  const incident = {
    sys_class_name: { value: 'incident', display_value: 'Incident' },
    number: { value: 'INC0010001', display_value: 'INC0010001' },
    state: { value: '6', display_value: 'Resolved' },
    caller_id: { value: 'u-anna', display_value: 'Anna Virtanen' },
    'caller_id.email': { value: 'anna@example.com' },
    'caller_id.time_zone': { value: 'Europe/Helsinki' },
    'caller_id.preferred_language': { value: 'fi' },
    assigned_to: { value: 'u-agent', display_value: 'Aki Agent' },
    assignment_group: { value: 'g1', display_value: 'Network' },
    contact_type: { value: 'email', display_value: 'Email' },
    business_service: { value: 's1', display_value: 'VPN' },
    cmdb_ci: { value: 'c1', display_value: 'vpn-gw-01' },
    location: { value: 'l1', display_value: 'Helsinki' },
    category: { value: 'network', display_value: 'Network' },
    priority: { value: '3', display_value: '3 - Moderate' },
    close_code: { value: 'Solution provided', display_value: 'Solution provided' },
    opened_at: { value: '2026-11-02 07:00:00' },
    resolved_at: { value: '2026-11-02 09:30:00' },
  };

  it('maps an incident: requester, agent, segment by display value, resolution code and resolution time', () => {
    expect(serviceNowRecordTicket(incident)).toEqual({
      id: 'servicenow:INC0010001',
      kind: 'incident',
      title: 'INC0010001',
      requester: {
        id: 'u-anna',
        email: 'anna@example.com',
        displayName: 'Anna Virtanen',
        timeZone: 'Europe/Helsinki',
        locale: 'fi',
      },
      agentId: 'u-agent',
      status: 'resolved',
      resolutionCode: 'Solution provided',
      segment: {
        service: 'VPN',
        channel: 'Email',
        team: 'Network',
        category: 'Network',
        priority: '3 - Moderate',
        location: 'Helsinki',
      },
      createdAt: Date.UTC(2026, 10, 2, 7),
      resolvedAt: Date.UTC(2026, 10, 2, 9, 30),
    });
  });

  it('falls back to the CI for the service and reads open, closed and cancelled states', () => {
    const { business_service: _s, ...noService } = incident;
    expect(serviceNowRecordTicket(noService)?.segment.service).toBe('vpn-gw-01');
    const open = serviceNowRecordTicket({ ...incident, state: { value: '2', display_value: 'In Progress' } });
    expect(open?.status).toBe('open');
    expect(open).not.toHaveProperty('resolvedAt');
    expect(serviceNowRecordTicket({ ...incident, state: '7' })?.status).toBe('closed');
    expect(serviceNowRecordTicket({ ...incident, state: 'Canceled' })?.status).toBe('closed');
  });

  it('maps a requested item: requested_for is the requester, Closed Complete its resolution', () => {
    const item = {
      number: 'RITM0010002',
      state: { value: '3', display_value: 'Closed Complete' },
      caller_id: undefined,
      requested_for: { value: 'u-bo', display_value: 'Bo' },
      'requested_for.web_service_access_only': { value: 'true' },
      opened_at: { value: '2026-11-02 07:00:00' },
      closed_at: { value: '2026-11-03 08:00:00' },
    };
    expect(serviceNowRecordTicket(item)).toMatchObject({
      kind: 'request',
      requester: { id: 'u-bo', displayName: 'Bo', isServiceAccount: true },
      status: 'resolved',
      resolvedAt: Date.UTC(2026, 10, 3, 8),
    });
    expect(serviceNowRecordTicket({ ...item, state: '4' })?.status).toBe('closed');
    expect(serviceNowRecordTicket({ ...item, number: 'X1' }, { table: 'sc_req_item' })?.kind).toBe('request');
  });

  it('reads dates with the given parser and refuses records it cannot identify', () => {
    const local = (text: string) => (text === '02-11-2026 09:00' ? 1 : undefined);
    expect(
      serviceNowRecordTicket(
        { number: 'INC1', caller_id: 'Caller 7', opened_at: '02-11-2026 09:00' },
        { instant: local },
      ),
    ).toMatchObject({ createdAt: 1, requester: { id: 'Caller 7', displayName: 'Caller 7' }, status: 'open' });
    expect(serviceNowRecordTicket({ ...incident, caller_id: { value: '' } })).toBeUndefined();
    expect(serviceNowRecordTicket({ ...incident, opened_at: { value: 'yesterday' } })).toBeUndefined();
    expect(serviceNowRecordTicket({ ...incident, number: undefined })).toBeUndefined();
  });
});

describe('serviceNowInstant', () => {
  it('reads the stored UTC form and nothing else', () => {
    expect(serviceNowInstant('2026-11-02 09:15:00')).toBe(Date.UTC(2026, 10, 2, 9, 15));
    expect(serviceNowInstant('02-11-2026 09:15')).toBeUndefined();
  });
});
