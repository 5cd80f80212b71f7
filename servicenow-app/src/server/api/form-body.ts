import { type FormFields, formFields } from '../core/xloop-core.js';
import type { RestRequest } from './rest-types';

/** A form post as a route reads it: its fields, or a refusal because it is too large. */
export type FormPost =
  | { readonly ok: true; readonly fields: FormFields }
  | { readonly ok: false; readonly status: 413 };

/**
 * The fields of an `application/x-www-form-urlencoded` POST. The platform parses such a body itself and puts its
 * fields, with the address's query parameters, in `request.queryParams` as lists of values; reading
 * `request.body.dataString` of a body that is not JSON or XML answers 500 ("Control request and response content
 * type"). A field given once is a string, a repeated one a list, as the core's one-click form wants them. The fields
 * sit on an object with no prototype, so a field named `__proto__` or `constructor` is a field like any other.
 * A body larger than `limit` bytes by its `Content-Length` (or, without one, by its fields) is refused.
 * @example formPost({ queryParams: { token: ['abc'], factors: ['quick', 'kind'] }, getHeader: () => '40' }, 65536)
 *   // { ok: true, fields: { token: 'abc', factors: ['quick', 'kind'] } }
 */
export function formPost(request: RestRequest, limit: number): FormPost {
  const pairs: [string, string][] = [];
  let size = 0;
  for (const name of Object.keys(request.queryParams ?? {})) {
    const given = request.queryParams?.[name];
    // Coerced at the boundary: whatever the engine hands over (a Java string, say), the core reads JS strings.
    for (const value of given === undefined ? [] : typeof given === 'string' ? [given] : given) {
      pairs.push([name, String(value)]);
      size += name.length + value.length + 2;
    }
  }
  const fields = formFields(pairs);
  const declared = Number(request.getHeader('content-length') ?? '');
  const length = Number.isFinite(declared) && declared > 0 ? declared : size;
  return length > limit ? { ok: false, status: 413 } : { ok: true, fields };
}
