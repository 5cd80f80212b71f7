import type { Dimension, Segment } from '../model/segment';

/**
 * What a caller may see, as the platform vouches: only tickets whose `dimension` is one of `values` (on Jira, the
 * service projects the caller may browse). A caller without a scope sees the whole organisation.
 */
export interface Scope {
  readonly dimension: Dimension;
  readonly values: readonly string[];
}

export interface ScopeError {
  readonly code: 'forbidden' | 'invalid-segment';
  readonly message: string;
}

/**
 * The disjoint segments whose sum is `segment` as seen within `scope`: the segment itself when it already names an
 * allowed value, else one segment per allowed value. Rollups keep singles and pairs, so within a scope a filter
 * can name one other dimension. A ticket has one value per dimension, so the segments never overlap and their
 * rollups add up.
 * @example scopedSegments({ team: 'Desk' }, { dimension: 'project', values: ['HELP', 'HR'] })
 * // { ok: true, segments: [{ team: 'Desk', project: 'HELP' }, { team: 'Desk', project: 'HR' }] }
 */
export function scopedSegments(
  segment: Segment,
  scope?: Scope,
):
  | { readonly ok: true; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly error: ScopeError } {
  if (scope === undefined) return { ok: true, segments: [segment] };
  const named = segment[scope.dimension];
  if (named !== undefined) {
    return scope.values.indexOf(named) >= 0
      ? { ok: true, segments: [segment] }
      : {
          ok: false,
          error: { code: 'forbidden', message: `That ${scope.dimension} is not one you can see.` },
        };
  }
  if (Object.keys(segment).length > 1) {
    return {
      ok: false,
      error: {
        code: 'invalid-segment',
        message: `Within the ${scope.dimension}s you can see, filter by at most one dimension at once.`,
      },
    };
  }
  return { ok: true, segments: scope.values.map((value) => ({ ...segment, [scope.dimension]: value })) };
}

/**
 * Whether a caller-supplied scope is one: a known dimension's list of at most 10,000 short values. An adapter's
 * scope that is not is refused rather than read as "no scope", which would show everything.
 */
export function isScope(value: unknown, dimensions: readonly string[]): value is Scope {
  if (typeof value !== 'object' || value === null) return false;
  const { dimension, values } = value as { dimension?: unknown; values?: unknown };
  return (
    typeof dimension === 'string' &&
    dimensions.indexOf(dimension) >= 0 &&
    Array.isArray(values) &&
    values.length <= 10_000 &&
    values.every((item) => typeof item === 'string' && item.length > 0 && item.length <= 200)
  );
}
