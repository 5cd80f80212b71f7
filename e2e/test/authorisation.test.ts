import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolverDefinitions } from '@xloop/forge-app';
import { main, openSandbox, type Report, reportData } from '@xloop/sandbox';
import { type DIMENSIONS, RESOLVER_NAMES, type Survey } from '@xloop/shared-core';
import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CUSTOMERS, type MspCustomer, REPORT_RANGE, writeMspDesk } from './support/auth-msp-desk';
import { dueAtOf, FIXTURE_SURVEYS, NOW } from './support/inputs-arbitraries';
import {
  AGENT,
  type ForgeResolver,
  forgeContext,
  forgeSurface,
  issueIdOf,
  jiraWithGroups,
  SERVICE_PROJECTS,
  type Surface,
  sandboxSurface,
  serviceNowSurface,
} from './support/inputs-surfaces';

const ALICE = FIXTURE_SURVEYS[0] as Survey;
const ALICE_OTHER = FIXTURE_SURVEYS[1] as Survey;
const SECRET = 'Alice: the VPN drops every time I open the payroll share';
const ALICE_ANSWER = { score: 3, factors: ['slow'], lostTime: '1-4-hours', comment: SECRET };

const PLATFORMS: readonly (readonly [string, () => Promise<Surface>])[] = [
  ['the sandbox', sandboxSurface],
  ['Forge', forgeSurface],
  ['ServiceNow', serviceNowSurface],
];

describe.each(PLATFORMS)('%s: requesters and agents against a survey that is not theirs', (_, make) => {
  let surface: Surface;
  beforeAll(async () => {
    surface = await make();
    // Alice answers her own survey in the portal; everything below tries to read or change that answer.
    const answered = await surface.call(
      'submitMyResponse',
      { surveyId: ALICE.id, answer: ALICE_ANSWER },
      'alice',
    );
    expect(answered.status).toBe(200);
  });
  afterAll(async () => {
    await surface.close();
  });

  it('the requester reads her own survey and answer (what another must not see)', async () => {
    const own = await surface.call('getMyTicketSurvey', { ticketId: ALICE.ticketId }, 'alice');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ surveyId: ALICE.id, response: { score: 3, comment: SECRET } });
  });

  it('another customer cannot read it: the ticket looks like one without a survey, whatever the payload claims', async () => {
    for (const payload of [
      { ticketId: ALICE.ticketId },
      { ticketId: ALICE.ticketId, accountId: 'alice', requesterId: 'alice', roles: ['admin'] },
    ]) {
      const seen = await surface.call('getMyTicketSurvey', payload, 'bob');
      expect(seen.status).toBe(200);
      expect(seen.body).toBeNull();
    }
  });

  it('another customer cannot rate it: 403, and nothing changes', async () => {
    const before = surface.snapshot();
    for (const payload of [
      { surveyId: ALICE.id, answer: { score: 10, factors: ['quick'] } },
      { surveyId: ALICE.id, requesterId: 'alice', answer: { score: 10 } },
    ]) {
      const rated = await surface.call('submitMyResponse', payload, 'bob');
      expect(rated.status).toBe(403);
      expect(rated.body).toMatchObject({ code: 'not-your-survey' });
      expect(JSON.stringify(rated.body)).not.toContain(SECRET);
    }
    expect(surface.snapshot()).toBe(before);
    // The same call as the requester is taken, so the refusal above was about whose survey it is.
    const own = await surface.call(
      'submitMyResponse',
      { surveyId: ALICE_OTHER.id, answer: { score: 8 } },
      'alice',
    );
    expect(own.status).toBe(200);
    expect(surface.snapshot()).not.toBe(before);
  });

  it('a customer cannot open the agent view of the ticket; an agent can', async () => {
    const asCustomer = await surface.call('getTicketExperience', { ticketId: ALICE.ticketId }, 'bob');
    expect(asCustomer.status).toBe(403);
    expect(JSON.stringify(asCustomer.body)).not.toContain(SECRET);
    const asAgent = await surface.call('getTicketExperience', { ticketId: ALICE.ticketId }, AGENT);
    expect(asAgent.status).toBe(200);
    expect(JSON.stringify(asAgent.body)).toContain(SECRET);
  });

  it('an agent cannot edit the response: refused 403, and nothing changes', async () => {
    const before = surface.snapshot();
    const edit = await surface.call(
      'submitMyResponse',
      { surveyId: ALICE.id, answer: { score: 10, factors: ['quick'], comment: 'fixed by the agent' } },
      AGENT,
    );
    expect(edit.status).toBe(403);
    expect(edit.body).toMatchObject({ code: 'not-your-survey', message: expect.any(String) });
    expect(surface.snapshot()).toBe(before);
  });

  it('no resolver lets an agent change a response: every one, called with an edit in its payload', async () => {
    const before = surface.responses();
    const payload = {
      surveyId: ALICE.id,
      ticketId: ALICE.ticketId,
      requesterId: 'alice',
      answer: { score: 10, comment: 'fixed by the agent' },
      response: { surveyId: ALICE.id, score: 10, comment: 'fixed by the agent' },
      id: 'i-agent',
      title: 'Agent edit',
      segment: { service: 'VPN' },
      expectedVersion: 1,
      changes: { status: 'live' },
      settings: { minimumSample: 1 },
    };
    const writers: Record<string, number> = {};
    for (const name of RESOLVER_NAMES) {
      const called = await surface.call(name, payload, AGENT);
      expect(called.status, name).toBeLessThan(500);
      if (['submitMyResponse', 'createInitiative', 'updateInitiative', 'saveSettings'].includes(name))
        writers[name] = called.status;
      expect(surface.responses(), `${name} changed a response`).toEqual(before);
    }
    expect(writers).toEqual({
      submitMyResponse: 403,
      createInitiative: 403,
      updateInitiative: 403,
      saveSettings: 403,
    });
    expect(before.find((r) => r.surveyId === ALICE.id)).toMatchObject({
      score: 3,
      comment: SECRET,
      version: 1,
    });
  });
});

