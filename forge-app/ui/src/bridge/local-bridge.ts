/**
 * `@forge/bridge` for the sandbox: the builds in `dist-local` are made with this module in its place, so the same
 * screens run against the sandbox server in any browser. Who is calling and what they look at come from the page's
 * query string (`account`, `roles`, `ticket`, `locale`, `theme`), which the sandbox trusts because it listens on
 * 127.0.0.1 only; on Forge the platform vouches for them instead. The bridge names the caller with `x-xloop-account`
 * and `x-xloop-roles` and posts JSON from the page's own origin, as the sandbox requires; a page opened without
 * `account` names nobody and is refused (401), unless the sandbox runs with its explicit development admin
 * (`XLOOP_DEV_ADMIN=1`). The links on the sandbox's `/ui/` page always carry `account` and `roles`.
 */
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

const params = () => new URLSearchParams(globalThis.location?.search ?? '');

/**
 * The sandbox's resolver endpoint. It answers in the core's wire envelope, `{ value } | { error }`, the body a Forge
 * resolver returns, so the body is passed on as it is; only an answer that is not JSON (a proxy's error page, a
 * dropped connection) becomes an `{ error }` here.
 */
export async function invoke(name: string, payload: Record<string, unknown> = {}): Promise<unknown> {
  const query = params();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const account = query.get('account');
  const roles = query.get('roles');
  if (account) headers['x-xloop-account'] = account;
  if (roles) headers['x-xloop-roles'] = roles;
  const response = await fetch(`/api/resolvers/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ payload }),
  });
  const body = (await response.json().catch(() => undefined)) as unknown;
  if (body !== undefined) return body;
  return {
    error: {
      status: response.status,
      code: 'http-error',
      message: `The sandbox answered ${response.status}.`,
    },
  };
}

const MODULES: Record<string, string> = {
  'portal-rating': 'jiraServiceManagement:portalRequestDetail',
  'agent-view': 'jira:issuePanel',
  'csi-page': 'jira:globalPage',
  'admin-page': 'jira:adminPage',
};

export const view = {
  /** A Forge context as the module would get it; the sandbox's tickets are not Jira issues, so it names the ticket. */
  async getContext() {
    const query = params();
    const app = globalThis.location?.pathname.split('/').filter(Boolean)[1] ?? '';
    const ticket = query.get('ticket') ?? undefined;
    const key = ticket?.slice(ticket.indexOf(':') + 1);
    return {
      accountId: query.get('account') ?? 'sandbox-admin',
      cloudId: 'sandbox',
      environmentId: 'sandbox',
      environmentType: 'DEVELOPMENT',
      localId: app,
      locale: query.get('locale') ?? globalThis.navigator?.language ?? 'en-US',
      moduleKey: app,
      siteUrl: globalThis.location?.origin ?? '',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      extension: {
        type: MODULES[app] ?? app,
        ...(key ? { issue: { key }, request: { key }, ticketId: ticket } : {}),
        ...(query.get('glance') ? { glance: true } : {}),
      },
    };
  },
  theme: {
    /** The page's `theme` (light, dark or auto), as Jira would pass the user's choice. */
    async enable() {
      const mode = params().get('theme');
      await setGlobalTheme({ colorMode: mode === 'dark' || mode === 'light' ? mode : 'auto' });
    },
  },
  async refresh() {
    globalThis.location?.reload();
  },
  async submit() {},
  async close() {},
};

export const router = {
  async open(location: string | { target?: string; issueKey?: string }) {
    if (typeof location === 'string') globalThis.open?.(location, '_blank', 'noopener');
  },
  async navigate(location: string) {
    if (globalThis.location) globalThis.location.href = location;
  },
};
