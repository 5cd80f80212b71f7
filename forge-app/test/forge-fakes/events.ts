import { createRequire } from 'node:module';
import { currentInvocation } from './invocation';

// `@forge/events` replaced at the module edge. `Queue` is the package's own class given a fake transport in place
// of Forge's queue service, so the package's client-side checks run unchanged
// (node_modules/@forge/events/out/validators.js, @forge/events 3.0.8): at most 50 events per push
// (`TooManyEventsError`), at most 200 KB for the pushed events together (`PayloadTooBigError`), `delayInSeconds`
// from 0 to 900 (`InvalidPushSettingsError`), an object `body` (`InvalidPayloadError`), queue keys of letters,
// digits, `-` and `_` (`InvalidQueueNameError`). The fake service adds what Forge checks on its side, answering as the
// service does so that the package raises its own error classes (validators.js `validatePushAPIResponse`):
// - 500 events per minute per installation (https://developer.atlassian.com/platform/forge/limits-async-events):
//   answered 429 → `RateLimitError`;
// - cyclic invocation limit, 1000 push requests across a chain of handlers started by one invocation (same page):
//   answered 405 → `InvocationLimitReachedError`.
// The async-events API page documents `concurrency: { key, limit }` without bounds; the fake records it and the
// consumer runner honours it (no two events with the same key run at once beyond `limit`).

const require = createRequire(import.meta.url);
const real = require('@forge/events') as typeof import('@forge/events');

export const EVENTS_PER_MINUTE = 500;
export const PUSHES_PER_CHAIN = 1000;

export interface PushedEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Record<string, unknown>;
  readonly delayInSeconds?: number;
  readonly concurrency?: { key: string; limit: number };
  /** When it may run (ms since the epoch). */
  readonly runAt: number;
  /** The chain it belongs to: the first invocation of the pushing chain. */
  readonly origin: number;
}

/** Every push request the service received, accepted or not. */
export interface PushRequestSeen {
  readonly invocation: number;
  /** The first invocation of the chain that pushed it. */
  readonly origin: number;
  readonly queueName: string;
  readonly events: number;
  readonly bytes: number;
  readonly status: number;
}

/** Accepted pushes in the rate window. */
const accepted: { time: number; events: number }[] = [];

export const queues = {
  requests: [] as PushRequestSeen[],
  pending: [] as PushedEvent[],
  running: new Map<string, number>(),
  reset() {
    queues.requests.length = 0;
    queues.pending.length = 0;
    queues.running.clear();
    accepted.length = 0;
  },
  /**
   * Takes the next event of `queueName` that may run now (its delay passed, and its concurrency key below its
   * limit), as the platform does before it invokes the consumer.
   */
  take(queueName: string, now = Date.now()): PushedEvent | undefined {
    const index = queues.pending.findIndex(
      (event) =>
        event.queueName === queueName &&
        event.runAt <= now &&
        (!event.concurrency || (queues.running.get(event.concurrency.key) ?? 0) < event.concurrency.limit),
    );
    if (index < 0) return undefined;
    const [event] = queues.pending.splice(index, 1);
    return event;
  },
  /** Runs `consumer` on an event taken from the queue, holding its concurrency slot while it runs. */
  async run<T>(event: PushedEvent, consumer: (event: PushedEvent) => Promise<T>): Promise<T> {
    const key = event.concurrency?.key;
    if (key) queues.running.set(key, (queues.running.get(key) ?? 0) + 1);
    try {
      return await consumer(event);
    } finally {
      if (key) queues.running.set(key, (queues.running.get(key) ?? 1) - 1);
    }
  },
};

const answer = (status: number, body: unknown = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Forge's queue service as the package's transport sees it: `POST /webhook/queue/publish/…`. */
async function queueService(path: string, init?: { body?: unknown }) {
  if (!path.startsWith('/webhook/queue/publish/')) return answer(404, { message: `no ${path}` });
  const raw = String(init?.body ?? '{}');
  const request = JSON.parse(raw) as {
    queueName: string;
    jobId: string;
    payload: {
      body: Record<string, unknown>;
      delayInSeconds?: number;
      concurrency?: { key: string; limit: number };
    }[];
  };
  const invocation = currentInvocation();
  const now = Date.now();
  const record = (status: number) =>
    queues.requests.push({
      invocation: invocation.id,
      origin: invocation.origin,
      queueName: request.queueName,
      events: request.payload.length,
      bytes: Buffer.byteLength(raw),
      status,
    });
  const chain = queues.requests.filter(
    (seen) => seen.status === 201 && seen.origin === invocation.origin,
  ).length;
  if (chain >= PUSHES_PER_CHAIN) {
    record(405);
    return answer(405);
  }
  const lastMinute = accepted.filter((at) => at.time > now - 60_000).reduce((sum, at) => sum + at.events, 0);
  if (lastMinute + request.payload.length > EVENTS_PER_MINUTE) {
    record(429);
    return answer(429);
  }
  record(201);
  accepted.push({ time: now, events: request.payload.length });
  request.payload.forEach((event, index) => {
    queues.pending.push({
      queueName: request.queueName,
      jobId: request.jobId,
      eventId: `${request.jobId}#${index}`,
      body: event.body,
      ...(event.delayInSeconds !== undefined ? { delayInSeconds: event.delayInSeconds } : {}),
      ...(event.concurrency ? { concurrency: event.concurrency } : {}),
      runAt: now + (event.delayInSeconds ?? 0) * 1000,
      origin: invocation.origin,
    });
  });
  return answer(201, {});
}

export class Queue extends real.Queue {
  constructor(params: { key: string }) {
    super(params, queueService as never);
  }
}

export const {
  InvalidQueueNameError,
  TooManyEventsError,
  PayloadTooBigError,
  NoEventsToPushError,
  RateLimitError,
  PartialSuccessError,
  InternalServerError,
  JobDoesNotExistError,
  InvalidPushSettingsError,
  InvocationLimitReachedError,
  InvocationError,
  InvocationErrorCode,
  JobProgress,
  QueueResponse,
  appEvents,
} = real;
