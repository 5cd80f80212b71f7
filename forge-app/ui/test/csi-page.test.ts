// @vitest-environment node
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, seriousViolations, watchErrors } from './browser';

const base = inject('sandboxUrl');
const csiPage = (extra = '') => `${base}/ui/csi-page/?account=csi-1&roles=csi-manager${extra}`;

interface BoardEntry {
  readonly initiative: {
    readonly id: string;
    readonly title: string;
    readonly status: string;
    readonly version: number;
  };
}

/** The board as the app stores it, read the way the page reads it. */
async function storedBoard(): Promise<BoardEntry[]> {
  const response = await fetch(`${base}/api/resolvers/listInitiatives`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-xloop-account': 'csi-1',
      'x-xloop-roles': 'csi-manager',
    },
    body: JSON.stringify({ payload: {} }),
  });
  return ((await response.json()) as { value: BoardEntry[] }).value;
}

/** A local day, `offset` days from today, as YYYY-MM-DD. */
function isoDay(offset: number): string {
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

const column = (page: Page, name: string) =>
  page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });

async function openTab(page: Page, name: 'Dashboard' | 'Opportunities' | 'Improvement board') {
  await page.getByRole('tab', { name }).click();
  if (name === 'Dashboard') await page.getByRole('group', { name: 'Happiness' }).waitFor();
  if (name === 'Opportunities')
    await page.getByRole('list', { name: 'Opportunities, highest impact first' }).waitFor();
  if (name === 'Improvement board') await column(page, 'Identified').waitFor();
}

/** Waits until the card is in the column (the board answers moves optimistically, then from the app). */
async function expectIn(page: Page, status: string, card: Locator) {
  await column(page, status)
    .getByRole('article', { name: (await card.getAttribute('aria-label')) ?? '' })
    .waitFor();
}

