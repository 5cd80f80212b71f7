import { GlideSecureRandomUtil, gs } from '@servicenow/glide';
import {
  type Caller,
  type Instant,
  type Ports,
  type ResolverResult,
  resolve,
  settled,
  type TicketHistory,
} from '../core/xloop-core.js';
import { glidePorts } from '../glide-ports';
import { firstRow, insert, write } from '../glide-rows';
import { PREVIEW_EVENT, TABLE } from '../tables';
import { readTicketEvents } from '../ticket-events/ticket-history';

/** Rows read between two progress writes: often enough to move the bar, rarely enough to cost little. */
export const PROGRESS_EVERY = 250;

/** What the settings page polls: how far a preview is, and its result or error once finished. */
export interface PreviewProgress {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  /** 0–100: how far through the period's ticket events the replay has read; 100 when finished. */
  readonly percent: number;
  /** Ticket events looked at so far, at most the core's `MAX_PREVIEW_EVENTS`. */
  readonly examined: number;
  readonly result?: unknown;
  readonly error?: string;
}

/** What a run keeps to do its work later, as someone else: the request and who made it. */
interface PreviewRequest {
  readonly payload: unknown;
  readonly caller: Caller;
}

type Refusal = Extract<ResolverResult, { ok: false }>;

/**
 * Starts a policy preview in the background and answers its id at once. The request is first checked exactly as
 * the core's `previewPolicy` resolver checks it (roles, settings, days), over an empty history, so a refusal is
 * immediate; the replay itself runs in the script action of `x_xloop.preview.run` (`runPolicyPreview`).
 * @example startPolicyPreview({ settings, days: 30 }, currentCaller()) // { ok: true, id: 'p-…' }
 */
export function startPolicyPreview(
  payload: unknown,
  caller: Caller,
  ports: Ports = glidePorts(),
): { readonly ok: true; readonly id: string } | Refusal {
  const empty: TicketHistory = { ticketEvents: () => ({ events: [], complete: true }) };
  const checked = settled(resolve({ ...ports, history: empty }, 'previewPolicy', payload, caller));
  if (!checked.ok) return checked;
  const id = `p-${ports.clock.now().toString(36)}-${GlideSecureRandomUtil.getSecureRandomString(8)}`;
  const request: PreviewRequest = { payload, caller };
  insert(TABLE.previewRun, {
    run_id: id,
    requested_by: caller.accountId,
    state: 'queued',
    request: JSON.stringify(request),
    examined: 0,
    percent: 0,
  });
  const row = firstRow(TABLE.previewRun, { where: [['run_id', '=', id]] });
  if (row) gs.eventQueue(PREVIEW_EVENT, row, id, '');
  return { ok: true, id };
}

/**
 * The script action of `x_xloop.preview.run`: replays the run's request with the core's `previewPolicy`, writing
 * progress as it reads the recorded ticket events, then the result. The core bounds the events read
 * (`MAX_PREVIEW_EVENTS`, the result then `truncated`). A run not queued (delivered twice) is left alone.
 */
export function runPolicyPreview(id: string, ports: Ports = glidePorts()): void {
  const row = firstRow(TABLE.previewRun, { where: [['run_id', '=', id]] });
  if (!row) return;
  if (row.getValue('state') !== 'queued') return;
  const save = (values: Record<string, string | number>) => {
    write(row, values);
    row.update();
  };
  save({ state: 'running' });
  try {
    const request = JSON.parse(row.getValue('request') ?? '{}') as PreviewRequest;
    let examined = 0;
    // Percent is how far through the period the rows read have come; the last 5 are the replay itself.
    const history: TicketHistory = {
      ticketEvents: (since: Instant, until: Instant, limit: number) =>
        readTicketEvents(since, until, limit, (read, at) => {
          examined = read;
          if (read % PROGRESS_EVERY !== 0 || at === undefined) return;
          const through = until > since ? (at - since) / (until - since) : 1;
          save({ examined: read, percent: Math.max(0, Math.min(95, Math.floor(through * 95))) });
        }),
    };
    const result = settled(resolve({ ...ports, history }, 'previewPolicy', request.payload, request.caller));
    if (result.ok) save({ state: 'done', percent: 100, examined, result: JSON.stringify(result.value) });
    else save({ state: 'failed', examined, error: result.message });
  } catch (error) {
    save({ state: 'failed', error: String(error).slice(0, 1000) });
  }
}

/** A run's progress, or `undefined` when there is no such run (or it was cleaned up, after a day). */
export function policyPreviewProgress(id: string): PreviewProgress | undefined {
  const row = firstRow(TABLE.previewRun, { where: [['run_id', '=', id]] });
  if (!row) return undefined;
  const state = (row.getValue('state') ?? 'queued') as PreviewProgress['state'];
  const result = row.getValue('result');
  const error = row.getValue('error');
  return {
    id,
    state,
    percent: Number(row.getValue('percent') ?? 0),
    examined: Number(row.getValue('examined') ?? 0),
    ...(result ? { result: JSON.parse(result) as unknown } : {}),
    ...(error ? { error } : {}),
  };
}
