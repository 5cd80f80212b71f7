import { view } from '@forge/bridge';

/** What a screen needs from the Forge context. */
export interface ScreenContext {
  readonly accountId: string | undefined;
  /** The core's ticket id: Jira issues are `jira:<key>` (see the Forge app's issue mapping). */
  readonly ticketId: string | undefined;
  readonly locale: string;
  readonly glance: boolean;
}

type RawContext = {
  accountId?: string;
  locale?: string;
  extension?: {
    type?: string;
    issue?: { key?: string };
    request?: { key?: string };
    ticketId?: string;
    glance?: boolean;
  };
};

export function screenContext(raw: RawContext): ScreenContext {
  const extension = raw.extension ?? {};
  const key = extension.request?.key ?? extension.issue?.key;
  return {
    accountId: raw.accountId,
    ticketId: extension.ticketId ?? (key ? `jira:${key}` : undefined),
    // Jira's locales are `fi_FI`; the core reads BCP 47.
    locale: (raw.locale ?? 'en').replace('_', '-'),
    glance: extension.glance === true || extension.type === 'jira:issueGlance',
  };
}

export async function loadContext(): Promise<ScreenContext> {
  return screenContext((await view.getContext()) as RawContext);
}
