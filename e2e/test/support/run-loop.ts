import { DAY, HOUR, type Opportunity, type Ports } from '@xloop/shared-core';
import type { Delivered, LoopPlatform, Person } from './loop-platform';
import { portalAnswer } from './loop-platform';
import {
  answerFor,
  GO_LIVE_DAY,
  INITIATIVE_DAY,
  QUARTER_DAYS,
  QUARTER_START,
  type Quarter,
  type QuarterAnswer,
  TICK,
} from './quarter';

const CSI: Person = { accountId: 'csi-1', role: 'csi-manager' };
const AGENT: Person = { accountId: 'agent-1', role: 'agent' };
const day = (n: number) => new Date(QUARTER_START + n * DAY).toISOString().slice(0, 10);
/** The quarter as the dashboards ask for it, and the weeks before the initiative as the CSI manager ranks them. */
export const QUARTER_RANGE = { from: day(0), to: day(QUARTER_DAYS - 1) };
const BEFORE_INITIATIVE = { from: day(0), to: day(INITIATIVE_DAY - 1) };
/** Days after the quarter in which reminders, expiry and late answers settle. */
const SETTLING_DAYS = 16;

export interface LoopRun {
  /** Invitations, clicks, follow-ups and portal answers, and the statuses they got. */
  readonly figures: Record<string, number>;
  readonly refusals: readonly string[];
  /** The opportunities the CSI manager ranked before the initiative, and the initiative made from the top one. */
  readonly ranked: readonly Opportunity[];
  readonly initiative: unknown;
  readonly dashboard: unknown;
  readonly dashboardFixed: unknown;
  readonly opportunities: unknown;
  readonly impact: unknown;
  /** What the agent sees on each answered ticket. */
  readonly experiences: ReadonlyMap<number, unknown>;
  /** Every survey, suppression and response of every ticket, read from the platform's stores. */
  readonly state: unknown;
}

/** The ticket and resolution a survey id names (`<ticket id>@<ISO resolution time>`). */
function resolutionOf(platform: LoopPlatform, surveyId: string): { n: number; resolvedAt: number } {
  const at = surveyId.lastIndexOf('@');
  const n = Number(/^T(\d+)$/.exec(platform.canonicalIds(surveyId.slice(0, at)))?.[1]);
  return { n, resolvedAt: Date.parse(surveyId.slice(at + 1)) };
}

/**
 * Drives a platform through the quarter tick by tick: the changes as they happen, the scheduled work, the
 * requesters' answers by e-mail click and follow-up or in the portal; on the initiative day the CSI manager ranks
 * the opportunities and starts an initiative on the top one; at go-live it moves to measuring. Afterwards, what
 * the agents, the dashboards and the impact report show, and the whole stored state.
 */
