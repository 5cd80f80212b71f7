/**
 * How long the invocation under way may still run. Forge runs one invocation at a time per function instance, so
 * each handler marks its start with its documented limit (https://developer.atlassian.com/platform/forge/limits-invocation:
 * 25 s for resolvers and triggers, 55 s for web triggers, async consumers and scheduled triggers by default, or their
 * `timeoutSeconds`), and the Jira client never waits past it.
 */
export const INVOCATION_LIMIT_MS = {
  resolver: 25_000,
  trigger: 25_000,
  webTrigger: 55_000,
  consumer: 55_000,
  scheduled: 55_000,
} as const;

let deadline: number | undefined;

/**
 * Marks the start of an invocation of the given kind. Where the runtime says how long the invocation has left
 * (`getAppContext().invocationRemainingTimeInMillis()` of `@forge/api`), that counts, never more than the documented
 * limit; the limit alone otherwise.
 * @example beginInvocation('trigger') // the Jira client now stops waiting 25 s from here, less its margin
 */
export function beginInvocation(
  kind: keyof typeof INVOCATION_LIMIT_MS,
  now: () => number = Date.now,
  remaining?: () => number | undefined,
): void {
  const left = remaining?.();
  const limit = INVOCATION_LIMIT_MS[kind];
  deadline =
    now() + (left !== undefined && Number.isFinite(left) && left >= 0 ? Math.min(left, limit) : limit);
}

/** When the invocation under way must be done; without a marked start, the shortest limit from now. */
export function invocationDeadline(): number {
  return deadline ?? Date.now() + INVOCATION_LIMIT_MS.resolver;
}
