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
import { dateFnsZonedTime as dateFnsZonedTimeBefore } from './baseline/policy/date-fns-zoned-time';
import { decideDue as decideDueBefore } from './baseline/policy/decide-due';
import { decideOnEvent as decideOnEventBefore } from './baseline/policy/decide-on-event';
import { best, rates, type Timing } from './measure';

/** The policy's entry points, today's or as they were. */
interface PolicyFunctions {
  readonly decideOnEvent: typeof decideOnEvent;
  readonly decideDue: typeof decideDue;
  readonly zoned: ZonedTime;
}
const NOW: PolicyFunctions = { decideOnEvent, decideDue, zoned: dateFnsZonedTime };
const BEFORE: PolicyFunctions = {
  decideOnEvent: decideOnEventBefore,
  decideDue: decideDueBefore,
  zoned: dateFnsZonedTimeBefore,
};

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
function decideAll(
  all: readonly TicketEvent[],
  zoned: ZonedTime,
  decide: typeof decideOnEvent,
  keep?: Decision[],
): { decisions: number; surveys: Survey[] } {
  const byRequester = new Map<string, Survey[]>();
  const surveys: Survey[] = [];
  let decisions = 0;
  for (const event of all) {
    const mine = byRequester.get(event.ticket.requester.id) ?? [];
    const history: SurveyHistory = { ...EMPTY_HISTORY, requesterSurveys: mine };
    const decided: readonly Decision[] = decide(event, history, {
      policy: DEFAULT_POLICY,
      zoned,
      now: event.at,
    });
    decisions += decided.length;
    keep?.push(...decided);
    for (const decision of decided) {
      if (decision.kind !== 'schedule') continue;
      mine.push(decision.survey);
      surveys.push(decision.survey);
    }
    byRequester.set(event.ticket.requester.id, mine);
  }
  return { decisions, surveys };
}

/** Every scheduled survey decided at its send time, with no history. */
function dueAll(
  surveys: readonly Survey[],
  { decideDue: decide, zoned }: PolicyFunctions,
): (Decision | null)[] {
  return surveys.map((survey) =>
    decide(survey, EMPTY_HISTORY, { policy: DEFAULT_POLICY, zoned, now: survey.sendAt }),
  );
}

export function policyBench(): void {
  const all = events(50_000);
  // Today's functions and the previous ones in turn, on the same events in the same process.
  const zonedBefore = best(3, () => decideAll(all, BEFORE.zoned, BEFORE.decideOnEvent));
  const zonedNow = best(3, () => decideAll(all, NOW.zoned, NOW.decideOnEvent));
  const fixedBefore = best(3, () => decideAll(all, fixedOffset, BEFORE.decideOnEvent));
  const fixedNow = best(3, () => decideAll(all, fixedOffset, NOW.decideOnEvent));
  const { surveys } = zonedNow.result;
  const dueBefore = best(3, () => dueAll(surveys, BEFORE));
  const dueNow = best(3, () => dueAll(surveys, NOW));
  // Every decision compared, outside the timings.
  const decided = (zoned: ZonedTime, functions: PolicyFunctions): string => {
    const kept: Decision[] = [];
    decideAll(all, zoned, functions.decideOnEvent, kept);
    return JSON.stringify(kept);
  };
  const same =
    decided(BEFORE.zoned, BEFORE) === decided(NOW.zoned, NOW) &&
    decided(fixedOffset, BEFORE) === decided(fixedOffset, NOW) &&
    JSON.stringify(dueBefore.result) === JSON.stringify(dueNow.result);
  const row = (label: string, count: number, before: Timing<unknown>, now: Timing<unknown>) => {
    console.log(`  ${label}`);
    console.log(`    before ${rates(count, before)}`);
    console.log(
      `    now    ${rates(count, now)}: ${(before.ms / now.ms).toFixed(1)}× faster by wall time, ${(before.cpuMs / now.cpuMs).toFixed(1)}× by CPU time`,
    );
  };
  console.log('\nPolicy decisions (50,000 resolutions, 5,000 requesters in 6 zones, default policy)');
  row('decideOnEvent, IANA zones (@date-fns/tz):  ', all.length, zonedBefore, zonedNow);
  row('decideOnEvent, fixed-offset zones:         ', all.length, fixedBefore, fixedNow);
  row('decideDue at send time, IANA zones:        ', surveys.length, dueBefore, dueNow);
  console.log(
    `  ${zonedNow.result.decisions} decisions, ${surveys.length} scheduled; IANA zones take ${(zonedNow.ms / fixedNow.ms).toFixed(2)}× the time of fixed offsets; identical decisions: ${same}`,
  );
}
