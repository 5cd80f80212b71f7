/**
 * One pass through Measure and Share with nothing but the core's public API and the two host services a platform
 * supplies (time zones and HMAC). Self-contained on purpose: its source is evaluated as is inside a bare engine.
 */
// biome-ignore lint/suspicious/noExplicitAny: the core arrives as an untyped global inside the bare engine.
export function scenario(core: any, hmacSha256: (key: string, message: string) => string): unknown {
  const HOUR = 3_600_000;
  // A fixed +02:00 zone in plain JavaScript: enough to exercise the ZonedTime port without Intl.
  const zoned = {
    toLocal(instant: number) {
      const d = new Date(instant + 2 * HOUR);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        weekday: d.getUTCDay() || 7,
      };
    },
    fromLocal(l: { year: number; month: number; day: number; hour: number; minute: number }) {
      return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute) - 2 * HOUR;
    },
    isValidTimeZone: (zone: string) => zone === 'Fixed/+02',
  };
  const policyResult = core.validatePolicy({ timeZone: 'Fixed/+02', holidays: ['2026-11-30'] }, zoned);
  const policy = policyResult.value;
  const badPolicy = core.validatePolicy({ samplingRate: 3, timeZone: 'Europe/Nowhere' }, zoned);
  const resolvedAt = Date.UTC(2026, 10, 27, 14, 30); // Friday 16:30 at +02:00
  const ticket = {
    id: 'servicenow:INC0012345',
    kind: 'incident',
    requester: { id: 'u1', email: 'u1@example.com' },
    agentId: 'a1',
    status: 'resolved',
    resolutionCode: 'Solved (Permanently)',
    segment: { service: 'Email', channel: 'phone', team: 'Network' },
    createdAt: resolvedAt - 5 * HOUR,
    resolvedAt,
  };
  const context = { policy, zoned, now: resolvedAt };
  const onEvent = core.decideOnEvent(
    { type: 'resolved', ticket, at: resolvedAt },
    core.EMPTY_HISTORY,
    context,
  );
  const survey = onEvent[0].survey;
  const due = core.decideDue(survey, core.EMPTY_HISTORY, { ...context, now: survey.sendAt });
  const sent = core.applyDecision(survey, due).value;

  const crypto = { hmacSha256 };
  const keyring = { currentKeyId: 'k1', keys: { k1: 'a secret from the platform store' } };
  const token = core.signToken(
    { surveyId: sent.id, ticketId: sent.ticketId, recipient: 'u1', expiresAt: sent.expiresAt, score: 3 },
    { crypto, keyring },
  );
  const verified = core.verifyToken(token, { crypto, keyring, now: sent.sentAt, recipient: 'u1' });
  const tampered = core.verifyToken(
    token.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A')),
    {
      crypto,
      keyring,
      now: sent.sentAt,
    },
  );
  const answer = core.validateAnswer(
    {
      score: verified.value.score,
      factors: ['slow', 'explain-several-times'],
      lostTime: '1-4-hours',
      comment: 'Zürich 😀',
      locale: 'fi-FI',
    },
    { instrument: core.TICKET_SURVEY, survey: sent, channel: 'email', answeredAt: sent.sentAt + HOUR },
  );
  const invalid = core.validateAnswer(
    { score: 11, factors: ['quick'] },
    { instrument: core.TICKET_SURVEY, survey: sent, channel: 'portal', answeredAt: 0 },
  );

  let rollup = core.emptyRollup();
  for (let i = 0; i < 30; i++)
    rollup = core.addResponse(rollup, {
      score: i % 11,
      factors: i % 3 ? ['slow'] : [],
      lostTimeMinutes: i * 10,
    });
  rollup = core.addResponse(rollup, answer.value);
  return {
    policyErrors: badPolicy.error.map((e: { field: string; code: string }) => `${e.field}:${e.code}`),
    scheduled: core.describeDecision(onEvent[0]),
    sendAt: new Date(survey.sendAt).toISOString(),
    sent: core.describeDecision(due),
    token: verified.ok,
    tampered: tampered.error.code,
    answer: answer.value,
    invalid: invalid.error.map((e: { code: string }) => e.code),
    subject: core.message(core.TICKET_SURVEY, answer.value.locale, 'email.subject', { ticket: 'INC0012345' }),
    happiness: core.happiness(rollup),
    scorecard: core.summarize(rollup),
    sampled: core.isSampled(ticket.id, 0.5),
    tQuantile: core.studentTQuantile(0.975, 12),
  };
}
