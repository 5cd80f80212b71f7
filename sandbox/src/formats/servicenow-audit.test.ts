import { readFileSync } from 'node:fs';
import { dateFnsZonedTime } from '@xloop/shared-core/platform';
import { describe, expect, it } from 'vitest';
import { parseServiceNowAudit } from './servicenow-audit';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseServiceNowAudit', () => {
  it('turns update rows into creation, resolution, reopening and closure, in the export’s zone', () => {
    const { records, problems } = parseServiceNowAudit(
      fixture('servicenow-incident-audit.csv'),
      'Europe/Helsinki',
      dateFnsZonedTime,
    );
    expect(problems).toEqual([]);
    expect(records.filter((e) => e.ticket.id === 'servicenow:INC0000047').map((e) => e.type)).toEqual([
      'created',
      'resolved',
      'reopened',
      'resolved',
    ]);
    expect(records.filter((e) => e.ticket.id === 'servicenow:INC0000045').map((e) => e.type)).toEqual([
      'created',
      'resolved',
      'closed',
    ]);
    const resolved = records.find((e) => e.ticket.id === 'servicenow:INC0000045' && e.type === 'resolved');
    expect(resolved).toMatchObject({
      at: Date.UTC(2026, 10, 2, 9, 15),
      ticket: {
        kind: 'incident',
        requester: { id: 'Caller 2403' },
        agentId: 'Resolver 12',
        resolutionCode: 'code 5',
        segment: {
          service: 'SAP ERP',
          channel: 'Phone',
          team: 'Business Apps',
          priority: '3 - Moderate',
          location: 'Location 143',
        },
      },
    });
  });

  it('reports bad dates, unknown states and missing columns', () => {
    const header = 'number,incident_state,caller_id,opened_at,sys_updated_at,resolved_at';
    const bad = parseServiceNowAudit(
      `${header}\nINC1,Resolved,C,02-11-2026 09:00,2026-11-02,?\nINC2,Frozen,C,02-11-2026 09:00,02-11-2026 10:00,?`,
      'UTC',
      dateFnsZonedTime,
    );
    expect(bad.problems).toEqual([
      { at: 2, message: 'sys_updated_at "2026-11-02" is not dd-mm-yyyy HH:MM' },
      { at: 3, message: 'INC2: unknown incident_state "Frozen"' },
    ]);
    expect(
      parseServiceNowAudit('number,state\nINC1,New', 'UTC', dateFnsZonedTime).problems[0]?.message,
    ).toMatch(/^missing columns: incident_state/);
  });
});
