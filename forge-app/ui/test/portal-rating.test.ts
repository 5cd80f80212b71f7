// @vitest-environment node
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, seriousViolations, watchErrors } from './browser';

const base = inject('sandboxUrl');

interface OutboxEntry {
  readonly kind: string;
  readonly ticketId: string;
  readonly surveyId: string;
}

/** An agent of the service desk, as the sandbox's callers name themselves. */
const AGENT = { 'content-type': 'application/json', 'x-xloop-account': 'agent-1', 'x-xloop-roles': 'agent' };

/** Invitations the sandbox sent, newest first: each a resolved ticket whose customer can rate it. */
async function invitations(): Promise<{ ticketId: string; account: string }[]> {
  const outbox = (await (await fetch(`${base}/api/outbox?limit=200`)).json()) as OutboxEntry[];
  const seen = new Set<string>();
  const tickets: { ticketId: string; account: string }[] = [];
  for (const entry of outbox) {
    if (entry.kind !== 'invitation' || seen.has(entry.ticketId)) continue;
    seen.add(entry.ticketId);
    const survey = (
      (await (
        await fetch(`${base}/api/resolvers/getTicketExperience`, {
          method: 'POST',
          headers: AGENT,
          body: JSON.stringify({ payload: { ticketId: entry.ticketId } }),
        })
      ).json()) as {
        value: { surveys: { id: string; state: string; requester: { id: string } }[]; responses: unknown[] };
      }
    ).value;
    const open = survey.surveys.find((s) => s.id === entry.surveyId && s.state === 'sent');
    if (open && survey.responses.length === 0)
      tickets.push({ ticketId: entry.ticketId, account: open.requester.id });
  }
  return tickets;
}

const screen = (ticketId: string, account: string, extra = '') =>
  `${base}/ui/portal-rating/?ticket=${encodeURIComponent(ticketId)}&account=${encodeURIComponent(account)}&roles=customer${extra}`;

describe('a customer rates a resolved request in the portal', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let open: { ticketId: string; account: string }[];
  beforeAll(async () => {
    browser = await openBrowser();
    open = await invitations();
    expect(open.length).toBeGreaterThanOrEqual(3);
  });
  afterAll(() => browser?.close());

  it('with the mouse: a score, that band’s factors, lost time and a comment; then sees the answer', async () => {
    const { ticketId, account } = open[0] as { ticketId: string; account: string };
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(screen(ticketId, account));
    await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await screenshot(page, 'portal-rating');
    await page.getByRole('radio', { name: '4', exact: true }).check();
    // A low score asks what went wrong, with the negative factors only.
    await page.getByRole('group', { name: 'What went wrong?' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'The service was quick' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: 'The service was slow' }).check();
    await page.getByRole('radio', { name: '1 to 4 hours' }).check();
    await page.getByRole('textbox').fill('<img src=x onerror=alert(1)> took <b>two</b> days');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').getByText('Your answer is saved.').waitFor();
    // The comment is shown as the text typed: no element was made from it.
    await page.getByText('<img src=x onerror=alert(1)> took <b>two</b> days', { exact: true }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    await screenshot(page, 'portal-rating-answered');
    expect(errors).toEqual([]);

    // The answer is stored for the ticket, and the agent's resolver sees it.
    const experience = (
      (await (
        await fetch(`${base}/api/resolvers/getTicketExperience`, {
          method: 'POST',
          headers: AGENT,
          body: JSON.stringify({ payload: { ticketId } }),
        })
      ).json()) as {
        value: { responses: { score: number; factors: string[]; lostTimeOption: string; comment: string }[] };
      }
    ).value;
    expect(experience.responses).toHaveLength(1);
    expect(experience.responses[0]).toMatchObject({
      score: 4,
      factors: ['slow'],
      lostTimeOption: '1-4-hours',
      comment: '<img src=x onerror=alert(1)> took <b>two</b> days',
    });

    // Changing the answer edits it: still one response.
    await page.getByRole('button', { name: 'Change my answer' }).click();
    await page.getByRole('radio', { name: '9', exact: true }).check();
    await page.getByRole('checkbox', { name: 'The personnel was skilled' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').getByText('Your answer is saved.').waitFor();
    const again = (
      (await (
        await fetch(`${base}/api/resolvers/getTicketExperience`, {
          method: 'POST',
          headers: AGENT,
          body: JSON.stringify({ payload: { ticketId } }),
        })
      ).json()) as { value: { responses: { score: number; factors: string[] }[] } }
    ).value;
    expect(again.responses).toHaveLength(1);
    expect(again.responses[0]).toMatchObject({ score: 9, factors: ['skilled'] });
    await page.close();
  });

  it('then an agent sees the answer on the ticket, the comment as text, with the team and agent trends', async () => {
    const { ticketId } = open[0] as { ticketId: string; account: string };
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${base}/ui/agent-view/?ticket=${encodeURIComponent(ticketId)}&account=agent-1&roles=agent`,
    );
    await page.getByText('9 / 10').waitFor();
    await page.getByRole('list', { name: 'Factors' }).getByText('The personnel was skilled').waitFor();
    await page.getByText('<img src=x onerror=alert(1)> took <b>two</b> days', { exact: true }).waitFor();
    expect(await page.locator('main img').count()).toBe(0);
    await page.getByRole('heading', { name: /^Team .*, last 90 days$/ }).waitFor();
    await page
      .getByRole('img', { name: /^Weekly happiness over \d+ weeks/ })
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'agent-panel');
    expect(errors).toEqual([]);
    // A customer cannot read the agents' view.
    const refused = await fetch(`${base}/api/resolvers/getTicketExperience`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-xloop-account': 'user-1',
        'x-xloop-roles': 'customer',
      },
      body: JSON.stringify({ payload: { ticketId } }),
    });
    expect(refused.status).toBe(403);
    await page.close();
  });

  it('with the keyboard only, in Finnish', async () => {
    const { ticketId, account } = open[1] as { ticketId: string; account: string };
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(screen(ticketId, account, '&locale=fi-FI'));
    const question = page.getByRole('group').first();
    await question.waitFor();
    // Tab into the scale, arrows move the choice, space keeps it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '8', exact: true }).isChecked()).toBe(true);
    // Neutral band: "what could have been better", in Finnish.
    const factors = page.getByRole('group').nth(1);
    await factors.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const checked = await page.getByRole('checkbox', { checked: true }).count();
    expect(checked).toBe(1);
    // On to Send and press Enter.
    const send = page.getByRole('button', { name: 'Lähetä' });
    for (let i = 0; i < 30 && !(await send.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations, light or dark', async () => {
    const { ticketId, account } = open[2] as { ticketId: string; account: string };
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.goto(screen(ticketId, account, `&theme=${theme}`));
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await page.getByRole('group').nth(1).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      if (theme === 'dark') await screenshot(page, 'portal-rating-dark');
      await page.close();
    }
  });

  it('tells another customer there is nothing for them to rate', async () => {
    const { ticketId } = open[2] as { ticketId: string; account: string };
    const page = await browser.context.newPage();
    await page.goto(screen(ticketId, 'someone-else'));
    await page.getByText('There is no survey for this request yet.').waitFor();
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    await page.close();
  });
});
