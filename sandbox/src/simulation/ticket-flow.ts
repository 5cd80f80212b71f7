import {
  addDays,
  DAY,
  dayNumber,
  HOUR,
  isoWeekday,
  MINUTE,
  type Segment,
  type Ticket,
  type TicketEvent,
  type ZonedTime,
} from '@xloop/shared-core';
import type { HotSpot, Organisation, SimulatedService } from './organisation';
import { normal, stream, weighted } from './random';

/** A simulated ticket with the quality of its handling, which its requester's answer will reflect. */
export interface SimulatedTicket {
  readonly ticket: Ticket;
  readonly quality: number;
  readonly events: readonly TicketEvent[];
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const PRIORITY_HOURS: Record<string, number> = { P1: 3, P2: 10, P3: 26, P4: 50 };

const within = (segment: Segment, part: Segment): boolean =>
  Object.keys(part).every((d) => segment[d as keyof Segment] === part[d as keyof Segment]);

/**
 * The hot spots a segment falls in, most specific first as the organisation lists them.
 * @example hotSpotsOf(organisation, { service: 'VPN', channel: 'phone' }).length // 1
 */
export function hotSpotsOf(organisation: Organisation, segment: Segment): readonly HotSpot[] {
  return organisation.hotSpots.filter((spot) => within(segment, spot.segment));
}

/**
 * How well a segment is served on a day: its service's quality, the channel's shift, its hot spots, and any
 * simulated fix in force. The answers of its requesters follow it.
 * @example qualityOf(organisation, { service: 'VPN', channel: 'phone' }, '2026-11-02') // 0.54
 */
export function qualityOf(organisation: Organisation, segment: Segment, day: string): number {
  const service = organisation.services.find((s) => s.name === segment.service);
  const channel = organisation.channels.find((c) => c.name === segment.channel);
  let quality = (service?.quality ?? 0.7) + (channel?.qualityShift ?? 0);
  for (const spot of hotSpotsOf(organisation, segment)) quality += spot.qualityShift;
  for (const fix of organisation.fixes) {
    if (within(segment, fix.segment) && day >= fix.from) quality += fix.qualityShift;
  }
  return clamp(quality, 0.02, 1);
}

/**
 * How much the lost time of a segment's tickets is multiplied on a day: by its hot spots, and by the fixes in force.
 * @example lostTimeFactorOf(organisation, { service: 'VPN' }, '2026-11-02') // 7
 */
export function lostTimeFactorOf(organisation: Organisation, segment: Segment, day: string): number {
  let factor = 1;
  for (const spot of hotSpotsOf(organisation, segment)) factor *= spot.lostTimeFactor;
  for (const fix of organisation.fixes) {
    if (within(segment, fix.segment) && day >= fix.from) factor *= fix.lostTimeFactor ?? 1;
  }
  return factor;
}

/** The requester behind a number: where they work, their language, and whether they are an integration. */
export function requesterOf(organisation: Organisation, n: number) {
  const next = stream(organisation.seed, `requester-${n}`);
  const location = weighted(organisation.locations, next);
  const isServiceAccount = n < Math.round(organisation.requesters * organisation.serviceAccountShare);
  const locale =
    location.name === 'Berlin'
      ? 'de-DE'
      : location.name === 'Helsinki'
        ? next() < 0.7
          ? 'fi-FI'
          : 'sv-FI'
        : 'en-US';
  return {
    requester: {
      id: isServiceAccount ? `svc-monitor-${n}` : `user-${n}`,
      email: isServiceAccount ? `monitor-${n}@example.com` : `user${n}@example.com`,
      displayName: isServiceAccount ? `Monitoring ${n}` : `User ${n}`,
      timeZone: location.timeZone,
      locale,
      ...(isServiceAccount ? { isServiceAccount: true } : {}),
    },
    location: location.name,
    customer: organisation.customers[n % organisation.customers.length] ?? 'Internal',
  };
}

/**
 * The tickets created on one day and everything that happens to them: creation in the requester's working hours,
 * resolution after a time that grows with priority and poor quality, sometimes a reopen and a second resolution,
 * closure five days later. The same organisation and day always give the same tickets.
 */
export function ticketsOfDay(organisation: Organisation, day: string, zoned: ZonedTime): SimulatedTicket[] {
  const next = stream(organisation.seed, `day-${day}`);
  const weekday = isoWeekday(day);
  const load = organisation.weekdayLoad[weekday - 1] ?? 1;
  const expected = organisation.ticketsPerWeekday * load;
  const count = Math.max(0, Math.round(expected + normal(next) * Math.sqrt(expected)));
  const tickets: SimulatedTicket[] = [];
  for (let i = 0; i < count; i++) {
    const service: SimulatedService = weighted(organisation.services, next);
    const channel = weighted(organisation.channels, next);
    const person = requesterOf(organisation, Math.floor(next() * organisation.requesters));
    const kind = next() < service.requestShare ? 'request' : 'incident';
    const roll = next();
    const priority =
      kind === 'incident'
        ? roll < 0.03
          ? 'P1'
          : roll < 0.15
            ? 'P2'
            : roll < 0.7
              ? 'P3'
              : 'P4'
        : roll < 0.6
          ? 'P3'
          : 'P4';
    const agent = `${service.team} agent ${1 + Math.floor(next() * organisation.agentsPerTeam)}`;
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const hour = 8 + Math.floor(next() * 9);
    const createdAt =
      zoned.fromLocal(
        { year, month, day: date, hour, minute: Math.floor(next() * 60) },
        person.requester.timeZone,
      ) + (weekday > 5 ? Math.floor(next() * 4) * HOUR : 0);
    const segment: Segment = {
      service: service.name,
      channel: channel.name,
      team: service.team,
      category: service.category,
      priority,
      location: person.location,
      customer: person.customer,
    };
    const id = `sandbox:${day.replace(/-/g, '')}-${String(i + 1).padStart(3, '0')}`;
    const base = {
      id,
      kind,
      title: `${service.name} ${kind === 'incident' ? 'problem' : 'request'}`,
      requester: person.requester,
      agentId: agent,
      requestType: kind === 'request' ? `${service.name} request` : `${service.name} incident`,
      segment,
      createdAt,
    } as const;
    const hours =
      (PRIORITY_HOURS[priority] ?? 24) *
      (1.6 - qualityOf(organisation, segment, day)) *
      Math.exp(0.6 * normal(next));
    const resolvedAt = createdAt + Math.max(10 * MINUTE, Math.round(hours * HOUR));
    const resolvedDay = addDays(day, Math.floor((resolvedAt - createdAt) / DAY));
    const quality = qualityOf(organisation, segment, resolvedDay);
    const code = next() < 0.03 ? 'Duplicate' : next() < 0.01 ? 'Cancelled' : 'Done';
    const events: TicketEvent[] = [
      { type: 'created', at: createdAt, ticket: { ...base, status: 'open' } },
      {
        type: 'resolved',
        at: resolvedAt,
        ticket: { ...base, status: 'resolved', resolvedAt, resolutionCode: code },
      },
    ];
    let finalResolution = resolvedAt;
    if (next() < organisation.reopenRate * (1.6 - quality)) {
      const reopenedAt = resolvedAt + Math.round((10 + next() * 3 * 24 * 60) * MINUTE);
      finalResolution = reopenedAt + Math.round((1 + next() * 20) * HOUR);
      events.push({ type: 'reopened', at: reopenedAt, ticket: { ...base, status: 'open' } });
      events.push({
        type: 'resolved',
        at: finalResolution,
        ticket: { ...base, status: 'resolved', resolvedAt: finalResolution, resolutionCode: code },
      });
    }
    const closedAt = finalResolution + 5 * DAY;
    events.push({
      type: 'closed',
      at: closedAt,
      ticket: { ...base, status: 'closed', resolvedAt: finalResolution, resolutionCode: code },
    });
    tickets.push({ ticket: { ...base, status: 'open' }, quality, events });
  }
  return tickets;
}

/** Every event of the tickets created from `from` to `to` (inclusive days), in time order. */
export function eventsBetween(
  organisation: Organisation,
  from: string,
  to: string,
  zoned: ZonedTime,
): TicketEvent[] {
  const events: TicketEvent[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const day = addDays(from, n - dayNumber(from));
    for (const simulated of ticketsOfDay(organisation, day, zoned)) events.push(...simulated.events);
  }
  return events.sort((a, b) => a.at - b.at || (a.ticket.id < b.ticket.id ? -1 : 1));
}
