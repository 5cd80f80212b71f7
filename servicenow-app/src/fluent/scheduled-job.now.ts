import '@servicenow/sdk/global';
import { ScheduledScript } from '@servicenow/sdk/core';
import { xloopJob } from '../server/jobs/xloop-job';

// Every minute: recorded ticket events, due surveys (invitations, reminders, expiry) and rollup folding, in
// bounded batches within a 30-second budget; what is left waits for the next run.
ScheduledScript({
  $id: Now.ID['job-xloop'],
  name: 'XLoop: decide, dispatch and roll up',
  active: true,
  frequency: 'periodically',
  executionInterval: { minutes: 1 },
  executionStart: '2026-01-01 00:00:00',
  timeZone: 'UTC',
  script: xloopJob,
});
