import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../src/server/core/xloop-core.js';
import * as previewRun from '../src/server/preview/policy-preview-run';
import { PREVIEW_EVENT, TABLE } from '../src/server/tables';
import { freshInstance } from './app-instance';
import { builtRecords, recordsOf } from './built-app';
import { gs } from './glide-stand-in';

// The policy preview as the instance runs it: the start route queues x_xloop.preview.run, and the event processor
// runs the built script action with `event` (parm1 the run id) after the request has ended.
const records = builtRecords();
const PREFIX = 'x_xloop/@xloop/servicenow-app/0.1.0/src/server/';

describe('the policy preview in the background, as built', () => {
  it('registers the event on the run table, and a script action that requires an uploaded module', () => {
    const [event] = recordsOf(records, 'sysevent_register').filter(
      (r) => r.fields.event_name === PREVIEW_EVENT,
    );
    expect(event?.fields.table).toBe(TABLE.previewRun);
    const [action] = recordsOf(records, 'sysevent_script_action');
    expect(action?.fields).toMatchObject({ event_name: PREVIEW_EVENT, active: 'true' });
    const required = action?.fields.script?.match(/require\('([^']+)'\)/)?.[1];
    expect(recordsOf(records, 'sys_module').map((m) => m.fields.path)).toContain(required);
  });

  it('runs the queued preview when the event processor runs the built script action', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 25, 12));
    instance.user = { id: 'u-xadmin', roles: ['x_xloop.experience_admin'] };
    const started = previewRun.startPolicyPreview(
      { settings: DEFAULT_SETTINGS, days: 30 },
      { accountId: 'u-xadmin', roles: ['customer', 'admin'] },
    );
    expect(started.ok).toBe(true);
    const [action] = recordsOf(records, 'sysevent_script_action');
    const require = (path: string) => {
      if (path !== `${PREFIX}preview/policy-preview-run.ts`) throw new Error(`No module ${path} here.`);
      return previewRun;
    };
    // The event processor runs as the system, not as the admin who asked.
    instance.user = { id: 'system', roles: [] };
    for (const queued of instance.events.filter((e) => e.name === PREVIEW_EVENT))
      new Function('event', 'current', 'require', 'gs', action?.fields.script ?? '')(
        { parm1: queued.parm1, parm2: queued.parm2 },
        undefined,
        require,
        gs,
      );
    expect(previewRun.policyPreviewProgress(started.ok ? started.id : '')).toMatchObject({
      state: 'done',
      percent: 100,
      result: { days: 30, tickets: 0, truncated: false },
    });
  });
});
