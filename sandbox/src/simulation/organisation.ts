import type { InitiativeStatus, ScoreBand, Segment } from '@xloop/shared-core';
import { CALIBRATION } from './calibration';

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
  /** Added to quality: phone queues hurt, walk-in support helps. */
  readonly qualityShift: number;
}

/**
 * A problem in one segment (a service, a service through a channel, a team…): poorer quality, more lost time, the
 * factors its requesters pick more often and what they write. Where several apply, their effects add up.
 */
export interface HotSpot {
  readonly segment: Segment;
  readonly qualityShift: number;
  /** Multiplies the lost time of its tickets. */
  readonly lostTimeFactor: number;
  /** Multiplies the weight of a factor (by id) when its requesters pick factors. */
  readonly factors: Readonly<Record<string, number>>;
  /** What its requesters write, by score band; most of its comments come from here. */
  readonly comments: Readonly<Record<ScoreBand, readonly string[]>>;
}

/** A change that lifts quality in a segment from a day on: what an initiative's go-live simulates. */
export interface SimulatedFix {
  readonly segment: Segment;
  /** `YYYY-MM-DD`: resolutions from this day on are better. */
  readonly from: string;
  readonly qualityShift: number;
  /** Multiplies lost time from that day on (default 1). */
  readonly lostTimeFactor?: number;
}

/** One move of a seeded initiative on the improvement board. */
export interface BoardMove {
  /** Days from the last day of the seeded history: 0 is that day, −30 a month before. */
  readonly day: number;
  readonly status: InitiativeStatus;
  /** The change goes live with this move: its go-live date is set and its fix applies from this day. */
  readonly goLive?: boolean;
}

/**
 * An initiative in the seeded history, created from its opportunity through the core's services when the simulated
 * clock reaches its first move (so its baseline is frozen as the product freezes it), then moved along the board.
 */
export interface SeededInitiative {
  readonly id: string;
  readonly title: string;
  readonly hypothesis: string;
  readonly segment: Segment;
  readonly effort: number;
  readonly owner: string;
  /** The first move creates it (in `identified`); the others move it on. */
  readonly moves: readonly BoardMove[];
  /** What the change does to its segment from go-live on. */
  readonly fix?: { readonly qualityShift: number; readonly lostTimeFactor?: number };
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
  /** Chance a requester answers an invitation. */
  readonly responseRate: number;
  /** Chance a requester who left the invitation unanswered answers the reminder. */
  readonly reminderResponseRate: number;
  /** Share of requesters who are integrations and monitoring, never to be surveyed. */
  readonly serviceAccountShare: number;
  readonly hotSpots: readonly HotSpot[];
  readonly fixes: readonly SimulatedFix[];
  /** Initiatives of the seeded history, dated back from its last day. */
  readonly initiatives: readonly SeededInitiative[];
}

const { everydayQuality: everyday, channels, hotSpots } = CALIBRATION;

