/**
 * The ServiceNow app's cost on an instance, measured on the Glide stand-in with the built app: the business rules as
 * the build declares them (table, actions, filter) running the `sys_module` records exactly as `now-sdk build` wrote
 * them, in a bare engine. A large site's day: 2,000 incidents resolved through the business rule, then the scheduled
 * job until every invitation is out, then three in ten requesters answer by the one-click route, then the job folds
 * the answers. Prints each figure, and its ratio to a documented budget where there is one; asserts nothing.
 *
 * Run: `npm run bench -w @xloop/servicenow-app`, which builds first.
 */
import { performance } from 'node:perf_hooks';
import { freshInstance } from '../test/app-instance';
import { restRequest, restResponse } from '../test/app-scenario';
import { bareContext, loadBuiltModules } from '../test/bare-app';
import { builtRecords, recordsOf } from '../test/built-app';
import type { GlideRecord, instance as StandIn } from '../test/glide-stand-in';

/** 2,000 by default; `XLOOP_BENCH_RESOLUTIONS` sets another day's size. */
const RESOLUTIONS = Number(process.env.XLOOP_BENCH_RESOLUTIONS ?? 2_000);
const ANSWER_SHARE = 0.3;
const GROUPS = 40;
const SERVICES = 30;
const LOCATIONS = 12;
const AGENTS = 120;
const HOUR = 3_600_000;
const MONDAY_8 = Date.UTC(2026, 10, 2, 8);
/** The job's own time budget a run (`TIME_BUDGET_MS` in `src/server/jobs/xloop-job.ts`). */
const JOB_BUDGET_MS = 30_000;
/**
 * ServiceNow's "Default quota rules" (Platform performance, Australia release, updated 2026-03-12,
 * https://www.servicenow.com/docs/r/australia/platform-administration/platform-performance/c_DefaultQuotaRules.html):
 * inbound REST Table, Import Set, Aggregate and Attachment API transactions are cancelled after 60 s, the nearest
 * documented default for the one-click route (a scripted REST API, which the list does not name); UI transactions
 * (an agent's save, which runs the business rule) two seconds before the 5-minute disconnect. No default rule limits
 * a scheduled job (the only scheduled-job rule is the UA count persistor's hour), so the job's budget is its own 30 s.
 */
const REST_QUOTA_MS = 60_000;
const UI_QUOTA_MS = 298_000;

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (figure: number, budget: number) => `${((100 * figure) / budget).toFixed(2)} % of ${budget}`;

type Counts = ReturnType<typeof StandIn.operationCounts>;
const total = (counts: Counts) =>
  Object.values(counts).reduce(
    (sum, kinds) => sum + Object.values(kinds).reduce((a, b) => a + (b ?? 0), 0),
    0,
  );
