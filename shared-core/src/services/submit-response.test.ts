import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../model/time';
import { settled } from '../step';
import { dispatchDue } from './dispatch-due';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, invited, MONDAY, resolved, ticket } from './ports.fixture';
import { submitResponse } from './submit-response';

const month = { from: '2026-11-01', to: '2026-11-30' };
const org = (ports: ReturnType<typeof freshPorts>) => ports.rollups.read(month, [''])[0]?.rollup;

/** A survey sent to alice, and the message that carried it, an hour after it was sent. */
function invitedAnHourAgo() {
  const invitation = invited();
  invitation.ports.clock.advance(HOUR);
  return invitation;
}

/** Makes the rollup store fail once, on the first answer it is asked to count: a crash between the two writes. */
function crashOnceCountingAnAnswer(ports: ReturnType<typeof freshPorts>): void {
  const apply = ports.rollups.apply.bind(ports.rollups);
  let crash = true;
  ports.rollups.apply = (...args) => {
    if (crash && args[0].startsWith('response:')) {
      crash = false;
      throw new Error('database went away');
    }
    return apply(...args);
  };
}

describe('submitResponse', () => {
  it('records a one-click score from the e-mail, then the edit grant edits it without doubling anything', () => {
    const { ports, message } = invitedAnHourAgo();
    const click = settled(submitResponse(ports, { by: 'token', token: message.tokens.scores[4] ?? '' }));
    expect(click).toMatchObject({
      ok: true,
      value: { changed: true, response: { score: 4, channel: 'email', version: 1 } },
    });
    const grant = click.ok ? (click.value.grant ?? '') : '';
    expect(ports.surveys.get(message.survey.id)?.state).toBe('answered');
    expect(org(ports)).toMatchObject({ answered: 1, histogram: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0] });

    const followUp = settled(
      submitResponse(ports, {
        by: 'token',
        token: grant,
        answer: {
          score: 6,
          factors: ['slow', 'not-informed'],
          lostTime: '1-4-hours',
          comment: 'Took days',
          locale: 'fi',
        },
      }),
    );
    expect(followUp).toMatchObject({
      ok: true,
      value: { changed: true, response: { score: 6, version: 2 } },
    });
    expect(org(ports)).toMatchObject({
      answered: 1,
      histogram: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
      factors: { 'not-informed': 1, slow: 1 },
      lostTimeAnswers: 1,
      lostTimeMinutes: 150,
    });
    expect(ports.responses.all()).toHaveLength(1);
    expect(ports.responses.all()[0]).not.toHaveProperty('pending');

    // The same answer again changes nothing.
    const again = settled(
      submitResponse(ports, {
        by: 'token',
        token: grant,
        answer: {
          score: 6,
          factors: ['slow', 'not-informed'],
          lostTime: '1-4-hours',
          comment: 'Took days',
          locale: 'fi',
        },
      }),
    );
    expect(again).toMatchObject({ ok: true, value: { changed: false, response: { version: 2 } } });
    expect(org(ports)?.histogram[6]).toBe(1);
  });

  it('takes one answer by a link from the e-mail: no other link of it, nor the same one, overwrites it', () => {
    const { ports, message } = invitedAnHourAgo();
    settled(
      submitResponse(ports, {
        by: 'token',
        token: message.tokens.scores[9] ?? '',
        answer: { factors: ['quick'] },
      }),
    );
    for (const token of [message.tokens.scores[2], message.tokens.scores[9], message.tokens.open]) {
      const reclick = settled(
        submitResponse(ports, { by: 'token', token: token ?? '', answer: { score: 2 } }),
      );
      expect(reclick).toEqual({
        ok: false,
        error: { code: 'already-used', message: 'This survey has already been answered.' },
      });
    }
    expect(org(ports)?.histogram[9]).toBe(1);
    expect(ports.responses.all()).toMatchObject([{ score: 9, factors: ['quick'], version: 1 }]);
  });

  it('takes an answer from the signed-in requester in the portal, even before the invitation', () => {
    const ports = freshPorts();
    settled(onTicketEvent(ports, resolved(ticket('SD-2'), MONDAY)));
    const id = ports.surveys.all()[0]?.id ?? '';
    expect(
      settled(
        submitResponse(ports, {
          by: 'requester',
          requesterId: 'mallory',
          surveyId: id,
          answer: { score: 1 },
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-your-survey' },
    });
    const answer = settled(
      submitResponse(ports, {
        by: 'requester',
        requesterId: 'alice',
        surveyId: id,
        answer: { score: 10 },
      }),
    );
    expect(answer).toMatchObject({
      ok: true,
      value: { response: { channel: 'portal' }, survey: { state: 'answered' } },
    });
    // Answered surveys are not sent any more.
    ports.clock.advance(2 * HOUR);
    expect(settled(dispatchDue(ports)).processed).toBe(0);
    expect(ports.delivery.sent).toHaveLength(0);
  });

  it('rejects tampered, expired and foreign tokens, closed surveys and bad answers, changing nothing', () => {
    const { ports, message } = invitedAnHourAgo();
    const before = JSON.stringify([ports.surveys.all(), ports.responses.all(), ports.rollups.read(month)]);
    const token = message.tokens.scores[8] ?? '';
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(settled(submitResponse(ports, { by: 'token', token: tampered }))).toMatchObject({
      ok: false,
      error: { code: 'bad-signature' },
    });
    expect(settled(submitResponse(ports, { by: 'token', token: 'nonsense' }))).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
    const invalid = settled(
      submitResponse(ports, {
        by: 'token',
        token,
        answer: { factors: ['slow'], comment: 'x'.repeat(2001) },
      }),
    );
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-answer' } });
    if (!invalid.ok)
      expect(invalid.error.errors?.map((e) => e.code)).toEqual(['factor-wrong-band', 'comment-too-long']);
    expect(
      settled(
        submitResponse(ports, {
          by: 'requester',
          requesterId: 'alice',
          surveyId: 'nope',
          answer: { score: 3 },
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'unknown-survey' },
    });
    expect(JSON.stringify([ports.surveys.all(), ports.responses.all(), ports.rollups.read(month)])).toBe(
      before,
    );
    ports.clock.advance(15 * DAY);
    expect(settled(submitResponse(ports, { by: 'token', token }))).toMatchObject({
      ok: false,
      error: { code: 'expired' },
    });
  });

  it('lets the next dispatch run finish an answer interrupted by a crash', () => {
    const { ports, message } = invitedAnHourAgo();
    crashOnceCountingAnAnswer(ports);
    expect(() => submitResponse(ports, { by: 'token', token: message.tokens.scores[7] ?? '' })).toThrow(
      'database went away',
    );
    expect(org(ports)?.answered).toBe(0);
    settled(dispatchDue(ports));
    expect(ports.responses.all()[0]).not.toHaveProperty('pending');
    expect(org(ports)).toMatchObject({ answered: 1, histogram: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] });
    settled(dispatchDue(ports));
    expect(org(ports)?.answered).toBe(1);
  });

  it('finishes a rollup change interrupted by a crash on the next submission, counting it once', () => {
    const { ports, message } = invitedAnHourAgo();
    crashOnceCountingAnAnswer(ports);
    expect(() =>
      settled(submitResponse(ports, { by: 'token', token: message.tokens.scores[3] ?? '' })),
    ).toThrow('database went away');
    expect(ports.responses.all()[0]).toMatchObject({ score: 3, pending: { previous: null } });
    expect(org(ports)?.answered).toBe(0);
    // The requester changes their mind in the portal: the first answer is counted, then replaced.
    const retry = settled(
      submitResponse(ports, {
        by: 'requester',
        requesterId: message.survey.requester.id,
        surveyId: message.survey.id,
        answer: { score: 9, factors: ['quick'] },
      }),
    );
    expect(retry).toMatchObject({ ok: true, value: { response: { score: 9, version: 2 } } });
    expect(org(ports)).toMatchObject({ answered: 1, histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0] });
  });
});
