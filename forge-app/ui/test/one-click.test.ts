// @vitest-environment node
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, seriousViolations, watchErrors } from './browser';

const base = inject('sandboxUrl');

interface OutboxEntry {
  readonly kind: string;
  readonly ticketId: string;
  readonly surveyId: string;
  readonly locale: string;
  readonly scores: readonly string[];
}

interface Experience {
  readonly surveys: { id: string; state: string }[];
  readonly responses: { score: number; factors: string[]; lostTimeOption?: string; comment?: string }[];
}

const experience = async (ticketId: string) =>
  (
    (await (
      await fetch(`${base}/api/resolvers/getTicketExperience`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-xloop-account': 'agent-1',
          'x-xloop-roles': 'agent',
        },
        body: JSON.stringify({ payload: { ticketId } }),
      })
    ).json()) as { value: Experience }
  ).value;

/** An English invitation not yet answered, from the end of the outbox: the portal journeys take the newest. */
async function unanswered(skip: readonly string[] = []): Promise<OutboxEntry> {
  const outbox = (await (await fetch(`${base}/api/outbox?limit=200`)).json()) as OutboxEntry[];
  for (const entry of [...outbox].reverse()) {
    if (entry.kind !== 'invitation' || entry.locale !== 'en' || skip.includes(entry.surveyId)) continue;
    const seen = await experience(entry.ticketId);
    if (
      seen.responses.length === 0 &&
      seen.surveys.some((s) => s.id === entry.surveyId && s.state === 'sent')
    )
      return entry;
  }
  throw new Error('The sandbox has no unanswered English invitation.');
}

/** Script errors and anything the page's Content-Security-Policy refused. */
function watchProblems(page: Page): string[] {
  const errors = watchErrors(page);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const COMMENT = '<img src=x onerror=alert(1)> lost a morning';

describe('a requester answers the follow-up of a one-click link', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let invitation: OutboxEntry;
  beforeAll(async () => {
    browser = await openBrowser();
    invitation = await unanswered();
  });
  afterAll(() => browser?.close());

  it('a scanner fetching every link records nothing; the click shows the score, one tap on Send records it', async () => {
    for (const link of invitation.scores) {
      expect((await fetch(link)).status).toBe(200);
      expect((await fetch(link, { method: 'HEAD' })).status).toBe(200);
    }
    expect((await experience(invitation.ticketId)).responses).toEqual([]);

    const link = invitation.scores[3] ?? '';
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    const opened = await page.goto(link);
    expect(opened?.headers()['content-security-policy']).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(opened?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The React form replaces the server's: its score is the clicked one, and nothing is recorded yet.
    await page.getByRole('heading', { name: 'How did we do?', level: 2 }).waitFor();
    expect(await page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('form[method="post"]').count()).toBe(0);
    // The token is gone from the address bar (and so from history and anything copied from it).
    expect(page.url()).not.toContain('token=');
    expect((await experience(invitation.ticketId)).responses).toEqual([]);

    await page.getByRole('checkbox', { name: 'The service was slow' }).check();
    await page.getByRole('radio', { name: '1 to 4 hours' }).check();
    await page.getByRole('textbox').fill(COMMENT);
    await screenshot(page, 'one-click-follow-up');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').getByText('Your answer is saved.').waitFor();
    await page.getByText(COMMENT, { exact: true }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    expect((await experience(invitation.ticketId)).responses).toMatchObject([
      { score: 3, factors: ['slow'], lostTimeOption: '1-4-hours', comment: COMMENT },
    ]);

    // A change on the same page goes by the edit grant the answer came back with: it edits, never doubles.
    await page.getByRole('button', { name: 'Change my answer' }).click();
    await page.getByRole('checkbox', { name: 'I was not kept informed' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').getByText('Your answer is saved.').waitFor();
    const after = await experience(invitation.ticketId);
    expect(after.responses).toHaveLength(1);
    expect(after.responses[0]).toMatchObject({
      score: 3,
      factors: ['slow', 'not-informed'],
      comment: COMMENT,
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the link again, or another of its scores, says it is answered and shows nothing of the answer', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);
    await page.goto(invitation.scores[9] ?? '');
    await page.getByRole('heading', { name: 'Your answer is saved.', level: 1 }).waitFor();
    expect(await page.getByText(COMMENT).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect((await experience(invitation.ticketId)).responses).toMatchObject([{ score: 3 }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const fresh = await unanswered([invitation.surveyId]);
    const page = await browser.context.newPage();
    // axe is injected as a script of its own, which the page's policy rightly refuses: the check lifts it.
    await page.route('**/respond?**', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.goto(fresh.scores[3] ?? '');
    await page.getByRole('heading', { name: 'How did we do?', level: 2 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('without the script the server’s form answers with one tap on Send, and saves the answer once', async () => {
    const fresh = await unanswered([invitation.surveyId]);
    const page = await browser.context.newPage();
    // As a browser without JavaScript sees it: the page minus its script.
    await page.route('**/respond?**', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<script type="module">[\s\S]*<\/script>/, '');
      await route.fulfill({ response, body });
    });
    await page.goto(fresh.scores[8] ?? '');
    await page.getByRole('heading', { name: 'How did we do?', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    expect((await experience(fresh.ticketId)).responses).toEqual([]);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: /^Thank you/ }).waitFor();
    expect((await experience(fresh.ticketId)).responses).toMatchObject([{ score: 8, factors: [] }]);
    await page.close();
  });
});
