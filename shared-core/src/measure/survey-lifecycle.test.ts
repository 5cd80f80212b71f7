import { describe, expect, it } from 'vitest';
import { DAY } from '../model/time';
import { applyDecision, transition } from './survey-lifecycle';
import { surveyOf } from './surveys.fixture';

const t = Date.UTC(2026, 10, 24, 9);
const scheduled = surveyOf({ resolvedAt: t - DAY });

describe('transition', () => {
  it('walks scheduled → sent → reminded → answered', () => {
    const sent = transition(scheduled, { kind: 'send', at: t, expiresAt: t + 14 * DAY });
    expect(sent).toMatchObject({ ok: true, value: { state: 'sent', sentAt: t, expiresAt: t + 14 * DAY } });
    if (!sent.ok) return;
    const reminded = transition(sent.value, { kind: 'remind', at: t + 2 * DAY });
    expect(reminded).toMatchObject({ ok: true, value: { state: 'reminded', remindedAt: t + 2 * DAY } });
    if (!reminded.ok) return;
    const answered = transition(reminded.value, { kind: 'answer', at: t + 3 * DAY });
    expect(answered).toMatchObject({ ok: true, value: { state: 'answered', answeredAt: t + 3 * DAY } });
    if (!answered.ok) return;
    // Answering again edits the answer; the survey keeps its first answer time.
    expect(transition(answered.value, { kind: 'answer', at: t + 4 * DAY })).toMatchObject({
      ok: true,
      value: { state: 'answered', answeredAt: t + 3 * DAY },
    });
  });

  it('lets the portal answer before the invitation goes out', () => {
    expect(transition(scheduled, { kind: 'answer', at: t })).toMatchObject({
      ok: true,
      value: { state: 'answered' },
    });
  });

  it('closes with the time it closed', () => {
    expect(transition(scheduled, { kind: 'cancel', at: t })).toMatchObject({
      value: { state: 'cancelled', closedAt: t },
    });
  });

  it('refuses transitions the state machine does not have', () => {
    const expired = { ...scheduled, state: 'expired' as const };
    expect(transition(expired, { kind: 'answer', at: t })).toEqual({
      ok: false,
      error: {
        code: 'invalid-transition',
        message: 'cannot answer a survey that is expired (allowed from scheduled, sent, reminded, answered)',
      },
    });
    expect(transition(scheduled, { kind: 'remind', at: t }).ok).toBe(false);
    expect(transition(scheduled, { kind: 'expire', at: t }).ok).toBe(false);
    expect(transition({ ...scheduled, state: 'sent' }, { kind: 'cancel', at: t }).ok).toBe(false);
    expect(transition({ ...scheduled, state: 'reminded' }, { kind: 'remind', at: t }).ok).toBe(false);
  });
});

describe('applyDecision', () => {
  it('creates or moves a survey on schedule and appends reasons on the others', () => {
    expect(applyDecision(undefined, { kind: 'schedule', survey: scheduled, reasons: [] })).toEqual({
      ok: true,
      value: scheduled,
    });
    const reasons = [{ code: 'due', message: 'due' }];
    const sent = applyDecision(scheduled, {
      kind: 'send',
      surveyId: scheduled.id,
      at: t,
      expiresAt: t + DAY,
      reasons,
    });
    expect(sent).toMatchObject({ ok: true, value: { state: 'sent', reasons } });
  });

  it('rejects a decision for another survey, a suppression, and rescheduling a sent survey', () => {
    const reasons = [{ code: 'x', message: 'x' }];
    expect(applyDecision(scheduled, { kind: 'cancel', surveyId: 'other', at: t, reasons }).ok).toBe(false);
    expect(applyDecision(undefined, { kind: 'cancel', surveyId: scheduled.id, at: t, reasons }).ok).toBe(
      false,
    );
    expect(
      applyDecision(scheduled, {
        kind: 'suppress',
        ticketId: 'a',
        resolutionKey: 'k',
        resolvedAt: t,
        requesterId: 'r',
        at: t,
        reasons,
      }).ok,
    ).toBe(false);
    const sent = { ...scheduled, state: 'sent' as const };
    expect(applyDecision(sent, { kind: 'schedule', survey: scheduled, reasons }).ok).toBe(false);
    expect(applyDecision(sent, { kind: 'cancel', surveyId: sent.id, at: t, reasons }).ok).toBe(false);
  });
});
