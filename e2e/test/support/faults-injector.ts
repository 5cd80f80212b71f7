import { random } from '@xloop/shared-core';
import { delay, HttpResponse } from 'msw';

/** The ways a platform's API lets a caller down: refusals, outages, answers that never come, dropped sockets. */
export const FAULT_KINDS = ['429', '500', '502', '503', 'timeout', 'network'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

// A 429 or 503 refuses the request before it is processed; the others may come after the site has done the work.
const AMBIGUOUS: ReadonlySet<FaultKind> = new Set(['500', '502', 'timeout', 'network']);

/**
 * Decides, from a seed, which calls fail and how: the same seed fails the same calls, so a failing run can be
 * replayed. Counts what it did, for the figures a reliability run prints.
 */
export class Faults {
  calls = 0;
  readonly injected: Record<FaultKind, number> = {
    '429': 0,
    '500': 0,
    '502': 0,
    '503': 0,
    timeout: 0,
    network: 0,
  };
  /** Writes the site carried out although the caller saw a failure. */
  acceptedThenFailed = 0;
  private readonly next: () => number;

  constructor(
    seed: number,
    readonly rate = 0.2,
    /** How long a "time-out" answer takes: well beyond the caller's own time-out. */
    readonly hangMs = 150,
  ) {
    this.next = random(seed);
  }

  /** The fault for the next call, if it gets one. */
  draw(): FaultKind | undefined {
    this.calls++;
    if (this.next() >= this.rate) return undefined;
    const kind = FAULT_KINDS[Math.floor(this.next() * FAULT_KINDS.length)] as FaultKind;
    this.injected[kind]++;
    return kind;
  }

  get total(): number {
    return Object.values(this.injected).reduce((a, b) => a + b, 0);
  }

  /**
   * Answers one call through the fault plan. `answer` does the site's work and builds its reply; for a write
   * (`write: true`) an ambiguous fault does that work half the time before failing, as a site that commits and then
   * loses the connection or its gateway does.
   */
  async answer(answer: () => Response | Promise<Response>, write = false): Promise<Response> {
    const kind = this.draw();
    if (kind === undefined) return answer();
    if (write && AMBIGUOUS.has(kind) && this.next() < 0.5) {
      this.acceptedThenFailed++;
      await answer();
    }
    switch (kind) {
      case '429':
        return HttpResponse.json(
          { errorMessages: ['Rate limit exceeded'] },
          { status: 429, headers: { 'Retry-After': String(1 + Math.floor(this.next() * 5)) } },
        );
      case 'timeout':
        await delay(this.hangMs);
        return HttpResponse.json({ errorMessages: ['too late'] }, { status: 504 });
      case 'network':
        return HttpResponse.error();
      default:
        return HttpResponse.json({ errorMessages: [`fault ${kind}`] }, { status: Number(kind) });
    }
  }

  /** One line of figures. */
  summary(): string {
    const kinds = FAULT_KINDS.map((k) => `${k}=${this.injected[k]}`).join(' ');
    return `${this.calls} calls, ${this.total} faults (${kinds}), ${this.acceptedThenFailed} writes accepted then failed`;
  }
}
