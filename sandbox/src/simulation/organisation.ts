import type { Segment } from '@xloop/shared-core';

/** A service the desk supports, who handles it, and how well it goes (0 dreadful … 1 flawless). */
export interface SimulatedService {
  readonly name: string;
  readonly team: string;
  readonly category: string;
  readonly quality: number;
  /** Share of the ticket flow. */
  readonly weight: number;
  /** Share of its tickets that are requests rather than incidents. */
  readonly requestShare: number;
}

export interface SimulatedLocation {
  readonly name: string;
  readonly timeZone: string;
  readonly weight: number;
}

export interface SimulatedChannel {
  readonly name: string;
  readonly weight: number;
  /** Added to quality: phone queues hurt, the portal helps. */
  readonly qualityShift: number;
}

/** A change that lifts quality in a segment from a day on: what an initiative's go-live simulates. */
export interface SimulatedFix {
  readonly segment: Segment;
  /** `YYYY-MM-DD`: resolutions from this day on are better. */
  readonly from: string;
  readonly qualityShift: number;
}

/** A whole simulated organisation: everything the ticket flow and the answers depend on. */
export interface Organisation {
  readonly seed: number;
  /** Tickets created on an average weekday; weekends get `weekendShare` of it. */
  readonly ticketsPerWeekday: number;
  readonly weekendShare: number;
  /** Relative load Monday … Sunday (Mondays are busiest). */
  readonly weekdayLoad: readonly number[];
  readonly services: readonly SimulatedService[];
  readonly channels: readonly SimulatedChannel[];
  readonly locations: readonly SimulatedLocation[];
  /** MSP customers whose users raise the tickets. */
  readonly customers: readonly string[];
  readonly agentsPerTeam: number;
  readonly requesters: number;
  /** Chance a resolved ticket is reopened (a poor fix); more likely where quality is low. */
  readonly reopenRate: number;
  /** Chance a requester answers an invitation (a reminder brings some more). */
  readonly responseRate: number;
  /** Share of requesters who are integrations and monitoring, never to be surveyed. */
  readonly serviceAccountShare: number;
  readonly fixes: readonly SimulatedFix[];
}

/** A mid-sized internal IT desk with a few MSP customers, spread over three time zones. */
export const DEFAULT_ORGANISATION: Organisation = {
  seed: 2026,
  ticketsPerWeekday: 90,
  weekendShare: 0.12,
  weekdayLoad: [1.3, 1.1, 1, 1, 0.85, 0.12, 0.1],
  services: [
    {
      name: 'Email',
      team: 'Collaboration',
      category: 'Software',
      quality: 0.82,
      weight: 3,
      requestShare: 0.3,
    },
    { name: 'VPN', team: 'Network', category: 'Network', quality: 0.45, weight: 2, requestShare: 0.2 },
    {
      name: 'Laptop',
      team: 'Field Services',
      category: 'Hardware',
      quality: 0.7,
      weight: 2,
      requestShare: 0.5,
    },
    { name: 'Access', team: 'Identity', category: 'Accounts', quality: 0.6, weight: 2.5, requestShare: 0.85 },
    {
      name: 'ERP',
      team: 'Business Apps',
      category: 'Software',
      quality: 0.65,
      weight: 1.5,
      requestShare: 0.4,
    },
    {
      name: 'Printing',
      team: 'Field Services',
      category: 'Hardware',
      quality: 0.75,
      weight: 1,
      requestShare: 0.2,
    },
    { name: 'Phones', team: 'Network', category: 'Hardware', quality: 0.8, weight: 0.8, requestShare: 0.6 },
  ],
  channels: [
    { name: 'portal', weight: 5, qualityShift: 0.05 },
    { name: 'email', weight: 3, qualityShift: 0 },
    { name: 'phone', weight: 2, qualityShift: -0.15 },
    { name: 'chat', weight: 1.5, qualityShift: 0.03 },
  ],
  locations: [
    { name: 'Helsinki', timeZone: 'Europe/Helsinki', weight: 4 },
    { name: 'Berlin', timeZone: 'Europe/Berlin', weight: 3 },
    { name: 'New York', timeZone: 'America/New_York', weight: 2 },
  ],
  customers: ['Internal', 'Acme Oy', 'Globex GmbH'],
  agentsPerTeam: 4,
  requesters: 900,
  reopenRate: 0.06,
  responseRate: 0.4,
  serviceAccountShare: 0.03,
  fixes: [],
};
