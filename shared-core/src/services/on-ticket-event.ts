import { nextDueAt } from '../measure/decide-due';
import { decideOnEvent, reopeningOf } from '../measure/decide-on-event';
import type { Decision } from '../measure/decision';
import type { SurveyHistory } from '../measure/history';
import { applyDecision } from '../measure/survey-lifecycle';
import type { TicketEvent } from '../model/ticket';
import { DAY } from '../model/time';
import type { Ports } from '../ports';
import { outcomeDelta, rollupDay, ticketSegment } from '../share/rollup-day';
import { rollupKeysFor } from '../share/segment-key';
import { all, andThen, forEach, type Step } from '../step';

// Fatigue looks 30 days either way of a send; resolutions older than the survey lifetime cannot be sent at all.
const HISTORY_DAYS = 60;

/**
 * Handles one ticket event as the platform delivered it (at least once, in any order): records a reopening,
 * decides with the timing policy and stores what it decided. Returns the new decisions; an event seen before
 * returns none and changes nothing.
 * @example await onTicketEvent(ports, { type: 'resolved', ticket, at }) // [{ kind: 'schedule', … }]
 */
export function onTicketEvent(ports: Ports, event: TicketEvent): Step<readonly Decision[]> {
  const { ticket } = event;
  const reopening = reopeningOf(event);
  const recorded = reopening !== undefined ? ports.surveys.recordReopening(ticket.id, reopening) : undefined;
  return andThen(recorded, () =>
    andThen(
      all([
        () => ports.settings.settings(),
        () => ports.surveys.forTicket(ticket.id),
        () => ports.surveys.suppressedFor(ticket.id),
        () => ports.surveys.reopeningsFor(ticket.id),
        () => ports.surveys.isOptedOut(ticket.requester.id),
        () => ports.surveys.forRequester(ticket.requester.id, ports.clock.now() - HISTORY_DAYS * DAY),
      ] as const),
      ([settings, ticketSurveys, suppressed, reopenings, optedOut, requesterSurveys]) => {
        const now = ports.clock.now();
        const history: SurveyHistory = {
          requesterSurveys,
          ticketSurveys,
          suppressedResolutions: suppressed,
          reopenedAt: reopenings,
          optedOut,
        };
        const decisions = decideOnEvent(
          { ...event, ticket: { ...ticket, segment: ticketSegment(ticket) } },
          history,
          { policy: settings.policy, zoned: ports.zoned, now },
        );
        const byId = new Map(ticketSurveys.map((survey) => [survey.id, survey]));
        return andThen(
          forEach(decisions, (decision) => {
            if (decision.kind === 'suppress') {
              const segment = ticketSegment(ticket);
              const day = rollupDay(decision.resolvedAt, settings.policy.timeZone, ports.zoned);
              // The resolution counts in the ticket volume first; the change id makes a replay count it once.
              return andThen(
                ports.rollups.apply(
                  `resolved:${decision.resolutionKey}`,
                  day,
                  rollupKeysFor(segment),
                  outcomeDelta('resolved'),
                ),
                () =>
                  ports.surveys.suppress({
                    resolutionKey: decision.resolutionKey,
                    ticketId: decision.ticketId,
                    resolvedAt: decision.resolvedAt,
                    requesterId: decision.requesterId,
                    at: decision.at,
                    reasons: decision.reasons,
                    segment,
                  }),
              );
            }
            const id = decision.kind === 'schedule' ? decision.survey.id : decision.surveyId;
            const result = applyDecision(byId.get(id), decision);
            if (!result.ok) return undefined;
            const survey = result.value;
            byId.set(id, survey);
            const counted =
              decision.kind === 'schedule' && !ticketSurveys.some((s) => s.id === survey.id)
                ? ports.rollups.apply(
                    `resolved:${survey.resolutionKey}`,
                    rollupDay(survey.resolvedAt, settings.policy.timeZone, ports.zoned),
                    rollupKeysFor(survey.segment),
                    outcomeDelta('resolved'),
                  )
                : undefined;
            return andThen(counted, () => ports.surveys.save(survey, nextDueAt(survey, settings.policy)));
          }),
          () => decisions,
        );
      },
    ),
  );
}
