import { describe, expect, it } from 'vitest';
import { TABLE } from '../src/server/tables';
import { builtRecords, recordsOf, tableDefinition } from './built-app';

// Reports and report sources the app installs for Performance Analytics: what the build wrote.
const records = builtRecords();

describe('the reports ready for Performance Analytics', () => {
  const sources = recordsOf(records, 'sys_report_source');
  const reports = recordsOf(records, 'sys_report');

  it('installs two report sources on the responses, dated by when they were answered', () => {
    expect(sources.map((s) => [s.fields.name, s.fields.table, s.fields.filter])).toEqual([
      ['XLoop answers', TABLE.response, 'answered_onISNOTEMPTY'],
      ['XLoop answers with lost time', TABLE.response, 'answered_onISNOTEMPTY^lost_time_minutesISNOTEMPTY'],
    ]);
  });

  it('installs daily reports of answers, happiness and lost time per ticket, each on its source', () => {
    const byTitle = Object.fromEntries(reports.map((r) => [r.fields.title, r.fields]));
    const sourceId = (name: string) => sources.find((s) => s.fields.name === name)?.fields.sys_id;
    expect(byTitle['XLoop: answers per day']).toMatchObject({
      aggregate: 'COUNT',
      trend_field: 'answered_on',
      interval: 'day',
      report_source: sourceId('XLoop answers'),
    });
    expect(byTitle['XLoop: happiness per day']).toMatchObject({
      aggregate: 'AVG',
      sumfield: 'happiness',
      report_source: sourceId('XLoop answers'),
    });
    expect(byTitle['XLoop: lost time per ticket']).toMatchObject({
      aggregate: 'AVG',
      sumfield: 'lost_time_minutes',
      report_source: sourceId('XLoop answers with lost time'),
    });
    for (const report of reports) expect(report.fields.table).toBe(TABLE.response);
  });

  it('reads columns the responses table has', () => {
    const columns = tableDefinition(TABLE.response).columns;
    for (const column of ['answered_on', 'happiness', 'lost_time_minutes'])
      expect(Object.keys(columns)).toContain(column);
  });
});
