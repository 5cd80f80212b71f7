import type { Page } from 'playwright-core';

/** The little of a page's DOM the render checks read, inside `page.waitForFunction` (this workspace has no DOM types). */
export interface RenderedPage {
  querySelector(selector: string): { readonly textContent: string | null } | null;
}

/** Waits until the screen is rendered: its `main` has content and nothing is loading any more. */
export async function screenRendered(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const rendered = document as RenderedPage;
      const main = rendered.querySelector('main');
      return (
        main !== null &&
        (main.textContent ?? '').trim().length > 20 &&
        rendered.querySelector('[aria-label^="Loading"], [role="progressbar"]') === null
      );
    },
    undefined,
    { timeout: timeoutMs, polling: 'raf' },
  );
}
