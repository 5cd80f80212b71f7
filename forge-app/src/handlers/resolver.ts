import ResolverExport from '@forge/resolver';
import { type Ports, RESOLVER_NAMES, resolve } from '@xloop/shared-core';
import type { JiraClient } from '../jira/jira-client';
import { rolesFor } from '../roles';

// @forge/resolver is CommonJS with its class on `exports.default`; from an ES module (this workspace) the default
// import is the whole `exports` object, so the class is one level down there and at the top under a CJS loader.
const Resolver = ((ResolverExport as unknown as { default?: typeof ResolverExport }).default ??
  ResolverExport) as typeof ResolverExport;

/**
 * The UI calls: every core resolver registered under its own name. The caller is the account Forge vouches for in
 * the invocation context; roles come from Jira groups; a refusal comes back as `{ error: { status, code, message } }`.
 */
export function resolverDefinitions(
  ports: () => Ports,
  jira: JiraClient,
  ready: () => Promise<unknown> = async () => undefined,
) {
  const resolver = new Resolver();
  for (const name of RESOLVER_NAMES) {
    resolver.define(name, async ({ payload, context }) => {
      const accountId = typeof context?.accountId === 'string' ? context.accountId : undefined;
      if (!accountId) return { error: { status: 401, code: 'signed-out', message: 'Sign in to use XLoop.' } };
      await ready();
      const roles = await rolesFor(jira, accountId);
      const result = await resolve(ports(), name, payload, { accountId, roles });
      return result.ok
        ? { value: result.value }
        : {
            error: {
              status: result.status,
              code: result.code,
              message: result.message,
              details: result.details,
            },
          };
    });
  }
  return resolver.getDefinitions();
}
