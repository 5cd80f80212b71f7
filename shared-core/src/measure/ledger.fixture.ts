import type { Survey } from '../model/survey';
import type { TicketEvent } from '../model/ticket';
import type { Instant } from '../model/time';
import { decideDue } from './decide-due';
import { decideOnEvent, reopeningOf } from './decide-on-event';
import type { Decision } from './decision';
import type { PolicyContext, SurveyHistory } from './history';
import { applyDecision } from './survey-lifecycle';

/** An in-memory record of surveys and suppressions that applies the policy's decisions, for tests. */
export class Ledger {
  readonly surveys = new Map<string, Survey>();
  readonly suppressed = new Map<string, Decision & { kind: 'suppress' }>();
  readonly decisions: Decision[] = [];
  private readonly reopened = new Map<string, Instant[]>();

  history(ticketId: string, requesterId: string): SurveyHistory {
    const all = [...this.surveys.values()];
    return {
      requesterSurveys: all.filter((s) => s.requester.id === requesterId),
      ticketSurveys: all.filter((s) => s.ticketId === ticketId),
      suppressedResolutions: [...this.suppressed.values()]
        .filter((d) => d.ticketId === ticketId)
        .map((d) => d.resolutionKey),
      reopenedAt: this.reopened.get(ticketId) ?? [],
      optedOut: false,
    };
  }

  onEvent(event: TicketEvent, context: PolicyContext): readonly Decision[] {
    const reopening = reopeningOf(event);
    if (reopening !== undefined) {
      const known = this.reopened.get(event.ticket.id) ?? [];
      if (known.indexOf(reopening) < 0) this.reopened.set(event.ticket.id, [...known, reopening]);
    }
    const decisions = decideOnEvent(event, this.history(event.ticket.id, event.ticket.requester.id), context);
    for (const decision of decisions) this.apply(decision);
    return decisions;
  }

  /** Runs the dispatcher once over every survey. */
  dispatch(context: PolicyContext): readonly Decision[] {
    const decisions: Decision[] = [];
    const ordered = [...this.surveys.values()].sort((a, b) => a.sendAt - b.sendAt || (a.id < b.id ? -1 : 1));
    for (const survey of ordered) {
      const current = this.surveys.get(survey.id) ?? survey;
      const decision = decideDue(current, this.history(current.ticketId, current.requester.id), context);
      if (decision === null) continue;
      this.apply(decision);
      decisions.push(decision);
    }
    return decisions;
  }

  apply(decision: Decision): void {
    this.decisions.push(decision);
    if (decision.kind === 'suppress') {
      this.suppressed.set(decision.resolutionKey, decision);
      return;
    }
    const id = decision.kind === 'schedule' ? decision.survey.id : decision.surveyId;
    const result = applyDecision(this.surveys.get(id), decision);
    if (!result.ok) throw new Error(result.error.message);
    this.surveys.set(id, result.value);
  }
}
