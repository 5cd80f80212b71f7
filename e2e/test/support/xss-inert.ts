import type { Page } from 'playwright-core';
import { watchErrors } from './xss-browser';

/** What a page did that stored text must never make it do. */
export interface Alarms {
  readonly dialogs: string[];
  readonly errors: string[];
  /** Script the page's Content-Security-Policy refused: markup got through even if it did not run. */
  readonly refused: string[];
}

/** Listens for dialogs (dismissed, so the page goes on), script errors and refused scripts. */
export function watchAlarms(page: Page): Alarms {
  const alarms: Alarms = { dialogs: [], errors: watchErrors(page), refused: [] };
  page.on('dialog', (dialog) => {
    alarms.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      alarms.refused.push(message.text());
  });
  return alarms;
}

interface DomAttribute {
  readonly name: string;
  readonly value: string;
}
interface DomElement {
  readonly localName: string;
  readonly attributes: ArrayLike<DomAttribute>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
interface DomWindow {
  readonly __xss?: unknown;
  readonly document: { querySelectorAll(selector: string): ArrayLike<DomElement> };
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

/**
 * Everything in the page that only a payload would have made: `window.__xss` set, an inline event handler, a
 * `javascript:` URL, an `img` of `src="x"`, a frame or a script that mentions `__xss`. Empty when the page is inert.
 */
export async function injected(page: Page): Promise<string[]> {
  return page.evaluate((urlAttributes) => {
    const win = globalThis as unknown as DomWindow;
    const found: string[] = [];
    if (win.__xss !== undefined) found.push(`window.__xss = ${String(win.__xss)}`);
    for (const element of Array.from(win.document.querySelectorAll('*'))) {
      const tag = element.localName;
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push(`<${tag} ${name}="${attribute.value}">`);
        if (name === 'srcdoc') found.push(`<${tag} srcdoc>`);
        if (urlAttributes.includes(name) && /^\s*javascript:/i.test(attribute.value))
          found.push(`<${tag} ${name}="${attribute.value}">`);
      }
      if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src="x">');
      if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
      // The report carries its chart data as JSON, where the names are text with `<` escaped.
      if (
        tag === 'script' &&
        element.getAttribute('type') !== 'application/json' &&
        (element.textContent ?? '').includes('__xss')
      )
        found.push('<script> with __xss');
    }
    return found;
  }, URL_ATTRIBUTES);
}
