/**
 * An `application/x-www-form-urlencoded` body as the core's one-click form wants it: repeated names become lists.
 * (The instance has no URLSearchParams.) Malformed escapes are kept as they are. The fields sit on an object with no
 * prototype, so a field named `__proto__` or `constructor` is a field like any other and changes no object's shape.
 * @example formBody('token=abc&factors=quick&factors=kind') // { token: 'abc', factors: ['quick', 'kind'] }
 */
export function formBody(text: string): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = Object.create(null);
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = decode(at < 0 ? pair : pair.slice(0, at));
    const value = decode(at < 0 ? '' : pair.slice(at + 1));
    const known = form[name];
    form[name] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
  }
  return form;
}

function decode(text: string): string {
  const plain = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plain);
  } catch {
    return plain;
  }
}
