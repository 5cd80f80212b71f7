import {
  factorsFor,
  HOUR,
  type Instant,
  MINUTE,
  type OutgoingSurvey,
  type Score,
  type Submission,
  scoreBand,
  TICKET_SURVEY,
} from '@xloop/shared-core';
import type { Organisation } from './organisation';
import { normal, stream } from './random';
import { qualityOf } from './ticket-flow';

/** A simulated requester's reply to one message: when it comes, and what it says. */
export interface SimulatedAnswer {
  readonly at: Instant;
  readonly submission: Submission;
}

const COMMENTS: Record<string, Record<'negative' | 'neutral' | 'positive', readonly string[]>> = {
  VPN: {
    negative: [
      'VPN keeps dropping every hour',
      'Had to explain the VPN token problem three times',
      'VPN certificate expired again',
    ],
    neutral: ['VPN works now but took a while', 'VPN fixed, instructions were confusing'],
    positive: ['VPN fixed quickly, thanks'],
  },
  Access: {
    negative: ['Access request waited days for approval', 'Still no access to the shared drive'],
    neutral: ['Got access in the end, approval was slow'],
    positive: ['Access granted the same day'],
  },
};
const GENERIC = {
  negative: ['Nobody told me what was going on', 'Took far too long', 'The problem came back the next day'],
  neutral: ['OK, but could have been faster', 'Fine in the end'],
  positive: ['Great service, thank you!', 'Quick and friendly', 'Solved on the first call'],
};
const LOST_TIME = ['none', 'up-to-15-min', '15-60-min', '1-4-hours', '4-8-hours', 'more-than-a-day'];

const day = (instant: Instant) => new Date(instant).toISOString().slice(0, 10);

/**
 * Whether and how the requester answers a message, decided by a seeded stream per survey and message, so a rerun
 * answers the same. Scores, factors, lost time and comments follow the quality of the ticket's segment on the day
 * it was resolved; a third of answers come through the portal, the rest by the e-mail link.
 */
export function simulateAnswer(
  organisation: Organisation,
  message: OutgoingSurvey,
  deliveredAt: Instant,
): SimulatedAnswer | undefined {
  const { survey } = message;
  const next = stream(organisation.seed, `answer-${message.idempotencyKey}`);
  const chance = message.kind === 'invitation' ? organisation.responseRate : organisation.responseRate * 0.4;
  if (next() >= chance) return undefined;
  const quality = qualityOf(organisation, survey.segment, day(survey.resolvedAt));
  const score = Math.round(Math.min(10, Math.max(0, 1.5 + 8.8 * quality + 1.6 * normal(next)))) as Score;
  const band = scoreBand(score);
  const offered = factorsFor(TICKET_SURVEY, band, survey.kind).map((f) => f.id);
  const factors = offered.filter(() => next() < 0.25).slice(0, 3);
  const lostIndex = Math.round(Math.min(5, Math.max(0, (1 - quality) * 5 + normal(next) * 0.9)));
  const service = survey.segment.service ?? '';
  const pool = COMMENTS[service]?.[band] ?? GENERIC[band];
  const comment = next() < 0.3 ? pool[Math.floor(next() * pool.length)] : undefined;
  const answer = {
    score,
    factors,
    lostTime: LOST_TIME[lostIndex],
    ...(comment !== undefined ? { comment } : {}),
    locale: message.locale,
  };
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
    submission: { by: 'token', token: message.tokens.scores[score] ?? '', answer },
  };
}

export const ANSWER_WINDOW = 36 * HOUR;
