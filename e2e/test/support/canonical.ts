/**
 * A value as canonical JSON: object keys sorted, `undefined` left out, numbers as JSON writes them, a requester
 * as their id and time zone. Two platforms agree when their canonical texts are equal byte for byte.
 * @example canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] }) // '{"a":[2,{"c":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, item: unknown) => {
    if (item instanceof Map) return Object.fromEntries([...item.entries()].map(([k, v]) => [String(k), v]));
    // Who the requester is, each platform says its own way (Jira's `fi_FI`, ServiceNow's `fi`, their names and
    // e-mail as the directory has them): their id and zone are what the policy decides on.
    if (key === 'requester' && typeof item === 'object' && item !== null && 'id' in item) {
      const { id, timeZone } = item as { id: string; timeZone?: string };
      return { id, timeZone };
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  });
}
