import type { ResolverResult } from './resolvers';

/** A refusal as every transport sends it: the HTTP status repeated in the body, for transports that have none. */
export interface WireError<C extends string = string> {
  readonly status: number;
  readonly code: C;
  readonly message: string;
  readonly details?: unknown;
}

/**
 * The one body a resolver answer travels in, on Forge (which cannot set an HTTP status), ServiceNow and the sandbox;
 * every JSON refusal of theirs is the `error` half of it, so a client reads every error one way.
 */
export type WireResult<T = unknown> = { readonly value: T } | { readonly error: WireError };

/** What an adapter sends: the HTTP status where its transport has one, and the body. */
export interface Wire<T = unknown> {
  readonly status: number;
  readonly body: WireResult<T>;
}

/**
 * A refusal on the wire; `details` only when there are some.
 * @example wireError(413, 'too-large', 'The body is too large.') // { status: 413, body: { error: { status: 413, code: 'too-large', … } } }
 */
export function wireError<C extends string>(
  status: number,
  code: C,
  message: string,
  details?: unknown,
): { readonly status: number; readonly body: { readonly error: WireError<C> } } {
  return {
    status,
    body: { error: { status, code, message, ...(details !== undefined ? { details } : {}) } },
  };
}

/**
 * A resolver's answer on the wire: 200 with `{ value }` (null for no value, which JSON would otherwise drop), or the
 * refusal's status with `{ error }`.
 * @example toWire({ ok: true, value: 3 }) // { status: 200, body: { value: 3 } }
 */
export function toWire(result: ResolverResult): Wire {
  if (!result.ok) return wireError(result.status, result.code, result.message, result.details);
  return { status: 200, body: { value: result.value === undefined ? null : result.value } };
}
