import type { OutgoingSurvey } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { ANSWER_WINDOW, simulateAnswer, simulateExperience } from './answers';
import { DEFAULT_ORGANISATION } from './organisation';
import { stream } from './random';

const DELIVERED = Date.UTC(2026, 10, 2, 10);

const message = (n: number): OutgoingSurvey => ({
  kind: 'invitation',
  survey: {
    id: `jira:SD-${n}@x`,
    ticketId: `jira:SD-${n}`,
    resolutionKey: `jira:SD-${n}@x`,
    kind: 'incident',
    requester: { id: `customer-${n}` },
    segment: { service: 'VPN' },
    state: 'sent',
    resolvedAt: DELIVERED - 3_600_000,
    sendAt: DELIVERED,
    reasons: [],
  },
  locale: 'en',
  tokens: { open: 'open', scores: Array.from({ length: 11 }, (_, s) => `score-${s}`) },
  idempotencyKey: `jira:SD-${n}@x/invitation`,
});

describe('simulateExperience', () => {
  it('answers scores from 0 to 10, with factors, a lost-time option and sometimes a comment', () => {
    const next = stream(1, 'experience');
    const answers = Array.from({ length: 500 }, () =>
      simulateExperience(DEFAULT_ORGANISATION, { service: 'VPN' }, 'incident', '2026-11-02', next),
    );
    expect(answers.every((a) => Number.isInteger(a.score) && a.score >= 0 && a.score <= 10)).toBe(true);
    expect(new Set(answers.map((a) => a.score)).size).toBeGreaterThan(5);
    expect(answers.every((a) => a.lostTime.length > 0 && Array.isArray(a.factors))).toBe(true);
    expect(answers.some((a) => a.comment !== undefined)).toBe(true);
  });
});

describe('simulateAnswer', () => {
  it('answers the same message the same way, within the answer window, by portal or by the score’s link', () => {
    const answers = Array.from({ length: 300 }, (_, n) =>
      simulateAnswer(DEFAULT_ORGANISATION, message(n), DELIVERED),
    );
    expect(answers).toEqual(
      Array.from({ length: 300 }, (_, n) => simulateAnswer(DEFAULT_ORGANISATION, message(n), DELIVERED)),
    );
    const given = answers.filter((a) => a !== undefined);
    expect(given.length).toBeGreaterThan(0);
    expect(given.length).toBeLessThan(answers.length);
    for (const answer of given) {
      expect(answer.at).toBeGreaterThan(DELIVERED);
      expect(answer.at).toBeLessThanOrEqual(DELIVERED + ANSWER_WINDOW + 5 * 60_000);
      const { submission } = answer;
      if (submission.by === 'token')
        expect(submission.token).toBe(`score-${(submission.answer as { score?: number }).score}`);
      else
        expect(submission).toMatchObject({
          by: 'requester',
          requesterId: expect.stringMatching(/^customer-/),
        });
    }
    expect(new Set(given.map((a) => a.submission.by))).toEqual(new Set(['token', 'requester']));
  });
});