describe('a CSI manager improves the service from the top opportunity', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  it('sees the dashboard — happiness with its interval, lost time, response rate, trend, factors — and filters it', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(csiPage());
    const happiness = page.getByRole('group', { name: 'Happiness' });
    await happiness.waitFor();
    expect(await happiness.textContent()).toMatch(/95 % CI [−+]?\d+ to [−+]?\d+ · \d+ answers/);
    expect(await page.getByRole('group', { name: 'Lost time' }).textContent()).toMatch(/per ticket/);
    expect(await page.getByRole('group', { name: 'Response rate' }).textContent()).toMatch(/\d+ %/);
    expect(await page.getByRole('img', { name: /^Happiness per period/ }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /^Share of answers citing each factor/ }).isVisible()).toBe(
      true,
    );
    // The charts are drawn (a canvas with pixels), and read by screen readers from their tables.
    expect(await page.getByRole('table', { name: 'Trend per period', includeHidden: true }).count()).toBe(1);
    const painted = await page.locator('canvas').evaluateAll((canvases) =>
      canvases.map((canvas) => {
        const { data } = (canvas as HTMLCanvasElement)
          .getContext('2d')
          ?.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height) ?? {
          data: [],
        };
        let opaque = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) opaque++;
        return opaque;
      }),
    );
    expect(painted).toHaveLength(2);
    for (const pixels of painted) expect(pixels).toBeGreaterThan(1000);
    await screenshot(page, 'csi-dashboard');
    // The trend of another measure, on request.
    await page.getByLabel('Trend of').selectOption('lostTime');
    await page.getByRole('img', { name: /^Lost time per ticket \(minutes\) per period/ }).waitFor();
    await page.getByLabel('Trend of').selectOption('happiness');

    // Filter by a service from the breakdown's values: the dashboard names the segment and compares it with the
    // organisation's line.
    await page.getByLabel('Segment by').selectOption('service');
    const services = page.getByRole('combobox', { name: 'Service', exact: true });
    await services.locator('option').nth(1).waitFor({ state: 'attached' });
    const value = (await services.locator('option').nth(1).getAttribute('value')) as string;
    await services.selectOption(value);
    await page.getByText(new RegExp(`^Service ${value}, \\d{4}-\\d\\d-\\d\\d to`)).waitFor();
    await page.getByText(/^Dashed line: Whole organisation/).waitFor();
    await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Last 30 days' });
    await page.getByText(new RegExp(`^Service ${value}, ${isoDay(-29)} to ${isoDay(0)}:`)).waitFor();
    await screenshot(page, 'csi-dashboard-filtered');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('creates an initiative from the top opportunity and moves it across the board by mouse and by keyboard', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(csiPage());
    await openTab(page, 'Opportunities');
    const top = page
      .getByRole('list', { name: 'Opportunities, highest impact first' })
      .getByRole('article')
      .first();
    expect(await top.getAttribute('aria-label')).toMatch(/^1\. /);
    expect(await top.textContent()).toMatch(/hours a month to win back|a month/);
    expect(await top.getByText('Top drivers').count()).toBe(1);
    await screenshot(page, 'csi-opportunities');

    // Create it: the title comes prefilled from the opportunity; ours is made unique, as other journeys share the
    // sandbox.
    await top.getByRole('button', { name: /^Create initiative for / }).click();
    const form = top.getByRole('form', { name: /^New initiative for / });
    const title = form.getByLabel('Title');
    expect(await title.inputValue()).toMatch(/^Improve /);
    const name = `${await title.inputValue()} — journey ${Date.now().toString(36)}`;
    await title.fill(name);
    await form
      .getByLabel('Hypothesis')
      .fill('<img src=x onerror=alert(1)> Self-service fixes the top driver.');
    await form.getByLabel('Effort (points)').selectOption('5');
    await form.getByRole('button', { name: 'Create initiative' }).click();
    await top.getByRole('status').getByText(`Initiative “${name}” created`).waitFor();
    await screenshot(page, 'csi-opportunity-created');

    // On the board, in Identified, with its baseline; the hypothesis is text.
    await top.getByRole('button', { name: 'Show the board' }).click();
    const card = page.getByRole('article', { name });
    await expectIn(page, 'Identified', card);
    expect(await card.textContent()).toMatch(/Baseline \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d: happiness/);
    await card.getByText('<img src=x onerror=alert(1)> Self-service fixes the top driver.').waitFor();
    expect(await page.locator('main img').count()).toBe(0);

    // With the mouse: drag it to Prioritised.
    await card.dragTo(column(page, 'Prioritised'));
    await expectIn(page, 'Prioritised', card);
    await page
      .getByRole('status')
      .getByText(`Moved “${name}” to Prioritised.`)
      .waitFor({ state: 'attached' });

    // With the keyboard: its "Move to" list, one step down to In progress.
    const moveTo = card.getByRole('combobox', { name: `Move “${name}” to` });
    await moveTo.focus();
    await page.keyboard.press('ArrowDown');
    await expectIn(page, 'In progress', card);
    await page
      .getByRole('status')
      .getByText(`Moved “${name}” to In progress.`)
      .waitFor({ state: 'attached' });

    // The moves are stored: after a reload the card is still in progress.
    await page.reload();
    await openTab(page, 'Improvement board');
    await expectIn(page, 'In progress', card);
    const stored = (await storedBoard()).find((e) => e.initiative.title === name);
    expect(stored?.initiative.status).toBe('in-progress');
    expect(stored?.initiative.version).toBe(3);

    // Measuring needs the go-live date: the move is refused, undone and explained.
    await card.getByRole('combobox', { name: `Move “${name}” to` }).focus();
    await page.keyboard.press('ArrowDown');
    await page
      .getByRole('alert')
      .getByText(/cannot move to Measuring: Set the go-live date/)
      .waitFor();
    await expectIn(page, 'In progress', card);

    // Set the go-live date (today), then drag it to Measuring: its live impact shows.
    await card.getByLabel('Go-live date').fill(isoDay(0));
    await card.getByRole('button', { name: 'Save go-live' }).click();
    await page
      .getByRole('status')
      .getByText(`Saved the go-live date of “${name}”.`)
      .waitFor({ state: 'attached' });
    await card.dragTo(column(page, 'Measuring'));
    await expectIn(page, 'Measuring', card);
    await card
      .getByText(/Not enough data yet|Improved|Worse|Mixed|No detectable change/)
      .first()
      .waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('');
    await screenshot(page, 'csi-board');

    await page.reload();
    await openTab(page, 'Improvement board');
    await expectIn(page, 'Measuring', card);
    expect((await storedBoard()).find((e) => e.initiative.title === name)?.initiative.status).toBe(
      'measuring',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violations on any tab, light or dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.goto(csiPage(`&theme=${theme}`));
      for (const tab of ['Dashboard', 'Opportunities', 'Improvement board'] as const) {
        await openTab(page, tab);
        if (tab === 'Opportunities')
          await page
            .getByRole('button', { name: /^Create initiative for / })
            .first()
            .click();
        expect(await seriousViolations(page), `${tab} in ${theme}`).toEqual([]);
        if (theme === 'dark')
          await screenshot(page, `csi-${tab === 'Improvement board' ? 'board' : tab.toLowerCase()}-dark`);
      }
      await page.close();
    }
  });
});