describe('Forge: who is calling, and which issue, come from the invocation, never from the call', () => {
  const ports = memoryPorts({ now: NOW, zoned: dateFnsZonedTime, crypto: nodeCrypto });
  for (const s of FIXTURE_SURVEYS) ports.surveys.save(s, dueAtOf(s));
  const RESTRICTED = issueIdOf('HR-7');
  const SECURED = issueIdOf('SD-9');
  const resolver = resolverDefinitions(
    () => ports,
    jiraWithGroups([AGENT], { admins: ['admin-elsewhere'], hidden: [RESTRICTED, SECURED] }),
    { serviceProjects: async () => SERVICE_PROJECTS },
  ) as unknown as ForgeResolver;
  const invoke = (
    functionKey: string,
    payload: unknown,
    context: Record<string, unknown>,
    accountId?: string,
  ) => resolver({ call: { functionKey, payload }, context }, accountId ? { principal: { accountId } } : {});
  const portal = (ticketId: string) => forgeContext('getMyTicketSurvey', { ticketId });
  const panel = (ticketId: string) => forgeContext('getTicketExperience', { ticketId });

  it('a context naming the requester does not make another customer her', async () => {
    const own = await invoke('getMyTicketSurvey', {}, portal(ALICE.ticketId), 'alice');
    expect(own).toMatchObject({ value: { surveyId: ALICE.id } });
    const spoofed = await invoke(
      'getMyTicketSurvey',
      { ticketId: ALICE.ticketId },
      { ...portal(ALICE.ticketId), accountId: 'alice' },
      'bob',
    );
    expect(spoofed).toEqual({ value: null });
    const rated = await invoke(
      'submitMyResponse',
      { surveyId: ALICE.id, answer: { score: 1 } },
      { accountId: 'alice' },
      'bob',
    );
    expect(rated).toMatchObject({ error: { status: 403, code: 'not-your-survey' } });
    expect(ports.responses.all()).toEqual([]);
  });

  it('the ticket is the one the panel shows: a payload naming another is not read', async () => {
    const other = await invoke(
      'getMyTicketSurvey',
      { ticketId: ALICE_OTHER.ticketId },
      portal('jira:SD-none'),
      'alice',
    );
    expect(other).toEqual({ value: null });
    expect(await invoke('getMyTicketSurvey', { ticketId: ALICE.ticketId }, {}, 'alice')).toMatchObject({
      error: { status: 400 },
    });
  });

  it('without a signed-in principal nothing is read or written', async () => {
    expect(
      await invoke('getMyTicketSurvey', {}, { ...portal(ALICE.ticketId), accountId: 'alice' }),
    ).toMatchObject({
      error: { status: 401 },
    });
    expect(
      await invoke('submitMyResponse', { surveyId: ALICE.id, answer: { score: 1 } }, { accountId: 'alice' }),
    ).toMatchObject({ error: { status: 401 } });
    expect(ports.responses.all()).toEqual([]);
  });

  it('roles come from Jira’s permissions: a customer is no agent whatever the call says', async () => {
    const asCustomer = await invoke(
      'getTicketExperience',
      { ticketId: ALICE.ticketId, roles: ['agent'] },
      { ...panel(ALICE.ticketId), roles: ['agent'] },
      'bob',
    );
    expect(asCustomer).toMatchObject({ error: { status: 403, code: 'forbidden' } });
    expect(await invoke('getTicketExperience', {}, panel(ALICE.ticketId), AGENT)).toMatchObject({
      value: expect.anything(),
    });
  });

  it('an agent cannot read a restricted project’s issue or one behind a security level', async () => {
    for (const ticketId of ['jira:HR-7', 'jira:SD-9'])
      expect(await invoke('getTicketExperience', {}, panel(ticketId), AGENT)).toMatchObject({
        error: { status: 403, code: 'forbidden' },
      });
  });

  it('an admin whose group has another name administers XLoop; per-agent scores stay with CSI managers', async () => {
    expect(await invoke('getSettings', {}, {}, 'admin-elsewhere')).toMatchObject({
      value: expect.any(Object),
    });
    expect(await invoke('getSettings', {}, {}, AGENT)).toMatchObject({ error: { status: 403 } });
    expect(await invoke('getBreakdown', { dimension: 'agent' }, {}, AGENT)).toMatchObject({
      error: { status: 403 },
    });
    expect(await invoke('getBreakdown', { dimension: 'agent' }, {}, 'admin-elsewhere')).toMatchObject({
      value: expect.anything(),
    });
  });
});