export async function runQuarter(platform: LoopPlatform, q: Quarter): Promise<LoopRun> {
  const figures: Record<string, number> = {};
  const count = (name: string, by = 1) => {
    figures[name] = (figures[name] ?? 0) + by;
  };
  const refusals: string[] = [];
  const expect200 = (what: string, status: number) => {
    count(`${what} ${status}`);
    if (status !== 200) refusals.push(`${what} answered ${status}`);
  };
  const waiting: { at: number; delivered: Delivered; answer: QuarterAnswer; requester: string }[] = [];
  let ranked: readonly Opportunity[] = [];
  let initiative: { id: string; version: number } | undefined;
  const answered = new Set<number>();

  const end = QUARTER_START + (QUARTER_DAYS + SETTLING_DAYS) * DAY;
  let change = 0;
  for (let now = QUARTER_START; now <= end; now += TICK) {
    for (; change < q.changes.length && (q.changes[change]?.at ?? 0) <= now; change++) {
      const next = q.changes[change];
      if (!next) break;
      await platform.change(q.tickets.get(next.n) as never, next);
      count(next.to === 'resolved' ? 'resolutions' : 'reopenings');
    }
    for (const delivered of await platform.tick(now)) {
      count('invitations');
      const { n, resolvedAt } = resolutionOf(platform, delivered.surveyId);
      const ticket = q.tickets.get(n);
      const answer = ticket ? answerFor(ticket, resolvedAt) : undefined;
      if (ticket && answer)
        waiting.push({ at: now + answer.after, delivered, answer, requester: ticket.requester.id });
    }
    for (const due of waiting.filter((w) => w.at <= now)) {
      waiting.splice(waiting.indexOf(due), 1);
      const { delivered, answer } = due;
      answered.add(resolutionOf(platform, delivered.surveyId).n);
      if (answer.channel === 'email') {
        // One click on the e-mail's score link shows the survey with that score chosen and records nothing; one
        // tap on Send (the form with whatever else the requester filled in) records the answer.
        const token = delivered.scoreTokens[answer.score] ?? '';
        expect200('click', await platform.click(token));
        expect200('tap', await platform.followUp(token, answer));
      } else {
        const person: Person = { accountId: due.requester, role: 'customer' };
        const result = await platform.call(person, 'submitMyResponse', {
          surveyId: delivered.surveyId,
          answer: portalAnswer(answer),
        });
        expect200('portal', result.status);
      }
    }
    // The CSI manager's morning on the initiative day, and the go-live a week later (09:00 in Helsinki).
    if (now === QUARTER_START + INITIATIVE_DAY * DAY + 6 * HOUR) {
      const asked = await platform.call(CSI, 'getOpportunities', { window: BEFORE_INITIATIVE, limit: 10 });
      ranked = (asked.value ?? []) as Opportunity[];
      const top = ranked[0];
      if (top) {
        const created = await platform.call(CSI, 'createInitiative', {
          id: 'fix-top-opportunity',
          title: `Improve ${top.key}`,
          hypothesis: top.explanation,
          opportunityKey: top.key,
        });
        initiative = created.value as typeof initiative;
      }
    }
    if (initiative && now === QUARTER_START + GO_LIVE_DAY * DAY + 6 * HOUR) {
      const live = await platform.call(CSI, 'updateInitiative', {
        id: initiative.id,
        expectedVersion: initiative.version,
        changes: { status: 'measuring', goLiveAt: now },
      });
      expect200('go-live', live.status);
    }
  }

  const ask = async (name: string, payload: unknown) => (await platform.call(CSI, name, payload)).value;
  const experiences = new Map<number, unknown>();
  for (const n of [...answered].sort((a, b) => a - b).slice(0, 25)) {
    experiences.set(
      n,
      (await platform.call(AGENT, 'getTicketExperience', { ticketId: platform.ticketId(n) })).value,
    );
  }
  return {
    figures,
    refusals,
    ranked,
    initiative: initiative && (await ask('listInitiatives', {})),
    dashboard: await ask('getDashboard', { range: QUARTER_RANGE, granularity: 'isoWeek' }),
    dashboardFixed: await ask('getDashboard', {
      range: QUARTER_RANGE,
      granularity: 'month',
      segment: ranked[0]?.segment ?? {},
    }),
    opportunities: await ask('getOpportunities', { window: QUARTER_RANGE, limit: 20 }),
    impact: initiative && (await ask('getInitiativeImpact', { id: initiative.id })),
    experiences,
    state: await storedState(platform.ports, q, platform),
  };
}

/** Every ticket's surveys, suppressions and responses, as the platform's stores hold them. */
async function storedState(ports: Ports, q: Quarter, platform: LoopPlatform) {
  const tickets: Record<string, unknown> = {};
  for (const n of [...q.tickets.keys()].sort((a, b) => a - b)) {
    const id = platform.ticketId(n);
    const surveys = [...(await ports.surveys.forTicket(id))].sort((a, b) => a.id.localeCompare(b.id));
    const responses = [...(await ports.responses.forTicket(id))].sort((a, b) =>
      a.surveyId.localeCompare(b.surveyId),
    );
    tickets[`T${n}`] = {
      surveys,
      suppressed: [...(await ports.surveys.suppressedFor(id))].sort(),
      responses,
    };
  }
  return tickets;
}
