// The key builder as it was before (kept as the baseline the bench compares with): parts joined per response.
import { DIMENSIONS, type RollupShape, type Segment } from '../../src/index';

const NEEDS_ESCAPE = /[%|=]/;
const escapeValue = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? value.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/=/g, '%3D') : value;

/** `rollupKeysFor` as it was. */
export function rollupKeysFor(segment: Segment, shape: RollupShape = {}): readonly string[] {
  const kept = shape.dimensions ?? DIMENSIONS;
  const paired = shape.pairDimensions ?? kept;
  const parts: string[] = [];
  const pairable: boolean[] = [];
  for (const dimension of DIMENSIONS) {
    const value = segment[dimension];
    if (value === undefined || kept.indexOf(dimension) < 0) continue;
    parts.push(`${dimension}=${escapeValue(value)}`);
    pairable.push(paired.indexOf(dimension) >= 0);
  }
  const keys: string[] = ['', ...parts];
  for (let i = 0; i < parts.length; i++) {
    if (!pairable[i]) continue;
    for (let j = i + 1; j < parts.length; j++) if (pairable[j]) keys.push(`${parts[i]}|${parts[j]}`);
  }
  return keys;
}