describe('an MSP customer’s report (xloop report --customer) shows only their tickets', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'xloop-msp-report-'));
    db = join(dir, 'xloop.db');
    writeMspDesk(db);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** What only the other customers' tickets carry: their values, requesters and comments. */
  const othersMarks = (me: MspCustomer) =>
    CUSTOMERS.filter((c) => c !== me).flatMap((c) => [
      ...Object.values(c.segment),
      ...c.requesters,
      c.comment,
      // Another customer's name, unless it is part of this one's own.
      ...(me.name.includes(c.name) ? [] : [c.name]),
    ]);

  const report = (customer: string): Report => {
    const ports = openSandbox(db);
    try {
      return reportData(ports, REPORT_RANGE, customer);
    } finally {
      ports.close();
    }
  };

  it.each(CUSTOMERS.map((c) => [c.name, c] as const))(
    '%s: counts, segments and months are theirs alone',
    (_, me) => {
      const data = report(me.name);
      const mine = me.requesters.length;
      expect(data.customer).toBe(me.name);
      expect(data.overall.responses).toBe(mine);
      expect(data.months.reduce((sum, m) => sum + m.responses, 0)).toBe(mine);
      const dimensions = [...new Set(data.segments.map((s) => s.dimension))];
      expect(dimensions.length).toBeGreaterThan(0);
      for (const dimension of dimensions) {
        const rows = data.segments.filter((s) => s.dimension === dimension);
        // Every value is one of this customer's, and the rows add up to this customer's answers, no more.
        const own = me.segment[dimension as Exclude<(typeof DIMENSIONS)[number], 'customer' | 'kind'>];
        expect(
          rows.map((r) => r.value),
          `${dimension}`,
        ).toEqual([own]);
        expect(
          rows.reduce((sum, r) => sum + r.responses, 0),
          `${dimension}`,
        ).toBe(mine);
      }
      const text = JSON.stringify(data);
      for (const mark of othersMarks(me)) expect(text, `the report data shows "${mark}"`).not.toContain(mark);
    },
  );

  it.each(['md', 'csv', 'html'])(
    'the written %s report names no other customer’s tickets or comments',
    async (format) => {
      for (const me of CUSTOMERS) {
        const out = join(dir, `${me.name}.${format}`);
        const written = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
        try {
          await main([
            'node',
            'xloop',
            'report',
            '--format',
            format,
            '--out',
            out,
            '--customer',
            me.name,
            '--db',
            db,
            '--from',
            REPORT_RANGE.from,
            '--to',
            REPORT_RANGE.to,
            '--json',
          ]);
          expect(JSON.parse(String(written.mock.calls[0]?.[0]))).toMatchObject({
            customer: me.name,
            responses: me.requesters.length,
          });
        } finally {
          written.mockRestore();
        }
        const body = readFileSync(out, 'utf8');
        // The customer's own values are there, so an empty report cannot pass.
        expect(body).toContain(me.segment.service as string);
        for (const mark of othersMarks(me))
          expect(body, `${me.name}.${format} shows "${mark}"`).not.toContain(mark);
      }
    },
  );

  it('the organisation’s report counts every customer (so the filter above is what keeps them apart)', () => {
    const ports = openSandbox(db);
    try {
      const all = reportData(ports, REPORT_RANGE);
      expect(all.overall.responses).toBe(CUSTOMERS.reduce((sum, c) => sum + c.requesters.length, 0));
    } finally {
      ports.close();
    }
  });
});
