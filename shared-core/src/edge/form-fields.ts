/** A form's fields as the core's one-click form reads them: a field given once is a string, a repeated one a list. */
export type FormFields = Record<string, string | string[]>;

/**
 * Collects a form's `(name, value)` pairs, in order, into fields. They sit on an object with no prototype, so a
 * field named `__proto__` or `constructor` is a field like any other and never changes the object's behaviour.
 * @example formFields(new URLSearchParams('token=abc&factors=quick&factors=kind'))
 *   // { token: 'abc', factors: ['quick', 'kind'] }
 */
export function formFields(pairs: Iterable<readonly [string, string]>): FormFields {
  const fields: FormFields = Object.create(null);
  for (const [name, value] of pairs) {
    const known = fields[name];
    if (known === undefined) fields[name] = value;
    else if (Array.isArray(known)) known.push(value);
    else fields[name] = [known, value];
  }
  return fields;
}
