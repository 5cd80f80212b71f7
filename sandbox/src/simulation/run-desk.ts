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
  readonly tickets: number;
  readonly events: number;
  readonly invitations: number;
  readonly reminders: number;
  readonly answers: number;
  readonly rejectedAnswers: number;
}

export interface DeskRunOptions {
  /** First and last day on which tickets are created (`YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
  /** Run the clock on to this instant after the last ticket (default: the end of `to`). */
  readonly until?: Instant;
  /** How often dispatch runs, in simulated minutes (default 15). */
  readonly tickMinutes?: number;
  /** Called once per simulated day. */
  readonly onDay?: (day: string, index: number, days: number) => void;
}

type Agenda =
  | { readonly kind: 'event'; readonly event: TicketEvent }
  | { readonly kind: 'answer'; readonly answer: SimulatedAnswer };

/**
 * Runs the simulated desk through the core's services on the sandbox's stores, with simulated time: tickets are
 * created and resolved, dispatch runs every tick, requesters answer (or not) as their segment's quality suggests.
 * Deterministic for an organisation and a period.
 */
export function runDesk(
  ports: SandboxPorts,
  organisation: Organisation,
  options: DeskRunOptions,
): DeskRunSummary {
  const tick = (options.tickMinutes ?? 15) * MINUTE;
  const agenda = new TimeQueue<Agenda>();
  const first = dayNumber(options.from);
  const last = dayNumber(options.to);
  const start = Date.parse(`${options.from}T00:00:00Z`) - DAY;
  const until = options.until ?? Date.parse(`${options.to}T00:00:00Z`) + DAY;
  let cursor = ports.delivery.count();
  const summary = { tickets: 0, events: 0, invitations: 0, reminders: 0, answers: 0, rejectedAnswers: 0 };
  let nextDay = first;

  for (let now = start; now <= until; now += tick) {
    // A day's tickets join the agenda a day ahead: creation times fall in the requesters' own zones.
    while (
      nextDay <= last &&
      Date.parse(`${addDays(options.from, nextDay - first)}T00:00:00Z`) <= now + DAY
    ) {
      const day = addDays(options.from, nextDay - first);
      for (const simulated of ticketsOfDay(organisation, day, ports.zoned)) {
        summary.tickets++;
        for (const event of simulated.events) agenda.push(event.at, { kind: 'event', event });
      }
      options.onDay?.(day, nextDay - first, last - first + 1);
      nextDay++;
    }
    ports.clock.set(now);
    while ((agenda.peek() ?? Number.POSITIVE_INFINITY) <= now) {
      const item = agenda.pop();
      if (item?.kind === 'event') {
        summary.events++;
        settled(onTicketEvent(ports, item.event));
      } else if (item?.kind === 'answer') {
        const result = settled(submitResponse(ports, item.answer.submission));
        if (result.ok) summary.answers++;
        else summary.rejectedAnswers++;
      }
    }
    let more = true;
    while (more) more = settled(dispatchDue(ports, { limit: 200 })).more;
    const delivered = ports.delivery.after(cursor);
    cursor = delivered.cursor;
    for (const { message, createdAt } of delivered.messages) {
      if (message.kind === 'invitation') summary.invitations++;
      else summary.reminders++;
      const answer = simulateAnswer(organisation, message, createdAt);
      if (answer) agenda.push(answer.at, { kind: 'answer', answer });
    }
  }
  return summary;
}
