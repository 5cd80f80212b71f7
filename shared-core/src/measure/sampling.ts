/**
 * FNV-1a over the UTF-16 code units of a string: a fast, stable 32-bit hash that every engine computes alike.
 * @example fnv1a32('jira:SD-1') // 3 849 … (always the same number)
 */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Whether a ticket falls in the sample. Deterministic in the ticket id, so a replayed event decides the same
 * and every resolution of a ticket is in or out together.
 * @example isSampled('jira:SD-1', 1) // true; isSampled(id, 0) // false
 */
export function isSampled(ticketId: string, samplingRate: number): boolean {
  if (samplingRate >= 1) return true;
  if (samplingRate <= 0) return false;
  // FNV-1a alone leaves similar ids (SD-1, SD-2, …) close together in its high bits; MurmurHash3's finaliser
  // spreads them evenly across the unit interval.
  let h = fnv1a32(ticketId);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000 < samplingRate;
}
