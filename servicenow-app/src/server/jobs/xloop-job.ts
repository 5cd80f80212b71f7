import { GlideDateTime, gs } from '@servicenow/glide';
import { dispatchDue, settled } from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { backfillPlatformColumns } from '../platform-columns';
import { ensureKeyring } from '../stores/property-settings-store';
import { sweepResolutions } from '../ticket-events/resolution-sweep';
import { acquireLock } from './job-lock';
import { EVENT_RETENTION_DAYS, processTicketEvents, pruneTicketEvents } from './process-ticket-events';

/** Work per batch, and the time after which the run takes no new batch: the next run goes on from there. */
export const BATCH = { events: 50, rollupChanges: 200, surveys: 50 } as const;
export const TIME_BUDGET_MS = 30_000;

/** How long a run holds the job's lock at most: its time budget, one batch past it, and margin. */
export const LOCK_TTL_MS = 3 * TIME_BUDGET_MS;

export interface JobRun {
  /** `false` when another run held the lock, and this one did nothing. */
  readonly ran: boolean;
  readonly events: number;
  readonly rollupChanges: number;
  readonly surveys: number;
  readonly more: boolean;
}

/**
 * The scheduled job (every minute): the heavy work no user transaction does. In bounded batches until nothing is
 * left or the time budget is spent: records resolutions no business rule saw, decides on recorded ticket events, folds logged rollup changes into their rows,
 * then dispatches due surveys (invitations, reminders, expiry) with the core's `dispatchDue`.
 */
export function runXLoopJob(now: () => number = () => new GlideDateTime().getNumericValue()): JobRun {
  const started = now();
  // One run at a time: "Execute Now" beside the schedule, or a run that overran, must not fold the same changes.
  const lock = acquireLock('xloop-job', started, LOCK_TTL_MS);
  if (!lock) {
    gs.info('XLoop job: another run holds the lock; this run does nothing.');
    return { ran: false, events: 0, rollupChanges: 0, surveys: 0, more: false };
  }
  try {
    return work(now, started);
  } finally {
    lock.release();
  }
}

function work(now: () => number, started: number): JobRun {
  const ports = glidePorts();
  const inTime = () => now() - started < TIME_BUDGET_MS;
  let events = 0;
  let rollupChanges = 0;
  let surveys = 0;
  let more = true;
  // The one-click keyring is made here, on the first run after install, never by a request from a link.
  ensureKeyring();
  // Resolutions written without business rules (setWorkflow(false), some integrations) join the inbox first.
  sweepResolutions(started, BATCH.events);
  for (let batch: number = BATCH.events; batch === BATCH.events && inTime(); ) {
    batch = processTicketEvents(ports, BATCH.events, now());
    events += batch;
  }
  while (more && inTime()) {
    const result = settled(dispatchDue(ports, { limit: BATCH.surveys }));
    surveys += result.processed;
    more = result.more;
  }
  // Folding last: what dispatch and the events just logged is folded in the same run.
  for (let batch: number = BATCH.rollupChanges; batch === BATCH.rollupChanges && inTime(); ) {
    batch = ports.rollups.fold(BATCH.rollupChanges);
    rollupChanges += batch;
  }
  if (inTime()) pruneTicketEvents(started - EVENT_RETENTION_DAYS * 86_400_000, BATCH.events);
  // Rows from before the platform columns existed get them, a batch a run.
  if (inTime()) backfillPlatformColumns(BATCH.surveys);
  const run = { ran: true, events, rollupChanges, surveys, more: more || !inTime() };
  if (events + rollupChanges + surveys > 0) gs.info(`XLoop job: ${JSON.stringify(run)}`);
  return run;
}

/** The scheduled script's entry point. */
export function xloopJob(): void {
  runXLoopJob();
}
