import { callResolver } from '../src/server/api/call-route';
import { diagnosticsRoute, testInvitationRoute } from '../src/server/api/diagnostics-route';
import { pageTextRoute } from '../src/server/api/page-text-route';
import { previewProgressRoute, startPreviewRoute } from '../src/server/api/policy-preview-route';
import type { RestRequest } from '../src/server/api/rest-types';
import { restResponse } from './app-scenario';
import { restApiRequest } from './glide-stand-in';

/**
 * Just enough of a browser to run a UI page's client script: the elements of its HTML that have an `id` or a
 * `data-text`, `createElement('div')` for escaping, and an XMLHttpRequest that answers from the app's REST routes on
 * the Glide stand-in (wrapped in `result`, as the instance wraps scripted REST bodies), synchronously.
 */
export class PageElement {
  private html = '';
  value = '';
  hidden = false;
  onclick: ((event: { target: PageElement }) => void) | null = null;
  constructor(readonly attributes: Record<string, string> = {}) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  get innerHTML(): string {
    return this.html;
  }
  set innerHTML(html: string) {
    this.html = html;
  }
  get textContent(): string {
    return this.html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }
  set textContent(text: string) {
    this.html = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }
  click(): void {
    this.onclick?.({ target: this });
  }
}

/** The routes the pages call, by method and path. */
const ROUTES: [RegExp, string, (request: RestRequest, response: never) => void][] = [
  [/^\/api\/x_xloop\/xloop\/text$/, 'GET', pageTextRoute],
  [/^\/api\/x_xloop\/xloop\/call\/(\w+)$/, 'POST', callResolver],
  [/^\/api\/x_xloop\/xloop_admin\/diagnostics$/, 'GET', diagnosticsRoute],
  [/^\/api\/x_xloop\/xloop_admin\/diagnostics\/test-invitation$/, 'POST', testInvitationRoute],
  [/^\/api\/x_xloop\/xloop_admin\/preview$/, 'POST', startPreviewRoute],
  [/^\/api\/x_xloop\/xloop_admin\/preview\/([\w-]+)$/, 'GET', previewProgressRoute],
];

/** A UI page loaded from its HTML, with its client script run. */
export function openPage(html: string, clientScript: string) {
  const elements: PageElement[] = [];
  for (const tag of html.matchAll(/<(\w+)((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    const attributes = Object.fromEntries(
      [...(tag[2] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? '']),
    );
    if (attributes.id || attributes['data-text']) elements.push(new PageElement(attributes));
  }
  const timers: (() => void)[] = [];
  const calls: string[] = [];
  const document = {
    documentElement: { lang: '' },
    getElementById: (id: string) => elements.find((e) => e.attributes.id === id) ?? null,
    querySelectorAll: (selector: string) =>
      selector === '[data-text]' ? elements.filter((e) => e.attributes['data-text']) : [],
    createElement: () => new PageElement(),
  };
  class XMLHttpRequest {
    private method = '';
    private url = '';
    private readonly headers: Record<string, string> = {};
    status = 0;
    responseText = '';
    onload: (() => void) | null = null;
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    send(body: string | null) {
      calls.push(`${this.method} ${this.url}`);
      const route = ROUTES.find(([path, method]) => method === this.method && path.test(this.url));
      if (!route) throw new Error(`No route for ${this.method} ${this.url}.`);
      const match = this.url.match(route[0]);
      const response = restResponse();
      // A string body without a Content-Type goes as text/plain, as a browser sends it.
      const { 'content-type': contentType, ...headers } = this.headers;
      route[2](
        restApiRequest({
          method: this.method,
          ...(body === null ? {} : { body, contentType: contentType ?? 'text/plain;charset=UTF-8' }),
          path: { name: match?.[1] ?? '', id: decodeURIComponent(match?.[1] ?? '') },
          headers,
        }) as never,
        response as never,
      );
      this.status = response.sent.status;
      this.responseText = JSON.stringify({ result: response.sent.body });
      this.onload?.();
    }
  }
  const window = {
    g_ck: 'token',
    setTimeout: (run: () => void) => timers.push(run),
    prompt: () => null,
  };
  new Function('document', 'window', 'XMLHttpRequest', clientScript)(document, window, XMLHttpRequest);
  return {
    document,
    calls,
    /** Runs the timers the page set (its polls), once each. */
    tick: () => {
      for (const run of timers.splice(0)) run();
    },
    element: (id: string) => {
      const found = document.getElementById(id);
      if (!found) throw new Error(`No #${id} on the page.`);
      return found;
    },
    /** Everything the page shows, as text. */
    shown: () => elements.map((e) => e.textContent).join('\n'),
  };
}
