import { openSandbox } from '@xloop/sandbox';
import { DAY, HOUR, type Segment, type Survey, settled, submitResponse } from '@xloop/shared-core';

const RESOLVED = Date.UTC(2026, 10, 2, 8);

/** An MSP's customer, the values only their tickets carry, and what their requesters wrote. */
export interface MspCustomer {
  readonly name: string;
  readonly segment: Omit<Segment, 'customer' | 'kind'>;
  readonly requesters: readonly string[];
  readonly comment: string;
}

/**
 * Three customers of one MSP, one named as the start of another's name (`Acme`, `Acme Oy`), each with their own
 * service, team, channel, priority and location, and a different number of answers so counts cannot be mistaken.
 */
export const CUSTOMERS: readonly MspCustomer[] = [
  {
    name: 'Acme',
    segment: {
      service: 'VPN-ACME',
      team: 'Desk-ACME',
      channel: 'Email-ACME',
      priority: 'P3-ACME',
      location: 'Helsinki-ACME',
    },
    requesters: ['acme-r1', 'acme-r2', 'acme-r3', 'acme-r4'],
    comment: 'acme-only remark about the tunnel',
  },
  {
    name: 'Acme Oy',
    segment: {
      service: 'Payroll-OY',
      team: 'Desk-OY',
      channel: 'Portal-OY',
      priority: 'P1-OY',
      location: 'Oulu-OY',
    },
    requesters: ['oy-r1', 'oy-r2', 'oy-r3'],
    comment: 'oy-only complaint about payslips',
  },
  {
    name: 'Globex',
    segment: {
      service: 'ERP-GLOBEX',
      team: 'Desk-GLOBEX',
      channel: 'Phone-GLOBEX',
      priority: 'P2-GLOBEX',
      location: 'Springfield-GLOBEX',
    },
    requesters: ['globex-r1', 'globex-r2', 'globex-r3', 'globex-r4', 'globex-r5'],
    comment: 'globex-only note on invoices',
  },
];

export const REPORT_RANGE = { from: '2026-10-01', to: '2026-11-30' };

/** Writes the customers' surveys and their requesters' answers (through the core, so rollups count them) to `file`. */
export function writeMspDesk(file: string): void {
  const ports = openSandbox(file);
  try {
    ports.clock.set(RESOLVED + HOUR);
    let n = 0;
    for (const customer of CUSTOMERS) {
      for (const [i, requester] of customer.requesters.entries()) {
        n++;
        const survey: Survey = {
          id: `s-${requester}`,
          ticketId: `jira:MSP-${n}`,
          resolutionKey: `jira:MSP-${n}@${RESOLVED}`,
          kind: 'incident',
          requester: { id: requester, locale: 'en' },
          segment: { ...customer.segment, customer: customer.name, kind: 'incident' },
          state: 'sent',
          resolvedAt: RESOLVED,
          sendAt: RESOLVED,
          sentAt: RESOLVED,
          expiresAt: RESOLVED + 14 * DAY,
          reasons: [],
        };
        ports.surveys.save(survey, survey.expiresAt);
        const answered = settled(
          submitResponse(ports, {
            by: 'requester',
            requesterId: requester,
            surveyId: survey.id,
            answer: { score: (n * 3) % 11, lostTime: '15-60-min', comment: `${customer.comment} #${i}` },
          }),
        );
        if (!answered.ok) throw new Error(`the desk's answer was refused: ${answered.error.message}`);
      }
    }
  } finally {
    ports.close();
  }
}
