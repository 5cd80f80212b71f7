import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSandbox } from '@xloop/sandbox';
import { random, rollupFor, type StoredResponse, type Survey } from '@xloop/shared-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type Exit, killAfter, killAfterProgress, killRemaining, pause, xloop } from './support/crash-child';
import { CREDENTIALS, startHistorySite } from './support/crash-site';
import { imported, ratedOf } from './support/faults-history-sites';

const scratch = mkdtempSync(join(tmpdir(), 'xloop-e2e-crash-'));
afterAll(async () => {
  const left = await killRemaining();
  if (left > 0) console.log(`crash: killed ${left} child processes left running`);
  rmSync(scratch, { recursive: true, force: true });
});

const failed = (exit: Exit) =>
  `xloop exited with ${exit.code ?? exit.signal} after ${exit.ms} ms: ${exit.stderr.slice(-600)}`;

describe('the sandbox killed with SIGKILL at random points while it dispatches', () => {
  it('restarts on the same database each time and ends with every survey, answer and count consistent', async () => {
    const db = join(scratch, 'dispatch.db');
    // An hour of the simulated desk per second, so a kill after start-up still lands in live dispatch.
    const args = ['start', '--port', '0', '--seed-days', '25', '--speed', '3600', '--json', '--db', db];
    const draw = random(20261201);
    const rounds: string[] = [];
    let killed = 0;
    for (let round = 0; round < 4; round++) {
      // Seeding 25 days takes some 3–4 s after start-up; kills fall before, during and after it.
      const killAt = Math.round(1200 + draw() * 4800);
      const child = xloop(args);
      let readyAfter: number | undefined;
      const started = Date.now();
      void child.firstLine.then((line) => {
        if (line) readyAfter = Date.now() - started;
      });
      const exit = await killAfter(child, killAt);
      if (!exit.killed) throw new Error(failed(exit));
      killed++;
      rounds.push(
        `kill ${round + 1} at ${killAt} ms (${readyAfter === undefined ? 'while seeding' : `serving since ${readyAfter} ms`})`,
      );
    }

    // The last start runs to the end of start-up, dispatches live for a while and stops cleanly.
    const last = xloop(args);
    const line = await Promise.race([last.firstLine, pause(60_000).then(() => undefined)]);
    await pause(1500);
    last.process.kill('SIGTERM');
    const exit = await last.exited;
    expect(line, failed(exit)).toBeDefined();
    const started = JSON.parse(line ?? '{}') as {
      seeded: boolean;
      summary: { tickets: number; invitations: number; answers: number };
    };

    const ports = openSandbox(db);
    const surveys = (ports.db.prepare('SELECT body FROM surveys').pluck().all() as string[]).map(
      (b) => JSON.parse(b) as Survey,
    );
    const responses = (ports.db.prepare('SELECT body FROM responses').pluck().all() as string[]).map(
      (b) => JSON.parse(b) as StoredResponse,
    );
    const unsentInOutbox = ports.db
      .prepare(
        "SELECT COUNT(*) FROM surveys s WHERE s.sent_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.survey_id = s.id AND o.kind = 'invitation')",
      )
      .pluck()
      .get() as number;
    const range = { from: '2020-01-01', to: '2030-12-31' };
    const org = rollupFor(ports.rollups.read(range, ['']), range);
    ports.close();
    const sent = surveys.filter((s) => s.sentAt !== undefined).length;
    const expired = surveys.filter((s) => s.state === 'expired').length;
    console.log(
      [
        `crash (dispatch): ${rounds.join('; ')}`,
        `  last start ${started.seeded ? 'seeded again' : 'resumed'}: ${started.summary.tickets} tickets; ${surveys.length} surveys, ${sent} sent, ${expired} expired, ${responses.length} responses`,
        `  rollup: ${org.resolved} resolved, ${org.sent} sent, ${org.answered} answered, ${org.expired} expired; histogram sum ${org.histogram.reduce((a, b) => a + b, 0)}`,
      ].join('\n'),
    );
    expect(killed).toBe(4);
    expect(surveys.length).toBeGreaterThan(100);
    // No answer is half-counted, none twice.
    expect(responses.filter((r) => r.pending !== undefined)).toEqual([]);
    expect(org.answered).toBe(responses.length);
    expect(org.histogram.reduce((a, b) => a + b, 0)).toBe(responses.length);
    // Every invitation that went out is counted once, and is in the outbox.
    expect(org.sent).toBe(sent);
    expect(unsentInOutbox).toBe(0);
    expect(org.expired).toBe(expired);
    // One survey per resolution.
    expect(new Set(surveys.map((s) => s.resolutionKey)).size).toBe(surveys.length);
  });
});

