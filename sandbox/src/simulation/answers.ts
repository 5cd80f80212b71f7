import {
  factorsFor,
  HOUR,
  type Instant,
  MINUTE,
  type OutgoingSurvey,
  type Score,
  type ScoreBand,
  type Segment,
  type Submission,
  scoreBand,
  TICKET_SURVEY,
  type TicketKind,
  weightedIndex,
} from '@xloop/shared-core';
import { CALIBRATION } from './calibration';
import type { Organisation } from './organisation';
import { normal, stream } from './random';
import { hotSpotsOf, lostTimeFactorOf, qualityOf } from './ticket-flow';

/** A simulated requester's reply to one message: when it comes, and what it says. */
export interface SimulatedAnswer {
  readonly at: Instant;
  readonly submission: Submission;
}

/** What a requester answers about one resolution, before it is sent. */
export interface SimulatedExperience {
  readonly score: Score;
  readonly factors: readonly string[];
  readonly lostTime: string;
  readonly comment?: string;
}

// Everyday comments: varied, so that a hot spot's own words are the ones that over-index in its segment.
const GENERIC: Readonly<Record<ScoreBand, readonly string[]>> = {
  negative: [
    'Nobody told me what was going on',
    'Took far too long for something simple',
    'The problem came back the next day',
    'I had to repeat everything to a second agent',
  ],
  neutral: [
    'OK, but could have been faster',
    'Fine in the end',
    'Solved, though I had to ask twice',
    'Good result, slow start',
  ],
  positive: [
    'Great service, thank you!',
    'Quick and friendly',
    'Solved on the first call',
    'Very helpful agent, explained everything',
    'Fast fix, back to work in minutes',
    'Smooth and easy, thanks a lot',
  ],
};

// The instrument's lost-time options and the minutes below which an answer picks each.
const LOST_TIME: readonly { readonly id: string; readonly below: number }[] = [
  { id: 'none', below: 3 },
  { id: 'up-to-15-min', below: 15 },
  { id: '15-60-min', below: 60 },
  { id: '1-4-hours', below: 240 },
  { id: '4-8-hours', below: 480 },
  { id: 'more-than-a-day', below: Number.POSITIVE_INFINITY },
];

const day = (instant: Instant) => new Date(instant).toISOString().slice(0, 10);
const { score: SCORE, lostTime: LOST } = CALIBRATION;
const EVERYDAY_EXPERIENCE = SCORE.slope * (CALIBRATION.everydayQuality - SCORE.neutralQuality);

/** A standard logistic draw: the noise of the ordered-logit score model. */
function logistic(next: () => number): number {
  const u = Math.min(Math.max(next(), 1e-9), 1 - 1e-9);
  return Math.log(u / (1 - u));
}

/** The score a latent experience gives: 9–10 above 0, 7–8 down to −passiveBand, 0–6 below it. */
function scoreOf(experience: number): Score {
  const band = SCORE.passiveBand;
  if (experience >= band) return 10;
  if (experience >= 0) return 9;
  if (experience >= -band / 2) return 8;
  if (experience >= -band) return 7;
  return Math.max(0, Math.round(6 + (experience + band) * 1.5)) as Score;
}

/** Draws `count` distinct ids by weight. */
function pickWeighted(ids: readonly string[], weights: readonly number[], count: number, next: () => number) {
  const leftIds = [...ids];
  const leftWeights = [...weights];
  const picked: string[] = [];
  while (picked.length < count && leftIds.length > 0) {
    const at = weightedIndex(leftWeights, next);
    picked.push(leftIds[at] as string);
    leftIds.splice(at, 1);
    leftWeights.splice(at, 1);
  }
  return picked;
}

/**
 * What a requester of a segment answers about a resolution on a day, drawn from `next`: the score from the
 * segment's quality and their luck (an ordered logit), the lost time (log-normal, longer where quality is poor, for
 * the unlucky and in hot spots), the factors (a few dominate; hot spots have their own) and sometimes a comment
 * (hot spots' own words, else everyday ones). Every number comes from `CALIBRATION`.
 * @example simulateExperience(DEFAULT_ORGANISATION, { service: 'VPN' }, 'incident', '2026-11-02', next).lostTime // '4-8-hours'
 */
export function simulateExperience(
  organisation: Organisation,
  segment: Segment,
  kind: TicketKind,
  on: string,
  next: () => number,
): SimulatedExperience {
  const quality = qualityOf(organisation, segment, on) + CALIBRATION.kindQualityShift[kind];
  const expected = SCORE.slope * (quality - SCORE.neutralQuality);
  const luck = logistic(next);
  const score = scoreOf(expected + luck);
  const band = scoreBand(score);

  const logMinutes =
    Math.log(LOST.medianMinutes[kind] * lostTimeFactorOf(organisation, segment, on)) +
    LOST.perQualityPoint * Math.max(0, EVERYDAY_EXPERIENCE - expected) -
    LOST.perBadLuck * luck +
    LOST.spread * normal(next);
  const minutes = Math.exp(logMinutes);
  const lostTime = (LOST_TIME.find((option) => minutes < option.below) ?? LOST_TIME[0])?.id ?? 'none';

  const spots = hotSpotsOf(organisation, segment);
  const offered = factorsFor(TICKET_SURVEY, band, kind).map((f) => f.id);
  const weights = offered.map((id) => {
    let weight = CALIBRATION.factorWeights[id] ?? 1;
    for (const spot of spots) weight *= spot.factors[id] ?? 1;
    return weight;
  });
  const factors = pickWeighted(offered, weights, weightedIndex(CALIBRATION.factorCount, next), next);

  let comment: string | undefined;
  if (next() < CALIBRATION.commentRate[band]) {
    const own = spots.find((spot) => spot.comments[band].length > 0);
    const pool = own && next() < CALIBRATION.hotSpotCommentShare[band] ? own.comments[band] : GENERIC[band];
    comment = pool[Math.floor(next() * pool.length)];
  }
  return { score, factors, lostTime, ...(comment !== undefined ? { comment } : {}) };
}

/**
 * Whether and how the requester answers a message, decided by a seeded stream per survey and message, so a rerun
 * answers the same. What they say follows their segment on the day it was resolved (`simulateExperience`); a third
 * of answers come through the portal, the rest by the e-mail link.
 */
export function simulateAnswer(
  organisation: Organisation,
  message: OutgoingSurvey,
  deliveredAt: Instant,
): SimulatedAnswer | undefined {
  const { survey } = message;
  const next = stream(organisation.seed, `answer-${message.idempotencyKey}`);
  const chance =
    message.kind === 'invitation' ? organisation.responseRate : organisation.reminderResponseRate;
  if (next() >= chance) return undefined;
  const experience = simulateExperience(
    organisation,
    survey.segment,
    survey.kind,
    day(survey.resolvedAt),
    next,
  );
  const answer = { ...experience, locale: message.locale };
  const at = deliveredAt + Math.round((5 + next() * 36 * 60) * MINUTE);
  if (next() < 0.33) {
    return {
      at,
      submission: { by: 'requester', requesterId: survey.requester.id, surveyId: survey.id, answer },
    };
  }
  // From the e-mail: the one-click score first, then the follow-up questions on the page.
  return {
    at: Math.max(at, deliveredAt + MINUTE),
    submission: { by: 'token', token: message.tokens.scores[experience.score] ?? '', answer },
  };
}

export const ANSWER_WINDOW = 36 * HOUR;
