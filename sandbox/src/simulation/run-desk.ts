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

/**
 * Drives the simulated desk through the core's services on the sandbox's stores, in simulated time that only moves
 * forward: tickets are created and resolved, dispatch runs every tick, requesters answer (or not) as their
 * segment's quality suggests. Deterministic for an organisation and a first day, however the time is advanced.
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
  private readonly tick: number;
  private nextDay: number;
  private now: Instant;
  private cursor: number;

  constructor(
    private readonly ports: SandboxPorts,
    private readonly organisation: Organisation,
    private readonly firstDay: string,
    options: { readonly tickMinutes?: number; readonly lastDay?: string } = {},
  ) {
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
    }
    return summary;
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
  });
  return runner.advanceTo(options.until ?? midnight(options.to) + 2 * DAY, options.onDay);
}