/**
 * A mid-sized internal IT desk (some 3,000 people) with a few MSP customers, spread over three time zones, calibrated
 * on the published benchmark (see `calibration.ts`), with three hot spots of different kinds and a finished and a
 * running initiative in its history.
 */
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
      quality: everyday,
      weight: 3,
      requestShare: 0.3,
    },
    { name: 'VPN', team: 'Network', category: 'Network', quality: everyday, weight: 1.8, requestShare: 0.15 },
    {
      name: 'Laptop',
      team: 'Field Services',
      category: 'Hardware',
      quality: everyday,
      weight: 3.4,
      requestShare: 0.45,
    },
    {
      name: 'Access',
      team: 'Identity',
      category: 'Accounts',
      quality: everyday,
      weight: 2,
      requestShare: 0.85,
    },
    {
      name: 'ERP',
      team: 'Business Apps',
      category: 'Software',
      quality: everyday,
      weight: 1.1,
      requestShare: 0.35,
    },
    {
      name: 'CRM',
      team: 'Business Apps',
      category: 'Software',
      quality: everyday,
      weight: 0.9,
      requestShare: 0.35,
    },
    {
      name: 'Teams',
      team: 'Collaboration',
      category: 'Software',
      quality: everyday,
      weight: 1.5,
      requestShare: 0.3,
    },
    {
      name: 'Password',
      team: 'Identity',
      category: 'Accounts',
      quality: everyday,
      weight: 1.4,
      requestShare: 0.7,
    },
    {
      name: 'Printing',
      team: 'Field Services',
      category: 'Hardware',
      quality: everyday,
      weight: 1,
      requestShare: 0.2,
    },
    {
      name: 'Phones',
      team: 'Network',
      category: 'Hardware',
      quality: everyday,
      weight: 0.8,
      requestShare: 0.6,
    },
  ],
  channels: Object.entries(channels).map(([name, channel]) => ({ name, ...channel })),
  locations: [
    { name: 'Helsinki', timeZone: 'Europe/Helsinki', weight: 4 },
    { name: 'Berlin', timeZone: 'Europe/Berlin', weight: 3 },
    { name: 'New York', timeZone: 'America/New_York', weight: 2 },
  ],
  customers: ['Internal', 'Acme Oy', 'Globex GmbH'],
  agentsPerTeam: 4,
  requesters: 3000,
  reopenRate: 0.06,
  responseRate: CALIBRATION.invitationAnswerRate,
  reminderResponseRate: CALIBRATION.reminderAnswerRate,
  serviceAccountShare: 0.03,
  hotSpots: [
    {
      segment: { service: 'Laptop', channel: 'phone' },
      ...hotSpots.laptopByPhone,
      factors: { slow: 3, 'not-informed': 3, 'more-updates': 2.5, 'could-be-faster': 1.5 },
      comments: {
        negative: [
          'On hold for 40 minutes, then no loaner laptop',
          'Two days without a laptop, the phone line kept me on hold',
          'Waited on hold again and nobody offered a loaner',
          'The phone queue left me on hold while my laptop was dead',
        ],
        neutral: [
          'Long hold on the phone, but the laptop works again',
          'Laptop repaired, though I waited a day for a loaner',
        ],
        positive: ['Laptop swapped the same day once I got through on the phone'],
      },
    },
    {
      segment: { service: 'VPN' },
      ...hotSpots.vpn,
      factors: { 'not-solved': 4, 'explain-several-times': 3, 'partly-solved': 4, 'unclear-instructions': 2 },
      comments: {
        negative: [
          'VPN disconnects every hour when I work from home',
          'Certificate expired again, the VPN disconnects and I cannot work from home',
          'Had to explain the VPN certificate problem three times',
          'The VPN still disconnects, the ticket was closed anyway',
        ],
        neutral: [
          'VPN works now but the certificate steps were confusing',
          'VPN fixed after a few tries, it still disconnects sometimes',
        ],
        positive: ['VPN certificate renewed while I waited, thanks'],
      },
    },
    {
      segment: { team: 'Business Apps' },
      ...hotSpots.businessApps,
      factors: {
        'closed-without-asking': 6,
        'not-informed': 2.5,
        'explain-several-times': 2,
        'more-updates': 3,
      },
      comments: {
        negative: [
          'Closed without asking me, the report still fails',
          'Bounced between queues for a week, every handover lost my details',
          'Nobody updated the ticket and then it was closed without asking',
          'Third handover to another queue, the invoice report still fails',
        ],
        neutral: [
          'Solved in the end after a handover between queues',
          'Works now, but I had to chase for updates after the handover',
        ],
        positive: ['The consultant fixed the report quickly'],
      },
    },
    {
      segment: { service: 'Access' },
      ...hotSpots.accessApprovals,
      factors: { slow: 2, 'not-delivered': 2, 'partly-delivered': 2 },
      comments: {
        negative: [
          'Access request waited days for my manager’s approval',
          'Still no access to the shared drive after a week of approvals',
          'The approval went to a manager on holiday, days lost',
        ],
        neutral: ['Got access in the end, the approval was slow'],
        positive: ['Access granted within the hour'],
      },
    },
  ],
  fixes: [],
  initiatives: [
    {
      id: 'seeded-access-approvals',
      title: 'Automate access approvals',
      hypothesis:
        'Access requests wait days for a manager’s approval. Pre-approved access packages for each role and approval reminders after four hours should cut the waiting and the lost time.',
      segment: { service: 'Access' },
      effort: 5,
      owner: 'csi-1',
      moves: [
        { day: -82, status: 'identified' },
        { day: -80, status: 'prioritised' },
        { day: -74, status: 'in-progress' },
        { day: -62, status: 'measuring', goLive: true },
        { day: -12, status: 'done' },
      ],
      fix: { qualityShift: -hotSpots.accessApprovals.qualityShift, lostTimeFactor: 0.5 },
    },
    {
      id: 'seeded-vpn-always-on',
      title: 'Always-on VPN with automatic certificate renewal',
      hypothesis:
        'VPN tickets lose the most work time: the client drops and certificates expire. An always-on client that renews its certificate by itself should remove most of them.',
      segment: { service: 'VPN' },
      effort: 8,
      owner: 'csi-1',
      moves: [
        { day: -16, status: 'identified' },
        { day: -13, status: 'prioritised' },
        { day: -6, status: 'in-progress' },
      ],
    },
  ],
};
