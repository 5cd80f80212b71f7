import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxPorts } from '../sandbox-ports';
import { addUiRoutes, readFollowUpScript } from './ui-routes';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'xloop-ui-'));
  // Two of the four screens built, and a file beside the builds that must never be served.
  for (const name of ['csi-page', 'admin-page']) {
    mkdirSync(join(root, name, 'dist-local'), { recursive: true });
    writeFileSync(join(root, name, 'dist-local', 'index.html'), `<title>${name}</title>`);
  }
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The sandbox's ports as the routes read them: the outbox's latest message, or none. */
const portsWith = (latest: { ticketId: string; requester: { id: string } } | undefined) =>
  ({
    delivery: { latest: () => (latest ? [{ message: { survey: latest } }] : []) },
  }) as unknown as SandboxPorts;

function appWith(latest?: { ticketId: string; requester: { id: string } }) {
  const app = new Hono();
  addUiRoutes(app, portsWith(latest), root);
  return app;
}

describe('addUiRoutes', () => {
  it('links each screen as a person who would see it, the rating and agent screens on the latest surveyed ticket', async () => {
    const page = await (
      await appWith({ ticketId: 'sandbox:SD 7', requester: { id: 'u&1' } }).request('/ui/')
    ).text();
    expect(page).toContain('/ui/portal-rating/?ticket=sandbox%3ASD%207&amp;account=u%261&amp;roles=customer');
    expect(page).toContain('/ui/agent-view/?ticket=sandbox%3ASD%207&amp;account=agent-1&amp;roles=agent');
    expect(page).toContain('/ui/csi-page/?account=csi-1&amp;roles=csi-manager');
    expect(page).toContain('Not built yet: portal-rating, agent-view');
  });

  it('offers only the staff screens before any survey went out', async () => {
    const page = await (await appWith().request('/ui/')).text();
    expect(page).not.toContain('portal-rating/?');
    expect(page).toContain('/ui/admin-page/?account=admin-1&amp;roles=admin');
  });

  it('serves a screen’s local build, keeps the query across the redirect, and nothing outside the build', async () => {
    const app = appWith();
    const redirect = await app.request('/ui/csi-page?account=csi-1&roles=csi-manager');
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe('/ui/csi-page/?account=csi-1&roles=csi-manager');
    expect(await (await app.request('/ui/csi-page/')).text()).toBe('<title>csi-page</title>');
    for (const path of ['/ui/csi-page/../../secret.txt', '/ui/csi-page/%2e%2e/%2e%2e/secret.txt'])
      expect(await (await app.request(path)).text()).not.toContain('not for the browser');
    expect((await app.request('/ui/other-app/')).status).toBe(404);
  });
});

describe('readFollowUpScript', () => {
  it('is absent until the follow-up script is built, then comes with the policy that allows exactly it', () => {
    expect(readFollowUpScript(root)).toBeUndefined();
    mkdirSync(join(root, 'follow-up', 'dist'), { recursive: true });
    writeFileSync(join(root, 'follow-up', 'dist', 'follow-up.js'), 'console.log(1)');
    const script = readFollowUpScript(root);
    expect(script?.script).toContain('console.log(1)');
    expect(script?.policy).toMatch(/script-src [^;]*'sha256-[A-Za-z0-9+/=]+'/);
  });
});
