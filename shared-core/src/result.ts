/** Errors are values inside the core; adapters throw at their edges. */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/**
 * Wraps a success.
 * @example ok(42) // { ok: true, value: 42 }
 */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/**
 * Wraps a failure.
 * @example err({ code: 'expired' }) // { ok: false, error: { code: 'expired' } }
 */
export const err = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
