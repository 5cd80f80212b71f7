import { describe, expect, it } from 'vitest';
import { callResolver } from '../src/server/api/call-route';
import { oneClickGet, oneClickPost } from '../src/server/api/one-click-route';
import { surveyMessageToSend } from '../src/server/delivery/message-at-rest';
import { runXLoopJob } from '../src/server/jobs/xloop-job';
import { GlideResponseStore } from '../src/server/stores/glide-response-store';
import { GlideRollupStore } from '../src/server/stores/glide-rollup-store';
import { GlideSurveyStore } from '../src/server/stores/glide-survey-store';
import { TABLE } from '../src/server/tables';
import { recordTicketEvent } from '../src/server/ticket-events/record-ticket-event';
import { sweepResolutions } from '../src/server/ticket-events/resolution-sweep';
import { glideTicketHistory } from '../src/server/ticket-events/ticket-history';
import { freshInstance } from './app-instance';
import { appScenario } from './app-scenario';
import { builtRecords, recordsOf, tableDefinition } from './built-app';
import { GlideRecord, instance } from './glide-stand-in';

// Every query the app runs on its own tables conditions on a column that leads one of the table's indexes (or on
// sys_id): no filtered read scans a table that grows with the desk. The queries are those the stand-in saw while
// the app went through its loop, plus every store read the loop may not reach.
describe('indexes for every filtered query', () => {
  appScenario({
    recordTicketEvent,
    runXLoopJob,
    oneClickGet,
    oneClickPost,
    callResolver,
    surveyMessageToSend,
    GlideRecord,
    instance,
    freshInstance,
  });
  const seen = [...instance.queries];
  freshInstance(() => Date.UTC(2026, 10, 2, 9));
  const surveys = new GlideSurveyStore();
  const responses = new GlideResponseStore();
  const rollups = new GlideRollupStore();
  surveys.forTicket('t');
  surveys.forRequester('u', 0);
  surveys.due(0, 10);
  surveys.suppressedFor('t');
  surveys.reopeningsFor('t');
  surveys.isOptedOut('u');
  surveys.byRequester('u', { after: 'a', limit: 10 });
  surveys.suppressionsByRequester('u', { after: 'a', limit: 10 });
  surveys.suppressionsByAgent('u', { after: 'a', limit: 10 });
  responses.forTicket('t');
  responses.withComments({ from: '2026-11-01', to: '2026-11-30' }, 10);
  responses.pending(10);
  responses.byRequester('u', { after: 'a', limit: 10 });
  rollups.read({ from: '2026-11-01', to: '2026-11-30' });
  rollups.read({ from: '2026-11-01', to: '2026-11-30' }, ['service=VPN']);
  rollups.fold(10);
  glideTicketHistory.ticketEvents(0, 1, 10);
  sweepResolutions(Date.UTC(2026, 10, 2, 9), 10);
  seen.push(...instance.queries);

  const appTables = new Set<string>(Object.values(TABLE));
  const leading = new Map(
    [...appTables].map((table) => [
      table,
      new Set(['sys_id', ...tableDefinition(table).indexes.map((index) => index.elements[0])]),
    ]),
  );

  it('reads no app table unindexed', () => {
    const unindexed = seen
      .filter((q) => appTables.has(q.table) && q.fields.length > 0)
      .filter(
        (q) => !q.fields.some((group) => group.length === 1 && leading.get(q.table)?.has(group[0] ?? '')),
      )
      .map((q) => `${q.table}: ${q.fields.map((g) => g.join('|')).join(', ')}`);
    expect([...new Set(unindexed)]).toEqual([]);
    expect(seen.filter((q) => appTables.has(q.table)).length).toBeGreaterThan(50);
  });

  it('cleans up the tables that only grow, with Table Cleanup policies', () => {
    const policies = recordsOf(builtRecords(), 'sys_auto_flush').map((p) => ({
      table: p.fields.tablename,
      conditions: p.fields.conditions,
      days: Number(p.fields.age) / 86_400,
      active: p.fields.active,
    }));
    expect(policies).toEqual(
      expect.arrayContaining([
        { table: TABLE.rollupChange, conditions: 'state=done', days: 60, active: 'true' },
        { table: TABLE.ticketEvent, conditions: 'stateINdone,skipped', days: 90, active: 'true' },
        { table: TABLE.ticketEvent, conditions: 'state=failed', days: 90, active: 'true' },
        { table: TABLE.previewRun, conditions: '', days: 1, active: 'true' },
        { table: TABLE.survey, conditions: '', days: 400, active: 'true' },
        { table: TABLE.response, conditions: '', days: 400, active: 'true' },
        // Opt-outs are never cleaned up.
        { table: TABLE.mark, conditions: 'kind!=opt_out', days: 400, active: 'true' },
        { table: TABLE.rollup, conditions: '', days: 1098, active: 'true' },
      ]),
    );
    // Every table that grows with use has a policy. The keyring and the locks stay small; the improvement register
    // is kept whole, the record of what was improved.
    const cleaned = new Set(policies.map((p) => p.table));
    expect(Object.values(TABLE).filter((table) => !cleaned.has(table))).toEqual([
      TABLE.initiative,
      TABLE.secret,
      TABLE.lock,
    ]);
    // Answers outlive the longest baseline window (90 days), rollups the longest span a query reads (3 × 366 days).
    const days = (table: string) => Math.min(...policies.filter((p) => p.table === table).map((p) => p.days));
    expect(days(TABLE.response)).toBeGreaterThanOrEqual(90);
    expect(days(TABLE.rollup)).toBeGreaterThanOrEqual(3 * 366);
    // First install only: an admin's own age or switch survives upgrades.
    expect(recordsOf(builtRecords(), 'sys_auto_flush').map((p) => p.folder)).toEqual(
      recordsOf(builtRecords(), 'sys_auto_flush').map(() => 'unload'),
    );
  });
});
