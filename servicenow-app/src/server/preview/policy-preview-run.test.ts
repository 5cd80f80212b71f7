import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { previewProgressRoute, startPreviewRoute } from '../api/policy-preview-route';
import { DEFAULT_SETTINGS, MAX_PREVIEW_EVENTS } from '../core/xloop-core.js';
import { insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { PREVIEW_EVENT, TABLE } from '../tables';
import {
  PROGRESS_EVERY,
  policyPreviewProgress,
  runPolicyPreview,
  startPolicyPreview,
} from './policy-preview-run';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const admin = { accountId: 'u-xadmin', roles: ['customer', 'admin'] as const };

/** `count` resolutions recorded over the last 30 days, oldest first. */
function recorded(count: number) {
  for (let i = 0; i < count; i++) {
    const number = `INC${String(10000 + i)}`;
    insert(TABLE.ticketEvent, {
      ticket_id: `servicenow:${number}`,
      event_type: 'resolved',
      at: instantColumn(NOW - 30 * DAY + Math.floor(((i + 0.5) * 30 * DAY) / count)),
      record: JSON.stringify({
        sys_class_name: { value: 'incident' },
        number: { value: number },
        caller_id: { value: `caller-${i % 40}` },
        opened_at: { value: '2026-10-20 08:00:00' },
        state: { value: '6' },
        contact_type: { value: 'email' },
      }),
      state: 'done',
      attempts: 0,
    });
  }
}

/** Runs the queued preview events as the event processor runs the script action. */
function processEvents(instance: ReturnType<typeof freshInstance>) {
  for (const event of instance.events.filter((e) => e.name === PREVIEW_EVENT)) runPolicyPreview(event.parm1);
}

describe('the policy preview in the background', () => {
  it('answers an id at once, then the script action replays with progress and stores the result', () => {
    const instance = freshInstance(() => NOW);
    recorded(3 * PROGRESS_EVERY);
    const seen: [string, string, string][] = [];
    instance.defineBusinessRule({
      table: TABLE.previewRun,
      insert: true,
      update: true,
      condition: '',
      script: (row) =>
        seen.push([
          row.getValue('state') ?? '',
          row.getValue('percent') ?? '',
          row.getValue('examined') ?? '',
        ]),
    });
    const started = startPolicyPreview({ settings: DEFAULT_SETTINGS, days: 30 }, admin);
    expect(started.ok).toBe(true);
    const id = started.ok ? started.id : '';
    expect(policyPreviewProgress(id)).toMatchObject({ state: 'queued', percent: 0, examined: 0 });
    expect(instance.events.map((e) => [e.name, e.table, e.parm1])).toEqual([
      [PREVIEW_EVENT, TABLE.previewRun, id],
    ]);

    processEvents(instance);
    const running = seen.filter(([state]) => state === 'running');
    // Progress is written every PROGRESS_EVERY rows, rising with the period read.
    expect(running.map(([, , examined]) => examined)).toEqual(['0', '250', '500', '750']);
    const percents = running.map(([, percent]) => Number(percent));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents[percents.length - 1]).toBeGreaterThan(85);
    const done = policyPreviewProgress(id);
    expect(done).toMatchObject({ state: 'done', percent: 100, examined: 750 });
    expect(done?.result).toMatchObject({ days: 30, tickets: 750, events: 750, truncated: false });

    // Delivered twice, the event changes nothing.
    processEvents(instance);
    expect(seen.filter(([state]) => state === 'running')).toHaveLength(running.length);
  });

  it('refuses at once what the core refuses: settings with problems, a caller who is not an admin', () => {
    const instance = freshInstance(() => NOW);
    expect(startPolicyPreview({ settings: { minimumSample: -1 } }, admin)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(startPolicyPreview({ settings: DEFAULT_SETTINGS, days: 91 }, admin)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      startPolicyPreview(
        { settings: DEFAULT_SETTINGS },
        { accountId: 'u-agent', roles: ['customer', 'agent'] },
      ),
    ).toMatchObject({ ok: false, status: 403 });
    expect(instance.rows(TABLE.previewRun)).toEqual([]);
    expect(instance.events).toEqual([]);
  });

  it('is bounded by the core in the ticket events it looks at', () => {
    expect(MAX_PREVIEW_EVENTS).toBe(20_000);
    freshInstance(() => NOW);
    recorded(30);
    const started = startPolicyPreview({ settings: DEFAULT_SETTINGS, days: 30 }, admin);
    runPolicyPreview(started.ok ? started.id : '');
    expect(policyPreviewProgress(started.ok ? started.id : '')?.examined).toBeLessThanOrEqual(
      MAX_PREVIEW_EVENTS,
    );
  });

  it('serves experience admins only, over the admin API: 202 with the id, then the progress', () => {
    const instance = freshInstance(() => NOW);
    instance.user = { id: 'u-xadmin', roles: ['x_xloop.experience_admin'] };
    const reply = { status: 0, body: undefined as unknown };
    const response = {
      setStatus: (s: number) => {
        reply.status = s;
      },
      setBody: (b: unknown) => {
        reply.body = b;
      },
    } as never;
    startPreviewRoute(
      {
        body: { dataString: JSON.stringify({ settings: DEFAULT_SETTINGS, days: 7 }) },
        getHeader: () => null,
      },
      response,
    );
    expect(reply.status).toBe(202);
    const id = (reply.body as { value: { id: string } }).value.id;
    previewProgressRoute({ pathParams: { id }, getHeader: () => null }, response);
    expect(reply).toMatchObject({ status: 200, body: { value: { id, state: 'queued' } } });
    previewProgressRoute({ pathParams: { id: 'nope' }, getHeader: () => null }, response);
    expect(reply.status).toBe(404);
    instance.user = { id: 'u-agent', roles: ['x_xloop.agent_viewer'] };
    startPreviewRoute({ body: { dataString: '{}' }, getHeader: () => null }, response);
    expect(reply.status).toBe(403);
  });
});