const byKind = (counts: Counts) => {
  const kinds: Record<string, number> = {};
  for (const perKind of Object.values(counts))
    for (const [kind, n] of Object.entries(perKind)) kinds[kind] = (kinds[kind] ?? 0) + (n ?? 0);
  return kinds;
};
const perThousand = (counts: Counts, per: number) =>
  Object.entries(byKind(counts))
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${kind} ${Math.round((1000 * n) / per)}`)
    .join(', ');

interface JobRun {
  readonly ran: boolean;
  readonly events: number;
  readonly rollupChanges: number;
  readonly surveys: number;
  readonly more: boolean;
}

async function main() {
  const records = builtRecords();
  const entries = [
    'src/server/ticket-events/record-ticket-event.ts',
    'src/server/jobs/xloop-job.ts',
    'src/server/api/one-click-route.ts',
    'src/server/delivery/message-at-rest.ts',
  ] as const;
  const { namespaces, glide } = await loadBuiltModules(records, bareContext(), entries);
  const built = <T>(entry: (typeof entries)[number], name: string) => namespaces[entry]?.[name] as T;
  const recordTicketEvent = built<(current: unknown, previous: unknown) => void>(
    entries[0],
    'recordTicketEvent',
  );
  const runXLoopJob = built<(now: () => number) => JobRun>(entries[1], 'runXLoopJob');
  const oneClickGet = built<(request: unknown, response: unknown) => void>(entries[2], 'oneClickGet');
  const oneClickPost = built<(request: unknown, response: unknown) => void>(entries[2], 'oneClickPost');
  const surveyMessageToSend = built<(survey: unknown) => { html: string }>(entries[3], 'surveyMessageToSend');
  const standIn = glide as unknown as { instance: typeof StandIn; GlideRecord: typeof GlideRecord };
  let now = MONDAY_8;
  const instance = freshInstance(() => now, standIn.instance);
  const { GlideRecord: Record_ } = standIn;

  // The business rules as built, each run's operations kept.
  const ruleRuns: Counts[] = [];
  let ruleMs = 0;
  for (const rule of recordsOf(records, 'sys_script'))
    instance.defineBusinessRule({
      table: rule.fields.collection ?? '',
      insert: rule.fields.action_insert === 'true',
      update: rule.fields.action_update === 'true',
      condition: rule.fields.filter_condition ?? '',
      script: (current, previous) => {
        const before = instance.operations.length;
        const started = performance.now();
        recordTicketEvent(current, previous);
        ruleMs += performance.now() - started;
        ruleRuns.push(instance.operationCounts(before));
      },
    });

  const add = (table: string, values: Record<string, string>) => {
    const row = new Record_(table);
    row.initialize();
    for (const [field, value] of Object.entries(values)) row.setValue(field, value);
    row.insert();
    return row;
  };
  for (let g = 0; g < GROUPS; g++) add('sys_user_group', { sys_id: `g${g}`, name: `Group ${g}` });
  for (let s = 0; s < SERVICES; s++) add('cmdb_ci_service', { sys_id: `s${s}`, name: `Service ${s}` });
  for (let l = 0; l < LOCATIONS; l++) add('cmn_location', { sys_id: `l${l}`, name: `Site ${l}` });
  for (let a = 0; a < AGENTS; a++) add('sys_user', { sys_id: `a${a}`, name: `Agent ${a}` });
  for (let r = 0; r < RESOLUTIONS; r++)
    add('sys_user', { sys_id: `u${r}`, name: `User ${r}`, email: `u${r}@example.com`, time_zone: 'UTC' });

  // The day: each incident opened, worked (an update the rule's filter leaves alone), then resolved, 08:00–16:00.
  const workday = 8 * HOUR;
  const incidents: GlideRecord[] = [];
  for (let n = 0; n < RESOLUTIONS; n++) {
    now = MONDAY_8 + Math.floor((n * workday) / RESOLUTIONS);
    incidents.push(
      add('incident', {
        sys_id: `inc${n}`,
        sys_class_name: 'incident',
        number: `INC${String(1_000_000 + n)}`,
        state: '1',
        caller_id: `u${n}`,
        assigned_to: `a${n % AGENTS}`,
        assignment_group: `g${n % GROUPS}`,
        business_service: `s${n % SERVICES}`,
        location: `l${n % LOCATIONS}`,
        contact_type: n % 3 === 0 ? 'phone' : 'email',
        contact_type$display: n % 3 === 0 ? 'Phone' : 'Email',
        priority: String(1 + (n % 4)),
        priority$display: `${1 + (n % 4)} - Level`,
        category: 'inquiry',
        category$display: 'Inquiry',
        opened_at: stamp(now - 2 * HOUR),
      }),
    );
  }
  const unrelatedBefore = ruleRuns.length;
  const unrelatedOps = instance.operations.length;
  for (const incident of incidents) {
    incident.setValue('state', '2');
    incident.setValue('work_notes', 'Looking into it');
    incident.update();
  }
  const unrelatedRuns = ruleRuns.length - unrelatedBefore;
  const unrelatedCounts = instance.operationCounts(unrelatedOps);
  for (const [n, incident] of incidents.entries()) {
    now = MONDAY_8 + Math.floor((n * workday) / RESOLUTIONS) + 30 * 60_000;
    incident.setValue('state', '6');
    incident.setValue('close_code', 'Solution provided');
    incident.setValue('resolved_at', stamp(now));
    incident.setValue('sys_updated_on', stamp(now));
    incident.update();
  }
  const resolvingRuns = ruleRuns.slice(unrelatedBefore + unrelatedRuns);
  const ruleTotal = resolvingRuns.reduce((sum, counts) => sum + total(counts), 0);
  const ruleWrites = resolvingRuns.reduce(
    (sum, counts) => sum + Object.values(counts).reduce((a, kinds) => a + (kinds.insert ?? 0), 0),
    0,
  );

  // The job, every minute of the instance's clock, until nothing is left to do. Inside a run its clock moves with
  // the wall clock, so a run stops taking batches after its 30 s as it would on the instance.
  const runs: { ms: number; ops: number; run: JobRun }[] = [];
  const job = () => {
    const before = instance.operations.length;
    const simulated = now;
    const wall = performance.now();
    const run = runXLoopJob(() => simulated + Math.floor(performance.now() - wall));
    runs.push({ ms: performance.now() - wall, ops: instance.operations.length - before, run });
    return run;
  };
  const sent = () => instance.rows('x_xloop_survey').filter((s) => s.state === 'sent').length;
  const phase = (until: () => boolean, step: number, limit: number) => {
    const firstRun = runs.length;
    const firstOp = instance.operations.length;
    const wall = performance.now();
    for (let i = 0; i < limit && !until(); i++) {
      const run = job();
      if (!run.more && run.events + run.surveys + run.rollupChanges === 0) now += step;
    }
    return {
      ms: performance.now() - wall,
      counts: instance.operationCounts(firstOp),
      runs: runs.slice(firstRun),
    };
  };
  now = MONDAY_8 + workday + 30 * 60_000;
  const pending = () =>
    instance.rows('x_xloop_ticket_event').some((e) => e.state === 'new') ||
    instance.rows('x_xloop_survey').some((s) => s.state === 'scheduled') ||
    instance.rows('x_xloop_rollup_change').some((c) => c.state !== 'done');
  const invitations = phase(() => !pending(), HOUR, 500);
  const invited = sent();
  const scheduledLeft = instance.rows('x_xloop_survey').filter((s) => s.state === 'scheduled').length;

  // Three in ten answer: they click 9 in the e-mail (the route shows the follow-up form) and send the form.
  const answering = instance.rows('x_xloop_survey').filter((s) => s.state === 'sent');
  const answers = Math.round(answering.length * ANSWER_SHARE);
  let mailOps = 0;
  const tokens: string[] = [];
  for (const survey of answering.slice(0, answers)) {
    // The notification's mail script gets the survey record in hand.
    const mailed = new Record_('x_xloop_survey');
    mailed.get(survey.sys_id ?? '');
    const before = instance.operations.length;
    const html = surveyMessageToSend(mailed).html;
    mailOps += instance.operations.length - before;
    const link = html.match(/href="([^"]+\/respond\?[^"]+)"/g)?.[9] ?? '';
    tokens.push(decodeURIComponent(link.replace(/&amp;/g, '&').split('token=')[1]?.replace(/"$/, '') ?? ''));
  }
  now += 10 * 60_000;
  const answerOps = instance.operations.length;
  let slowestAnswerMs = 0;
  let answered = 0;
  for (const token of tokens) {
    const click = restResponse();
    const response = restResponse();
    const started = performance.now();
    oneClickGet(restRequest({ query: { token } }), click);
    oneClickPost(
      restRequest({
        form: `token=${encodeURIComponent(token)}&factors=quick&lostTime=up-to-15-min&comment=Thanks&locale=en`,
      }),
      response,
    );
    slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - started);
    if (click.sent.status === 200 && response.sent.status === 200) answered++;
  }
  const answerCounts = instance.operationCounts(answerOps);
  now += 60_000;
  const folding = phase(() => !pending(), 60_000, 500);

  const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
  const busiest = runs.reduce((a, b) => (b.ops > a.ops ? b : a));
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
  console.log(
    `servicenow-app instance benchmark — Node ${process.version}, the built app on the Glide stand-in, figures printed, nothing asserted`,
  );
  console.log(`a large site's day: ${RESOLUTIONS} incidents resolved 08:00–16:00`);
  console.log('business rule (in the agent’s save):');
  line(
    'operations per resolving update',
    `${fixed(ruleTotal / resolvingRuns.length, 2)} (inserts ${fixed(ruleWrites / resolvingRuns.length, 2)}, other ${fixed((ruleTotal - ruleWrites) / resolvingRuns.length, 2)}; target 1 insert and nothing else)`,
  );
  line(
    'runs on updates its filter leaves alone',
    `${unrelatedRuns} of ${incidents.length} (operations besides the saves: ${total(unrelatedCounts) - incidents.length})`,
  );
  line(
    'script time per run (stand-in)',
    `${fixed((1000 * ruleMs) / resolvingRuns.length, 0)} µs, ${ratio(ruleMs / resolvingRuns.length, UI_QUOTA_MS)} ms UI transaction quota`,
  );
  console.log('scheduled job, invitations (decide on the events, dispatch, fold):');
  line(
    'invitations sent / still scheduled',
    `${invited} / ${scheduledLeft}, in ${invitations.runs.length} runs`,
  );
  line('wall time per 1,000 invitations (stand-in)', `${fixed((1000 * invitations.ms) / invited, 0)} ms`);
  line(
    'GlideRecord operations per 1,000 invitations',
    `${Math.round((1000 * total(invitations.counts)) / invited)} (${perThousand(invitations.counts, invited)})`,
  );
  line('e-mail script operations per 1,000 e-mails', `${Math.round((1000 * mailOps) / tokens.length)}`);
  console.log('one-click answers (scripted REST), then the job folds them:');
  line(
    'answers recorded',
    `${answered} of ${tokens.length} (${Math.round(100 * ANSWER_SHARE)} % of the invited)`,
  );
  line('route operations per answer (click and form)', fixed(total(answerCounts) / tokens.length, 1));
  line(
    'slowest answer (stand-in)',
    `${fixed(slowestAnswerMs, 1)} ms, ${ratio(slowestAnswerMs, REST_QUOTA_MS)} ms REST quota`,
  );
  line('job wall time per 1,000 answers folded (stand-in)', `${fixed((1000 * folding.ms) / answered, 0)} ms`);
  line(
    'job operations per 1,000 answers folded',
    `${Math.round((1000 * total(folding.counts)) / answered)} (${perThousand(folding.counts, answered)})`,
  );
  console.log('job runs:');
  line('runs', `${runs.length}`);
  line(
    'slowest run (stand-in)',
    `${fixed(slowest.ms, 0)} ms, ${ratio(slowest.ms, JOB_BUDGET_MS)} ms time budget (events ${slowest.run.events}, surveys ${slowest.run.surveys}, rollup changes ${slowest.run.rollupChanges})`,
  );
  line('most operations in one run', `${busiest.ops}`);
  console.log(
    'The stand-in answers from memory: its times are the app’s own work, not the database’s. On an instance each operation adds its round trip, so the operation counts are the figures to size by.',
  );
}

await main();
