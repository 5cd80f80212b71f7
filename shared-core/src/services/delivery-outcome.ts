import { reason } from '../measure/decision';
import type { Survey } from '../model/survey';
import type { Ports } from '../ports';
import { err, ok, type Result } from '../result';
import { outcomeDelta, rollupDay } from '../share/rollup-day';
import { rollupKeysFor } from '../share/segment-key';
import { all, andThen, type Step } from '../step';

/** What the channel reported after sending: the address bounced, or the requester asked for no more surveys. */
export type DeliveryOutcome = 'bounced' | 'opted-out';

/**
 * Records what became of a delivered invitation. A bounce closes the survey and takes its invitation out of the
 * response-rate denominator (it never reached anyone); an opt-out stops every future survey to the requester.
 * Repeating the same report changes nothing.
 * @example await recordDeliveryOutcome(ports, survey.id, 'bounced') // { ok: true, value: { state: 'expired', … } }
 */
export function recordDeliveryOutcome(
  ports: Ports,
  surveyId: string,
  outcome: DeliveryOutcome,
): Step<Result<Survey, { readonly code: 'unknown-survey'; readonly message: string }>> {
  const now = ports.clock.now();
  return andThen(
    all([() => ports.surveys.get(surveyId), () => ports.settings.settings()] as const),
    ([survey, settings]) => {
      if (survey === undefined)
        return err({ code: 'unknown-survey' as const, message: 'There is no such survey.' });
      if (outcome === 'opted-out') {
        return andThen(ports.surveys.setOptOut(survey.requester.id, true), () => ok(survey));
      }
      if (survey.state !== 'sent' && survey.state !== 'reminded') return ok(survey);
      const bounced: Survey = {
        ...survey,
        state: 'expired',
        closedAt: now,
        reasons: [
          ...survey.reasons,
          reason('bounced', 'the invitation could not be delivered to the requester'),
        ],
      };
      return andThen(
        ports.rollups.apply(
          `bounced:${survey.id}`,
          rollupDay(survey.resolvedAt, settings.policy.timeZone, ports.zoned),
          rollupKeysFor(survey.segment),
          outcomeDelta('sent', -1),
        ),
        () => andThen(ports.surveys.save(bounced, undefined), () => ok(bounced)),
      );
    },
  );
}
