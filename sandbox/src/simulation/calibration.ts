import type { ScoreBand, TicketKind } from '@xloop/shared-core';

/**
 * Every number the seeded desk is calibrated with, in one place, each with the published figure it aims at. The
 * figures are HappySignals' Global IT Experience Benchmark (end-user answers to resolved IT tickets, happiness
 * computed as XLoop computes it: % of 9–10 minus % of 0–6); sandbox/README.md cites the reports.
 */

/** The published ranges a full 120-day seed must fall in; the calibration test checks them. */
export const PUBLISHED_RANGES = {
  /** Incidents: +67 (Q4 2019, 298,339 answers) to about +80 (full year 2023, 1.86 M answers). */
  incidentHappiness: [67, 80],
  /** Requests: +76 (Q4 2019, 207,198 answers) to about +85 (full year 2023). */
  requestHappiness: [76, 85],
  /** Incidents lose about three hours each: 3 h 01 min (Q4 2019), around 3 h in later reports. */
  incidentLostMinutes: [165, 200],
  /** Requests: 2 h 32 min (Q4 2019) to about 2 h 40 min (later reports). */
  requestLostMinutes: [140, 175],
  /** Answered / sent for one-click ticket surveys: typically 15–25 %. */
  responseRate: [0.15, 0.25],
} as const;

/** What drives the answers; the comment on each says which published figure it is tuned to. */
export const CALIBRATION = {
  /**
   * Quality (0–1) of a service on an ordinary day: about 93 % promoters and 2 % detractors (+90) through the portal;
   * the slower channels and the hot spots bring the desk down to the published figures per kind (see `score`).
   */
  everydayQuality: 0.97,

  /**
   * Channels: their share of tickets and their pull on quality. The H2/2022 report found more incidents coming
   * through service portals than through e-mail and phone combined (portal 5 against 4.2 here), and portal happiness
   * up 22 points in a year. The benchmark reports happiness per support channel; its order is the target here:
   * walk-in happiest, portal and chat above e-mail and phone. Walk-in's pull is large because its everyday tickets
   * are already near the ceiling: what it changes is the hard cases, which someone at a desk sorts out in person.
   */
  channels: {
    portal: { weight: 5, qualityShift: 0.03 },
    email: { weight: 2.2, qualityShift: -0.1 },
    phone: { weight: 2, qualityShift: -0.13 },
    chat: { weight: 1.5, qualityShift: 0.01 },
    'walk-in': { weight: 1.3, qualityShift: 0.25 },
  },

  /**
   * The desk's hot spots, each a quality drop and a lost-time multiplier in one segment. The three that remain hold
   * about a quarter of the answers and more than half of the lost time: the H1/2022 report found 80 % of lost time
   * in 12.6 % of tickets (with "more than a day" counted as 10 h, the instrument caps how far that can go).
   */
  hotSpots: {
    /** A service: VPN drops and certificate renewals stop remote work. */
    vpn: { qualityShift: -0.3, lostTimeFactor: 7 },
    /** A service through one channel: broken laptops reported by phone wait in a queue with no loaner. */
    laptopByPhone: { qualityShift: -0.34, lostTimeFactor: 8 },
    /** A team: enterprise applications support closes tickets without asking and bounces them between queues. */
    businessApps: { qualityShift: -0.3, lostTimeFactor: 6 },
    /** Access requests waiting days for a manager's approval, until the finished initiative automated it. */
    accessApprovals: { qualityShift: -0.3, lostTimeFactor: 3 },
  },

  /**
   * Chance a requester answers the invitation, and the reminder if not: together about one in five sent surveys
   * is answered, the middle of the 15–25 % typical of one-click ticket surveys.
   */
  invitationAnswerRate: 0.14,
  reminderAnswerRate: 0.08,

  /**
   * The score model (an ordered logit): a segment's quality q (0–1) gives a latent experience
   * `slope × (q − neutralQuality)` plus logistic noise; 9–10 above 0, 7–8 down to `−passiveBand`, 0–6 below. With
   * the everyday quality and the channel mix this puts incidents in the mid-70s and requests near +80: inside
   * +67 (Q4 2019) to about +80 (2023) for incidents and +76 to about +85 for requests.
   */
  score: { slope: 6, neutralQuality: 0.55, passiveBand: 1.2 },

  /** Requests are happier than incidents: +76 against +67 (Q4 2019), +83–85 against +78–80 (2023). */
  kindQualityShift: { incident: 0, request: 0.015 } satisfies Record<TicketKind, number>,

  /**
   * Lost time: log-normal minutes around a median per kind, longer where the quality is poor, for the requester
   * whose experience went badly and in hot spots, bucketed into the instrument's options ("more than a day" counts
   * 10 h). The medians make incidents average about 3 h and requests about 2 h 40 min over the whole desk (3 h 01 and
   * 2 h 32 in Q4 2019, about 3 h and 2 h 40 in later reports).
   */
  lostTime: {
    medianMinutes: { incident: 26, request: 30 } satisfies Record<TicketKind, number>,
    /** Spread (σ of the logarithm): a heavy tail, as in the 80 / 12.6 % finding. */
    spread: 1.55,
    /** Per point of latent quality below the everyday desk (log scale). */
    perQualityPoint: 0.3,
    /** Per point of the requester's own bad luck (the logistic noise behind their score). */
    perBadLuck: 0.25,
  },

  /**
   * Factors: how many an answer cites (none, one, two, three), and how often each is picked within its band. A few
   * dominate, as in every published factor chart: speed for promoters, "could be faster" for passives, slowness and
   * repeating oneself for detractors. Most answers are 9–10, so positive factors are cited far more overall.
   */
  factorCount: [0.14, 0.46, 0.28, 0.12],
  factorWeights: {
    quick: 6,
    skilled: 2.5,
    friendly: 2.2,
    'kept-informed': 1,
    'solved-for-good': 1.8,
    'easy-to-request': 2,
    'got-what-i-asked': 2.6,
    'could-be-faster': 5,
    'more-updates': 2,
    'partly-solved': 1.4,
    'unclear-instructions': 0.9,
    'partly-delivered': 1.2,
    slow: 5,
    'explain-several-times': 2,
    'not-solved': 1.6,
    'not-informed': 2,
    'not-helpful': 0.8,
    'closed-without-asking': 0.8,
    'hard-to-request': 0.8,
    'not-delivered': 1.2,
  } as Readonly<Record<string, number>>,

  /** Share of answers with a comment, by band: unhappy requesters write more. */
  commentRate: { positive: 0.18, neutral: 0.3, negative: 0.55 } satisfies Record<ScoreBand, number>,
  /** Share of a hot spot's comments in its own words, by band: its complaints are what it is known for. */
  hotSpotCommentShare: { positive: 0.3, neutral: 0.7, negative: 0.9 } satisfies Record<ScoreBand, number>,
} as const;
