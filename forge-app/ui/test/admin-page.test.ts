// @vitest-environment node
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, seriousViolations, watchErrors } from './browser';

const base = inject('sandboxUrl');
const admin = { 'content-type': 'application/json', 'x-xloop-account': 'admin-1', 'x-xloop-roles': 'admin' };

interface Preview {
  readonly sent: number;
  readonly suppressed: number;
  readonly suppressionsByReason: readonly { code: string; count: number }[];
}
interface Settings {
  readonly policy: Record<string, unknown> & { minDaysBetweenSurveys: number };
  readonly minimumSample: number;
  readonly reference?: unknown;
}

async function resolver<T>(name: string, payload: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${base}/api/resolvers/${name}`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ payload }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: T }).value;
}

const screenUrl = (extra = '') => `${base}/ui/admin-page/?account=admin-1&roles=admin${extra}`;
const count = (n: number) => n.toLocaleString('en');
const sentence = (page: Page) => page.getByTestId('preview-sentence');
const minDays = (page: Page) => page.getByLabel('Minimum days between surveys');

/**
 * The numbers the page's preview shows, once its sentence is there (and differs from `before`, if given). The
 * sandbox's desk runs in real time, so a ticket may come or go between two replays: the server's own preview of the
 * same settings is compared within a small margin.
 */
async function shownPreview(page: Page, before?: string) {
  const shown = sentence(page);
  await expect
    .poll(async () => ((await shown.count()) > 0 ? await shown.textContent() : null), { timeout: 30_000 })
    .not.toBe(before ?? null);
  const text = (await shown.textContent()) ?? '';
  const match = /sent ([\d,]+) surveys and suppressed ([\d,]+)/.exec(text);
  expect(match).not.toBeNull();
  const number = (digits: string | undefined) => Number((digits ?? '').replace(/,/g, ''));
  return { text, sent: number(match?.[1]), suppressed: number(match?.[2]) };
}

const near = (shown: number, replayed: number) =>
  expect(Math.abs(shown - replayed)).toBeLessThanOrEqual(Math.max(5, replayed * 0.01));

describe('an admin tunes the timing rules with the preview', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let original: Settings;
  beforeAll(async () => {
    browser = await openBrowser();
    original = await resolver<Settings>('getSettings');
  });
  afterAll(async () => {
    // Other journeys share this sandbox: its settings go back as they were.
    if (original)
      await resolver('saveSettings', { settings: { ...original, reference: original.reference ?? null } });
    await browser?.close();
  });

  it('sees what a change would do, is told what is wrong, saves, and finds it kept', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(screenUrl());
    await page.getByRole('heading', { name: 'XLoop settings' }).waitFor();

    // The preview first shows what the saved settings would have done, as the server replays them.
    const first = await shownPreview(page);
    const saved = await resolver<Preview>('previewPolicy', { settings: original });
    near(first.sent, saved.sent);
    near(first.suppressed, saved.suppressed);
    expect(await minDays(page).inputValue()).toBe(String(original.policy.minDaysBetweenSurveys));
    await screenshot(page, 'admin-page');

    // Fewer days between surveys: more are sent, fewer suppressed for fatigue, and the page says by how much.
    await minDays(page).fill('1');
    const candidate = { ...original, policy: { ...original.policy, minDaysBetweenSurveys: 1 } };
    const edited = await resolver<Preview>('previewPolicy', { settings: candidate });
    const tooSoon = (p: Preview) =>
      p.suppressionsByReason.find((r) => r.code === 'fatigue-min-days')?.count ?? 0;
    expect(edited.sent).toBeGreaterThan(saved.sent);
    expect(tooSoon(edited)).toBeLessThan(tooSoon(saved));
    const second = await shownPreview(page, first.text);
    near(second.sent, edited.sent);
    near(second.suppressed, edited.suppressed);
    expect(second.sent).toBeGreaterThan(first.sent);
    expect(second.suppressed).toBeLessThan(first.suppressed);
    await page
      .getByTestId('preview-compared')
      .filter({ hasText: `+${count(second.sent - first.sent)} sent` })
      .waitFor();
    // The reasons, most frequent first: "too soon" falls from first place once one day is enough.
    const reasons = page.getByRole('table', { name: 'Why surveys were suppressed' });
    const firstReason = async () => (await reasons.getByRole('row').nth(1).textContent()) ?? '';
    expect(tooSoon(saved)).toBe(Math.max(...saved.suppressionsByReason.map((r) => r.count)));
    if (tooSoon(edited) < Math.max(...edited.suppressionsByReason.map((r) => r.count)))
      expect(await firstReason()).not.toContain('Too soon');
    // Previewing saved nothing.
    expect((await resolver<Settings>('getSettings')).policy.minDaysBetweenSurveys).toBe(
      original.policy.minDaysBetweenSurveys,
    );

    // A value out of range is named beside the field, and saving is refused without asking the server.
    await minDays(page).fill('-1');
    const problem = page.getByText('Enter a number from 0 to 365 days; -1 is out of range.');
    await problem.waitFor();
    expect(await minDays(page).getAttribute('aria-invalid')).toBe('true');
    expect(await minDays(page).getAttribute('aria-describedby')).toContain(
      await problem.evaluate((el) => el.closest('[id]')?.id),
    );
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('alert')
      .getByText('Fix the problem shown beside its field, then save again.')
      .waitFor();
    await page.getByText(/^Fix the problems in the settings to see what they would do./).waitFor();
    expect(await minDays(page).evaluate((el) => el === document.activeElement)).toBe(true);

    // A valid value, saved from the keyboard (Enter in the field submits the form).
    await minDays(page).fill('3');
    await minDays(page).press('Enter');
    await page.getByRole('status').getByText('Settings saved').waitFor();
    expect((await resolver<Settings>('getSettings')).policy.minDaysBetweenSurveys).toBe(3);

    // Kept across a reload, and the preview is now the saved settings'.
    await page.reload();
    await page.getByRole('heading', { name: 'XLoop settings' }).waitFor();
    await sentence(page).waitFor({ timeout: 30_000 });
    expect(await minDays(page).inputValue()).toBe('3');
    expect(await page.getByText('Unsaved changes').count()).toBe(0);
    // On the sandbox there is no Forge: no Jira section, and no word of its absence.
    expect(await page.getByRole('heading', { name: 'Jira settings' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
    await resolver('saveSettings', { settings: { ...original, reference: original.reference ?? null } });
  });

  it('resets edits to the saved settings', async () => {
    const page = await browser.context.newPage();
    await page.goto(screenUrl());
    await sentence(page).waitFor({ timeout: 30_000 });
    const before = await page.getByLabel('Wait after resolution').inputValue();
    await page.getByLabel('Wait after resolution').fill('5');
    await page.getByRole('checkbox', { name: 'Sunday' }).check();
    await page.getByText('Unsaved changes').waitFor();
    await page.getByRole('button', { name: 'Reset to saved' }).click();
    expect(await page.getByLabel('Wait after resolution').inputValue()).toBe(before);
    expect(await page.getByRole('checkbox', { name: 'Sunday' }).isChecked()).toBe(false);
    await page.close();
  });

  it('has no serious or critical accessibility violations, light or dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.goto(screenUrl(`&theme=${theme}`));
      await sentence(page).waitFor({ timeout: 30_000 });
      // With a problem on show too: the error state must be as readable as the rest.
      await page.getByLabel('Sampling rate').fill('150');
      await page.getByText('150 is out of range').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      if (theme === 'dark') {
        expect(await page.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe(
          'dark',
        );
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, 'admin-page-dark');
      }
      await page.close();
    }
  });
});
