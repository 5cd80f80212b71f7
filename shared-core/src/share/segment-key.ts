import { DIMENSIONS, type Dimension, type Segment } from '../model/segment';

// Values are percent-escaped for the three characters that structure a key, so any value is safe and the
// key is still readable in a database browser: `service=E-mail|team=Desk%7CL2`.
const NEEDS_ESCAPE = /[%|=]/;
const escapeValue = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? value.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/=/g, '%3D') : value;

/**
 * One dimension's part of a segment key, its value escaped: what keys are joined from with `|`.
 * @example segmentKeyPart('team', 'Desk|L2') // 'team=Desk%7CL2'
 */
export function segmentKeyPart(dimension: Dimension, value: string): string {
  return `${dimension}=${escapeValue(value)}`;
}

const unescapeValue = (value: string): string =>
  value.replace(/%7C/g, '|').replace(/%3D/g, '=').replace(/%25/g, '%');

const DIMENSION_INDEX: Readonly<Record<string, number>> = DIMENSIONS.reduce<Record<string, number>>(
  (index, dimension, position) => {
    index[dimension] = position;
    return index;
  },
  {},
);

/**
 * The canonical key of a segment: dimensions in `DIMENSIONS` order, so equal segments have equal keys.
 * The organisation (empty segment) is `''`.
 * @example segmentKey({ team: 'Desk', service: 'E-mail' }) // 'service=E-mail|team=Desk'
 */
export function segmentKey(segment: Segment): string {
  const parts: string[] = [];
  for (const dimension of DIMENSIONS) {
    const value = segment[dimension];
    if (value !== undefined) parts.push(`${dimension}=${escapeValue(value)}`);
  }
  return parts.join('|');
}

/**
 * The segment a key stands for; `undefined` when the key is not one `segmentKey` could have made.
 * @example parseSegmentKey('service=E-mail|team=Desk') // { service: 'E-mail', team: 'Desk' }
 */
export function parseSegmentKey(key: string): Segment | undefined {
  if (key === '') return {};
  const segment: Partial<Record<Dimension, string>> = {};
  let previous = -1;
  for (const part of key.split('|')) {
    const at = part.indexOf('=');
    const dimension = part.slice(0, at);
    const position = DIMENSION_INDEX[dimension];
    if (at < 0 || position === undefined || position <= previous) return undefined;
    previous = position;
    segment[dimension as Dimension] = unescapeValue(part.slice(at + 1));
  }
  return segment;
}

/** Which segments rollups are kept for. */
export interface RollupShape {
  /** Dimensions kept on their own (default: all). */
  readonly dimensions?: readonly Dimension[];
  /** Dimensions whose pairs are kept (default: all of `dimensions`). */
  readonly pairDimensions?: readonly Dimension[];
}

/**
 * The segments one response or invitation updates: the organisation, each of its dimension values, and each
 * pair of them. Keeping these (and no wider tuples) answers every single-dimension and pair question by merging.
 * @example
 * rollupSegmentsFor({ service: 'E-mail', team: 'Desk' })
 * // [{}, { service: 'E-mail' }, { team: 'Desk' }, { service: 'E-mail', team: 'Desk' }]
 */
export function rollupSegmentsFor(segment: Segment, shape: RollupShape = {}): readonly Segment[] {
  const kept = (shape.dimensions ?? DIMENSIONS).filter((dimension) => segment[dimension] !== undefined);
  const paired = shape.pairDimensions ?? kept;
  const present = DIMENSIONS.filter((dimension) => kept.indexOf(dimension) >= 0);
  const segments: Segment[] = [{}];
  for (const dimension of present) segments.push({ [dimension]: segment[dimension] });
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const a = present[i] as Dimension;
      const b = present[j] as Dimension;
      if (paired.indexOf(a) >= 0 && paired.indexOf(b) >= 0) {
        segments.push({ [a]: segment[a], [b]: segment[b] });
      }
    }
  }
  return segments;
}

/**
 * The keys of `rollupSegmentsFor(segment, shape)`, built without the intermediate segments: what a rollup store
 * needs on every response, so it is the hot path of counting.
 * @example rollupKeysFor({ service: 'VPN', team: 'Desk' }) // ['', 'service=VPN', 'team=Desk', 'service=VPN|team=Desk']
 */
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
