import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { type FollowUpScript, followUpScript } from '@xloop/shared-core/platform';
import type { Hono } from 'hono';
import { html } from 'hono/html';
import type { SandboxPorts } from '../sandbox-ports';

/** The Custom UIs of the Forge app, as the sandbox serves them: the builds made with the local bridge. */
export const UI_APPS = ['portal-rating', 'agent-view', 'csi-page', 'admin-page'] as const;

export const DEFAULT_UI_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../forge-app/ui');

/**
 * The follow-up's script (`forge-app/ui/follow-up/dist/follow-up.js`) when it is built, with the Content-Security-Policy
 * that allows exactly it: read once, at start. Without it the one-click page is the server's form alone.
 */
export function readFollowUpScript(uiRoot: string = DEFAULT_UI_ROOT): FollowUpScript | undefined {
  const file = join(uiRoot, 'follow-up', 'dist', 'follow-up.js');
  if (!existsSync(file)) return undefined;
  return followUpScript(readFileSync(file, 'utf8'));
}

/**
 * `/ui/<app>/` serves `forge-app/ui/<app>/dist-local`, and `/ui/` links each screen as a person who would see it:
 * the customer of the latest surveyed ticket, an agent on that ticket, a CSI manager and an admin.
 */
export function addUiRoutes(app: Hono, ports: SandboxPorts, uiRoot: string = DEFAULT_UI_ROOT): void {
  const built = (name: string) => existsSync(join(uiRoot, name, 'dist-local', 'index.html'));

  app.get('/ui', (c) => c.redirect('/ui/'));
  app.get('/ui/', (c) => {
    const latest = ports.delivery.latest(1)[0]?.message.survey;
    const links: { title: string; href: string; who: string }[] = [];
    if (latest) {
      const ticket = encodeURIComponent(latest.ticketId);
      const customer = encodeURIComponent(latest.requester.id);
      links.push({
        title: 'Rate a resolved request (portal)',
        href: `/ui/portal-rating/?ticket=${ticket}&account=${customer}&roles=customer`,
        who: `customer ${latest.requester.id}, ticket ${latest.ticketId}`,
      });
      links.push({
        title: 'Experience on the ticket (agent panel)',
        href: `/ui/agent-view/?ticket=${ticket}&account=agent-1&roles=agent`,
        who: `an agent, ticket ${latest.ticketId}`,
      });
    }
    links.push({
      title: 'Dashboard, opportunities and improvement board',
      href: '/ui/csi-page/?account=csi-1&roles=csi-manager',
      who: 'a CSI manager',
    });
    links.push({ title: 'Settings', href: '/ui/admin-page/?account=admin-1&roles=admin', who: 'an admin' });
    const missing = UI_APPS.filter((name) => !built(name));
    return c.html(html`<!doctype html>
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>XLoop sandbox screens</title>
        </head>
        <body>
          <main>
            <h1>XLoop sandbox screens</h1>
            ${
              missing.length > 0
                ? html`<p role="alert">Not built yet: ${missing.join(', ')}. Run <code>npm run build -w @xloop/forge-ui</code>.</p>`
                : ''
            }
            <ul>
              ${links.map((l) => html`<li><a href="${l.href}">${l.title}</a> — as ${l.who}</li>`)}
            </ul>
            <p>Add <code>&amp;theme=dark</code> to a screen's address for the dark theme, <code>&amp;locale=fi-FI</code> for another language.</p>
          </main>
        </body>
      </html>`);
  });
  for (const name of UI_APPS) {
    app.get(`/ui/${name}`, (c) => c.redirect(`/ui/${name}/${new URL(c.req.url).search}`));
    app.use(
      `/ui/${name}/*`,
      serveStatic({
        root: join(uiRoot, name, 'dist-local'),
        rewriteRequestPath: (path) => path.slice(`/ui/${name}`.length) || '/',
      }),
    );
  }
}
