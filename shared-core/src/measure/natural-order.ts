/**
 * Orders text with its digit runs read as numbers, so `HELP-999` comes before `HELP-1000` and `INC0000999` before
 * `INC0001000`: ticket ids then sort alike on every platform, whatever their padding. Without `Intl`, which the
 * core may not use.
 * @example compareNatural('jira:HELP-999', 'jira:HELP-1000') // -1
 */
export function compareNatural(a: string, b: string): number {
  const runs = /(\d+)|(\D+)/g;
  const left = a.match(runs) ?? [];
  const right = b.match(runs) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const digits = /^\d/.test(x) && /^\d/.test(y);
    if (digits) {
      const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (p.length !== q.length) return p.length < q.length ? -1 : 1;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length === right.length ? (a < b ? -1 : a > b ? 1 : 0) : left.length < right.length ? -1 : 1;
}
