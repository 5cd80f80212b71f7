import type { Dimension } from '../model/segment';
import type { RollupEntry } from './rollup-query';
import { segmentKeyPart } from './segment-key';

/**
 * The rollups of one dimension value's tickets (one MSP customer's), keyed as if those tickets were the whole
 * organisation: `customer=Acme` becomes `''`, `service=VPN|customer=Acme` becomes `service=VPN`, and every key
 * without that value is left out. Rollups keep singles and pairs, so within the value each other dimension is
 * answered on its own; any rollup query, ranking or reference read over the result speaks of those tickets only.
 * @example entriesWithin(entries, 'customer', 'Acme').map((e) => e.segmentKey) // ['', 'service=VPN', 'team=Desk']
 */
export function entriesWithin(
  entries: Iterable<RollupEntry>,
  dimension: Dimension,
  value: string,
): RollupEntry[] {
  const part = segmentKeyPart(dimension, value);
  const within: RollupEntry[] = [];
  for (const entry of entries) {
    const key = entry.segmentKey;
    if (key === part) {
      within.push({ ...entry, segmentKey: '' });
      continue;
    }
    // A whole part only: `customer=Acme` is not a part of `customer=Acme Oy`.
    const parts = key.split('|');
    const at = parts.indexOf(part);
    if (at < 0) continue;
    parts.splice(at, 1);
    within.push({ ...entry, segmentKey: parts.join('|') });
  }
  return within;
}
