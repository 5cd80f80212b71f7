import {
  addDays,
  DAY,
  dayNumber,
  dispatchDue,
  type Instant,
  MINUTE,
  onTicketEvent,
  settled,
  submitResponse,
  type TicketEvent,
} from '@xloop/shared-core';
import type { SandboxPorts } from '../sandbox-ports';
import { type SimulatedAnswer, simulateAnswer } from './answers';
import type { Organisation } from './organisation';
import { TimeQueue } from './queue';
import { applyBoardMove, boardMoves, type DueMove, withSeededHistory } from './seeded-history';
import { ticketsOfDay } from './ticket-flow';

export interface DeskRunSummary {
  tickets: number;
  events: number;
  invitations: number;
  reminders: number;
  answers: number;
  rejectedAnswers: number;
}

type Agenda =
  | { readonly kind: 'event'; readonly event: TicketEvent }
  | { readonly kind: 'answer'; readonly answer: SimulatedAnswer };

const midnight = (day: string): Instant => Date.parse(`${day}T00:00:00Z`);

export interface DeskRunnerOptions {
  readonly tickMinutes?: number;
  /** The last day on which tickets are created (default: no end). */
  readonly lastDay?: string;
  /**
   * The last day of the seeded history: the organisation's initiatives are dated back from it, made on the board
   * when the simulated clock reaches them (those created before the first day are left out), and the fixes they
   * went live with apply. Without it the desk has no initiatives and no fixes but the organisation's own.
   */
  readonly seedEnd?: string;
}

/**
 * Drives the simulated desk through the core's services on the sandbox's stores, in simulated time that only moves
 * forward: tickets are created and resolved, dispatch runs every tick, requesters answer (or not) as their
 * segment's quality suggests, and a CSI manager moves the seeded initiatives on the board. Deterministic for an
 * organisation, a first day and a seed end, however the time is advanced.
 */
export class DeskRunner {
  readonly summary: DeskRunSummary = {
    tickets: 0,
    events: 0,
    invitations: 0,
    reminders: 0,
    answers: 0,
    rejectedAnswers: 0,
  };
  private readonly agenda = new TimeQueue<Agenda>();
  private readonly organisation: Organisation;
  private readonly moves: DueMove[];
  private readonly tick: number;
  private nextDay: number;
  private now: Instant;
  private cursor: number;

  constructor(
    private readonly ports: SandboxPorts,
    organisation: Organisation,
    private readonly firstDay: string,
    options: DeskRunnerOptions = {},
  ) {
    this.organisation =
      options.seedEnd === undefined ? organisation : withSeededHistory(organisation, options.seedEnd);
    this.moves = options.seedEnd === undefined ? [] : boardMoves(organisation, options.seedEnd, firstDay);
    this.tick = (options.tickMinutes ?? 15) * MINUTE;
    this.nextDay = dayNumber(firstDay);
    this.lastDay = options.lastDay === undefined ? Number.POSITIVE_INFINITY : dayNumber(options.lastDay);
    this.now = midnight(firstDay) - DAY;
    this.cursor = ports.delivery.count();
  }

  private readonly lastDay: number;

  /** The simulated instant reached so far. */
  get reached(): Instant {
    return this.now;
  }

  /** Runs simulated time on to `until`, tick by tick; `onDay` hears of each new day of tickets. */
  advanceTo(until: Instant, onDay?: (day: string) => void): DeskRunSummary {
    const { ports, summary } = this;
    while (this.now + this.tick <= until) {
      this.now += this.tick;
      // A day's tickets join the agenda a day ahead: creation times fall in the requesters' own zones.
      while (this.nextDay <= this.lastDay && midnight(this.dayOf(this.nextDay)) <= this.now + DAY) {
        const day = this.dayOf(this.nextDay);
        for (const simulated of ticketsOfDay(this.organisation, day, ports.zoned)) {
          summary.tickets++;
          for (const event of simulated.events) this.agenda.push(event.at, { kind: 'event', event });
        }
        onDay?.(day);
        this.nextDay++;
      }
      ports.clock.set(this.now);
      // A tick's events, answers, board moves and dispatch commit together, each store's own transactions nesting
      // inside as savepoints: fewer commits make seeding faster, and a tick is either all stored or not at all.
      this.transaction(() => {
        while ((this.agenda.peek() ?? Number.POSITIVE_INFINITY) <= this.now) {
          const item = this.agenda.pop();
          if (item?.kind === 'event') {
            summary.events++;
            ports.history.record(item.event);
            settled(onTicketEvent(ports, item.event));
          } else if (item?.kind === 'answer') {
            const result = settled(submitResponse(ports, item.answer.submission));
            if (result.ok) summary.answers++;
            else summary.rejectedAnswers++;
          }
        }
        while ((this.moves[0]?.at ?? Number.POSITIVE_INFINITY) <= this.now) {
          applyBoardMove(ports, this.moves.shift() as DueMove);
        }
        let more = true;
        while (more) more = settled(dispatchDue(ports, { limit: 200 })).more;
        const delivered = ports.delivery.after(this.cursor);
        this.cursor = delivered.cursor;
        for (const { message, createdAt } of delivered.messages) {
          if (message.kind === 'invitation') summary.invitations++;
          else summary.reminders++;
          const answer = simulateAnswer(this.organisation, message, createdAt);
          if (answer) this.agenda.push(answer.at, { kind: 'answer', answer });
        }
      });
    }
    return summary;
  }

  private transaction(work: () => void): void {
    this.ports.db.transaction(work)();
  }

  private dayOf(n: number): string {
    return addDays(this.firstDay, n - dayNumber(this.firstDay));
  }
}

export interface DeskRunOptions {
  /** First and last day on which tickets are created (`YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
  /** Run the clock on to this instant (default: the end of the day after `to`). */
  readonly until?: Instant;
  readonly tickMinutes?: number;
  /** The last day of the seeded history, which the organisation's initiatives are dated back from (see `DeskRunnerOptions`). */
  readonly seedEnd?: string;
  readonly onDay?: (day: string) => void;
}

/** Runs the simulated desk over a fixed period in one go. */
export function runDesk(
  ports: SandboxPorts,
  organisation: Organisation,
  options: DeskRunOptions,
): DeskRunSummary {
  const runner = new DeskRunner(ports, organisation, options.from, {
    lastDay: options.to,
    ...(options.tickMinutes !== undefined ? { tickMinutes: options.tickMinutes } : {}),
    ...(options.seedEnd !== undefined ? { seedEnd: options.seedEnd } : {}),
  });
  return runner.advanceTo(options.until ?? midnight(options.to) + 2 * DAY, options.onDay);
}
