import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE } from '../model/time';
import type { OutgoingSurvey } from '../ports';
import type { MemoryPorts } from '../testing/memory-stores';
import { recordDeliveryOutcome } from './delivery-outcome';
import { dispatchDue } from './dispatch-due';
import { eraseRequester } from './erase-requester';
import { onTicketEvent } from './on-ticket-event';
import { freshPorts, MONDAY, reopened, resolved, ticket } from './ports.fixture';
import { submitResponse } from './submit-response';

type Operation =
  | { readonly kind: 'resolve' | 'reopen'; readonly ticket: number; readonly minutes: number }
  | { readonly kind: 'dispatch'; readonly minutes: number }
  | { readonly kind: 'answer'; readonly message: number; readonly score: number; readonly portal: boolean }
  | { readonly kind: 'bounce'; readonly message: number }
  | { readonly kind: 'erase'; readonly requester: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('resolve' as const),
      ticket: fc.nat(5),
      minutes: fc.nat(3 * 24 * 60),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reopen' as const),
      ticket: fc.nat(5),
      minutes: fc.nat(3 * 24 * 60),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('dispatch' as const), minutes: fc.nat(5 * 24 * 60) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('answer' as const),
      message: fc.nat(5),
      score: fc.nat(10),
      portal: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bounce' as const), message: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), requester: fc.nat(5) }) },
);

const tickets = [0, 1, 2, 3, 4, 5].map((i) => ticket(`SD-${i}`, { requester: { id: `user-${i % 4}` } }));

/** Applies the operations, each `times(i)` times in a row, and returns the whole stored state. */
async function apply(operations: readonly Operation[], times: (i: number) => number) {
  const ports: MemoryPorts = freshPorts(MONDAY);
  const messages: OutgoingSurvey[] = [];
  for (const [i, op] of operations.entries()) {
    for (let n = 0; n < times(i); n++) {
      if (op.kind === 'resolve' || op.kind === 'reopen') {
        const t = tickets[op.ticket] ?? tickets[0];
        if (!t) continue;
        const at = MONDAY + op.minutes * MINUTE;
        await onTicketEvent(ports, op.kind === 'resolve' ? resolved(t, at) : reopened(t, at));
      } else if (op.kind === 'dispatch') {
        ports.clock.current = Math.max(ports.clock.current, MONDAY + op.minutes * MINUTE + HOUR);
        await dispatchDue(ports);
        for (const m of ports.delivery.sent.splice(0))
          if (!messages.some((x) => x.idempotencyKey === m.idempotencyKey)) messages.push(m);
      } else if (op.kind === 'answer' || op.kind === 'bounce') {
        const message = messages[op.message];
        // Without an invitation yet, the requester can still answer in the portal.
        const survey =
          message?.survey ?? ports.surveys.all().sort((a, b) => (a.id < b.id ? -1 : 1))[op.message];
        if (op.kind === 'answer' && !message && survey) {
          await submitResponse(ports, {
            by: 'requester',
            requesterId: survey.requester.id,
            surveyId: survey.id,
            answer: { score: op.score },
          });
        }
        if (!message) continue;
        if (op.kind === 'bounce') await recordDeliveryOutcome(ports, message.survey.id, 'bounced');
        else if (op.portal) {
          await submitResponse(ports, {
            by: 'requester',
            requesterId: message.survey.requester.id,
            surveyId: message.survey.id,
            answer: { score: op.score },
          });
        } else
          await submitResponse(ports, {
            by: 'token',
            token: message.tokens.open,
            answer: { score: op.score },
          });
      } else if (op.kind === 'erase') await eraseRequester(ports, `user-${op.requester}`);
    }
  }
  const range = { from: '2026-10-01', to: '2026-12-31' };
  return {
    surveys: ports.surveys.all(),
    suppressions: ports.surveys.allSuppressions(),
    responses: ports.responses.all(),
    rollups: ports.rollups.read(range),
  };
}

describe('every service under repeated calls', () => {
  it('ends in the same state whether each call is made once or several times', async () => {
    let answered = 0;
    let surveyed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(operation, { minLength: 5, maxLength: 30 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 30, maxLength: 30 }),
        async (operations, repeats) => {
          const once = await apply(operations, () => 1);
          const repeated = await apply(operations, (i) => repeats[i] ?? 1);
          expect(repeated).toEqual(once);
          answered += once.responses.length;
          surveyed += once.surveys.length;
        },
      ),
      { numRuns: 150 },
    );
    // The runs exercised surveys and answers, not only empty histories.
    console.log(`idempotency runs: ${surveyed} surveys, ${answered} answers`);
    expect(surveyed).toBeGreaterThan(300);
    expect(answered).toBeGreaterThan(50);
  });
});
