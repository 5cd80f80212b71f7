import { describe, expect, it } from 'vitest';
import { signToken } from '../measure/token';
import { DAY } from '../model/time';
import { settled } from '../step';
import { followUp, readFollowUpRequest } from './follow-up';
import { oneClick } from './one-click';
import { invited, MONDAY } from './ports.fixture';

describe('followUp', () => {
  it('reads the survey of a clicked score link, changing nothing: the score to pre-select, in the browser’s language', () => {
    const { ports, message } = invited();
    const token = message.tokens.scores[8] ?? '';
    settled(oneClick(ports, { method: 'GET', token, action: '/respond' }));
    const view = settled(followUp(ports, { token, locale: 'de-CH' }));
    expect(view.status).toBe(200);
    expect(view.body).toEqual({
      surveyId: message.survey.id,
      state: 'sent',
      open: true,
      deadline: expect.any(Number),
      score: 8,
      answered: false,
      response: null,
      instrument: expect.objectContaining({ locale: 'de', commentMaxLength: 2000 }),
    });
    expect(ports.responses.all()).toEqual([]);
    // Without a language it speaks the requester's.
    expect(settled(followUp(ports, { token, locale: 'xx' })).body).toMatchObject({
      instrument: { locale: 'fi' },
    });
  });

  it('records one answer by a link; the grant it hands back edits it, the link and its siblings no longer can', () => {
    const { ports, message } = invited();
    const token = message.tokens.scores[3] ?? '';
    expect(settled(followUp(ports, { token })).body).toMatchObject({ response: null, state: 'sent' });
    const saved = settled(
      followUp(ports, {
        token,
        answer: { score: 3, factors: ['slow'], lostTime: '1-4-hours', comment: '<b>x</b>' },
      }),
    );
    expect(saved).toMatchObject({
      status: 200,
      body: { response: { score: 3, factors: ['slow'], comment: '<b>x</b>', channel: 'email' } },
    });
    // The requester sees their answer, nothing about who handled the ticket or where.
    const shown = (saved.body as { response: object }).response;
    expect(Object.keys(shown).sort()).toEqual([
      'answeredAt',
      'channel',
      'comment',
      'factors',
      'locale',
      'lostTimeMinutes',
      'lostTimeOption',
      'score',
      'surveyId',
      'ticketId',
    ]);
    const grant = (saved.body as { grant?: string }).grant ?? '';
    expect(grant).toMatch(/^x1\./);
    // The link, another score's link and the plain link learn only that it is answered, and cannot answer again.
    for (const link of [token, message.tokens.scores[10] ?? '', message.tokens.open]) {
      expect(settled(followUp(ports, { token: link })).body).toMatchObject({
        answered: true,
        response: null,
      });
      expect(settled(followUp(ports, { token: link, answer: { score: 10 } }))).toMatchObject({
        status: 409,
        body: { error: { code: 'already-used' } },
      });
    }
    // The grant reads the answer and changes it, one version more, counted once.
    expect(settled(followUp(ports, { token: grant })).body).toMatchObject({ response: { score: 3 } });
    expect(settled(followUp(ports, { token: grant, answer: { score: 9, factors: ['quick'] } })).status).toBe(
      200,
    );
    expect(ports.responses.all()).toMatchObject([{ score: 9, factors: ['quick'], version: 2 }]);
    // …for 30 minutes.
    ports.clock.advance(31 * 60_000);
    expect(settled(followUp(ports, { token: grant, answer: { score: 1 } }))).toMatchObject({
      status: 410,
      body: { error: { code: 'expired' } },
    });
  });

  it('lists an answer’s problems and changes nothing', () => {
    const { ports, message } = invited();
    const refused = settled(followUp(ports, { token: message.tokens.open, answer: { score: 12 } }));
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid-answer' } } });
    expect(refused.body).toHaveProperty('error.details.0.field', 'score');
    expect(ports.responses.all()).toEqual([]);
  });

  it('refuses damaged, foreign, unknown, withdrawn and closed links with the status each deserves', () => {
    const { ports, message } = invited();
    const keyring = settled(ports.settings.keyring());
    const sign = (claims: { surveyId?: string; recipient?: string }) =>
      signToken(
        {
          surveyId: claims.surveyId ?? message.survey.id,
          ticketId: message.survey.ticketId,
          recipient: claims.recipient ?? message.survey.requester.id,
          expiresAt: MONDAY + 30 * DAY,
        },
        { crypto: ports.crypto, keyring },
      );
    expect(settled(followUp(ports, { token: 'x1.k1.bad.sig' })).status).toBe(400);
    expect(settled(followUp(ports, { token: sign({ recipient: 'mallory' }) }))).toMatchObject({
      status: 403,
      body: { error: { code: 'wrong-recipient' } },
    });
    expect(settled(followUp(ports, { token: sign({ surveyId: 'nope' }) }))).toMatchObject({
      status: 404,
      body: { error: { code: 'unknown-survey' } },
    });
    expect(settled(followUp(ports, { token: sign({ surveyId: 'nope' }), answer: { score: 2 } })).status).toBe(
      404,
    );
    settled(ports.surveys.save({ ...message.survey, state: 'cancelled' }, undefined));
    expect(settled(followUp(ports, { token: message.tokens.open }))).toMatchObject({
      status: 410,
      body: { error: { code: 'survey-closed' } },
    });
    ports.clock.advance(20 * DAY);
    expect(settled(followUp(ports, { token: message.tokens.open })).status).toBe(410);
  });

  it('shows a survey past its window as closed and answered, without the answer', () => {
    const { ports, message } = invited();
    settled(followUp(ports, { token: message.tokens.open, answer: { score: 6 } }));
    const survey = settled(ports.surveys.get(message.survey.id));
    if (!survey) throw new Error('expected the survey');
    settled(ports.surveys.save({ ...survey, state: 'expired' }, undefined));
    expect(settled(followUp(ports, { token: message.tokens.open })).body).toMatchObject({
      open: false,
      answered: true,
      response: null,
    });
  });
});

describe('readFollowUpRequest', () => {
  it('takes the token, the answer and the locale, and nothing else', () => {
    expect(
      readFollowUpRequest({ token: 't', answer: { score: 1 }, locale: 'fi', surveyId: 'other' }),
    ).toEqual({
      token: 't',
      answer: { score: 1 },
      locale: 'fi',
    });
    expect(readFollowUpRequest({ token: 't', locale: 5 })).toEqual({ token: 't' });
    for (const bad of [null, [], 'x', { token: '' }, { token: 3 }, { token: 'x'.repeat(2001) }])
      expect(readFollowUpRequest(bad)).toBeUndefined();
  });
});