describe('xloop import killed with SIGKILL at random points', () => {
  const TICKETS = 1500;
  const PAGES = TICKETS / 100;
  const rated = ratedOf(TICKETS);

  for (const platform of ['jira', 'servicenow'] as const) {
    it(`resumes a ${platform} import from its checkpoint until it completes, importing each ticket once`, async () => {
      const site = await startHistorySite({ tickets: TICKETS, pageDelayMs: 250 });
      try {
        const db = join(scratch, `${platform}.db`);
        const args =
          platform === 'jira'
            ? [
                'import',
                'jira',
                '--site',
                site.url,
                '--email',
                CREDENTIALS.user,
                '--token',
                CREDENTIALS.secret,
              ]
            : [
                'import',
                'servicenow',
                '--instance',
                site.url,
                '--user',
                CREDENTIALS.user,
                '--password',
                CREDENTIALS.secret,
              ];
        const command = [...args, '--since', '2026-10-01', '--db', db, '--json'];
        const draw = random(platform === 'jira' ? 41 : 43);
        const runs: {
          killAt?: { pages: number; ms: number };
          pages: string[];
          exit: Exit & { killed: boolean };
        }[] = [];
        for (let run = 0; run < 10; run++) {
          // Three runs are killed while they import: within 200 ms of their second, third or fourth page, counted by
          // the site, not by the clock, so a slow machine moves the kill with the work. Three kills take at most 12 of
          // the 15 pages, so the last run always has pages left to resume.
          const killAt =
            run < 3 ? { pages: 2 + Math.floor(draw() * 3), ms: Math.round(draw() * 200) } : undefined;
          const before = site.pages.length;
          const child = xloop(command);
          const exit =
            killAt === undefined
              ? await killAfter(child, 60_000)
              : await killAfterProgress(child, () => site.pages.length >= before + killAt.pages, killAt.ms);
          runs.push({ ...(killAt ? { killAt } : {}), pages: site.pages.slice(before), exit });
          if (!exit.killed && exit.code !== 0) throw new Error(failed(exit));
          if (!exit.killed) break;
        }
        const last = runs.at(-1);
        const summary = JSON.parse(last?.exit.stdout ?? '{}') as {
          resumed?: boolean;
          tickets?: number;
          rated?: number;
        };
        const ports = openSandbox(db);
        const got = imported(ports);
        ports.close();
        console.log(
          [
            `crash (${platform} import): ${TICKETS} tickets in ${PAGES} pages, ${rated} rated`,
            ...runs.map(
              (r, i) =>
                `  run ${i + 1}: ${r.exit.killed ? `killed ${r.killAt?.ms} ms after page ${r.killAt?.pages}` : `completed in ${r.exit.ms} ms`}, ${r.pages.length} pages fetched, from ${r.pages[0] ?? '-'}`,
            ),
            `  final: ${got.org.resolved} resolved, ${got.org.answered} answered, ${got.known} resolutions known (${got.surveys} surveys, ${got.responses} responses); last run resumed: ${summary.resumed}`,
          ].join('\n'),
        );
        const killedRuns = runs.filter((r) => r.exit.killed);
        expect(killedRuns.length).toBeGreaterThan(0);
        // Some kill landed mid-import: after the first page was saved, before the last.
        expect(killedRuns.some((r) => r.pages.length > 1 && r.pages.length < PAGES)).toBe(true);
        expect(last?.exit.killed).toBe(false);
        expect(summary).toMatchObject({ resumed: true, tickets: TICKETS, rated });
        // The finishing run went on from a saved page, fetching fewer than a run from scratch.
        const firstPage = platform === 'jira' ? 'jira first' : 'servicenow 0';
        expect(last?.pages[0]).not.toBe(firstPage);
        expect(last?.pages.length).toBeLessThan(PAGES);
        expect(got.org.resolved).toBe(TICKETS);
        expect(got.org.answered).toBe(rated);
        expect(got.org.histogram.reduce((a, b) => a + b, 0)).toBe(rated);
        expect(got).toMatchObject({
          tickets: TICKETS,
          resolutions: TICKETS,
          known: TICKETS,
          surveys: rated,
          responses: rated,
        });
      } finally {
        await site.close();
      }
    });
  }
});
