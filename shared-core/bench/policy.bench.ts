import {
  DAY,
  DEFAULT_POLICY,
  type Decision,
  decideDue,
  decideOnEvent,
  EMPTY_HISTORY,
  type Survey,
  type SurveyHistory,
  type TicketEvent,
  type ZonedTime,
} from '../src/index';
import { dateFnsZonedTime } from '../src/platform/index';
import { random } from '../src/random';
import { best, perSecond } from './measure';

const ZONES = [
  'Europe/Helsinki',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/Berlin',
  'UTC',
];

// Pure arithmetic: what the policy costs without any time-zone database.
const fixedOffset: ZonedTime = {
  toLocal(instant) {
    const d = new Date(instant);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      weekday: (d.getUTCDay() || 7) as 1,
    };
  },
  fromLocal: (l) => Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute),
  isValidTimeZone: () => true,
};

function events(count: number): TicketEvent[] {
  const next = random(7);
  const start = Date.UTC(2026, 0, 5);
  return Array.from({ length: count }, (_, i) => {
    const resolvedAt = start + Math.floor(next() * 180 * DAY);
    const requester = Math.floor(next() * (count / 10));
    return {
      type: 'resolved' as const,
      at: resolvedAt,
      ticket: {
        id: `jira:SD-${i}`,
        kind: next() < 0.6 ? ('incident' as const) : ('request' as const),
        requester: { id: `user-${requester}`, timeZone: ZONES[requester % ZONES.length] },
        agentId: `agent-${i % 50}`,
        status: 'resolved' as const,
        resolutionCode: next() < 0.05 ? 'Duplicate' : 'Done',
        segment: { service: `Service ${i % 20}` },
        createdAt: resolvedAt - DAY,
        resolvedAt,
      },
    };
  }).sort((a, b) => a.at - b.at);
}

/** Every event decided against the requester's own history, as a store would supply it. */
function decideAll(all: readonly TicketEvent[], zoned: ZonedTime): { decisions: number; surveys: Survey[] } {
  const byRequester = new Map<string, Survey[]>();
  const surveys: Survey[] = [];
  let decisions = 0;
  for (const event of all) {
    const mine = byRequester.get(event.ticket.requester.id) ?? [];
    const history: SurveyHistory = { ...EMPTY_HISTORY, requesterSurveys: mine };
    const decided: readonly Decision[] = decideOnEvent(event, history, {
      policy: DEFAULT_POLICY,
      zoned,
      now: event.at,
    });
    decisions += decided.length;
    for (const decision of decided) {
      if (decision.kind !== 'schedule') continue;
      mine.push(decision.survey);
      surveys.push(decision.survey);
    }
    byRequester.set(event.ticket.requester.id, mine);
  }
  return { decisions, surveys };
}

export function policyBench(): void {
  const all = events(50_000);
  const zoned = best(3, () => decideAll(all, dateFnsZonedTime));
  const fixed = best(3, () => decideAll(all, fixedOffset));
  const { surveys } = zoned.result;
  const due = best(3, () => {
    let count = 0;
    for (const survey of surveys) {
      if (
        decideDue(survey, EMPTY_HISTORY, {
          policy: DEFAULT_POLICY,
          zoned: dateFnsZonedTime,
          now: survey.sendAt,
        }) !== null
      )
        count++;
    }
    return count;
  });
  console.log('\nPolicy decisions (50,000 resolutions, 5,000 requesters in 6 zones, default policy)');
  console.log(
    `  decideOnEvent, IANA zones (@date-fns/tz):  ${perSecond(all.length, zoned.ms)}  (${zoned.result.decisions} decisions, ${surveys.length} scheduled)`,
  );
  console.log(`  decideOnEvent, fixed-offset baseline:      ${perSecond(all.length, fixed.ms)}`);
  console.log(`  ratio, IANA zones vs fixed offset:         ${(zoned.ms / fixed.ms).toFixed(2)}× the time`);
  console.log(`  decideDue at send time:                    ${perSecond(surveys.length, due.ms)}`);
}
