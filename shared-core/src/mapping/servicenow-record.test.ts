import { describe, expect, it } from 'vitest';
import { serviceNowIncidentRow, serviceNowTableRecord } from '../testing/servicenow';
import { serviceNowInstant, serviceNowRecordTicket } from './servicenow-record';

describe('serviceNowRecordTicket', () => {
  // A resolved incident as the Table API answers it with `sysparm_display_value=all`.
  const incident = serviceNowTableRecord(
    serviceNowIncidentRow({
      state: '6',
      state$display: 'Resolved',
      caller_id$display: 'Anna Virtanen',
      'caller_id.email': 'anna@example.com',
      'caller_id.time_zone': 'Europe/Helsinki',
      'caller_id.preferred_language': 'fi',
      assigned_to: 'u-agent',
      assigned_to$display: 'Aki Agent',
      assignment_group: 'g1',
      assignment_group$display: 'Network',
      contact_type: 'email',
      contact_type$display: 'Email',
      business_service: 's1',
      business_service$display: 'VPN',
      cmdb_ci: 'c1',
      cmdb_ci$display: 'vpn-gw-01',
      location: 'l1',
      location$display: 'Helsinki',
      category: 'network',
      category$display: 'Network',
      priority: '3',
      priority$display: '3 - Moderate',
      close_code: 'Solution provided',
      resolved_at: '2026-11-02 09:30:00',
    }),
  );

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
