import { DAY, dispatchDue, HOUR, onTicketEvent, settled, submitResponse } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { openSandbox } from '../sandbox-ports';
import { reportData } from './report-data';

const MONDAY = Date.UTC(2026, 10, 2, 8);

/** Answered tickets of two MSP customers, one of whose names starts the other's. */
function desk() {
  const ports = openSandbox(':memory:');
  ports.clock.set(MONDAY);
  const customers = [
    ['Acme', 'VPN'],
    ['Acme Oy', 'Payroll'],
  ] as const;
  let n = 0;
  for (const [customer, service] of customers) {
    for (let i = 0; i < 3; i++, n++) {
      const ticket = {
        id: `sandbox:T${n}`,
        kind: 'request' as const,
        requester: { id: `r${n}`, email: `r${n}@example.com` },
        status: 'resolved' as const,
        segment: { customer, service, team: `${customer} desk` },
        createdAt: MONDAY - DAY,
        resolvedAt: MONDAY,
        resolutionCode: 'Done',
      };
      settled(onTicketEvent(ports, { type: 'resolved', ticket, at: MONDAY }));
    }
  }
  ports.clock.set(MONDAY + 2 * HOUR);
  settled(dispatchDue(ports));
  for (let i = 0; i < n; i++) {
    const [survey] = settled(ports.surveys.forTicket(`sandbox:T${i}`));
    settled(
      submitResponse(ports, {
        by: 'requester',
        requesterId: `r${i}`,
        surveyId: survey?.id ?? '',
        answer: { score: 9 },
      }),
    );
  }
  return ports;
}

describe('reportData for one MSP customer', () => {
  it('holds only that customer’s segments, not those of a customer whose name starts with theirs', () => {
    const ports = desk();
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const acme = reportData(ports, range, 'Acme');
    expect(acme.overall.responses).toBe(3);
    expect(acme.segments.map((s) => `${s.dimension}=${s.value}`).sort()).toEqual([
      'service=VPN',
      'team=Acme desk',
    ]);
    const oy = reportData(ports, range, 'Acme Oy');
    expect(oy.segments.map((s) => s.value).sort()).toEqual(['Acme Oy desk', 'Payroll']);
    ports.close();
  });
});
