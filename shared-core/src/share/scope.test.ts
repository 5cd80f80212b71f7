import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../model/segment';
import { isScope, scopedSegments } from './scope';

const SCOPE = { dimension: 'project', values: ['HELP', 'HR'] } as const;

describe('scopedSegments', () => {
  it('leaves a caller without a scope what they asked for', () => {
    expect(scopedSegments({ team: 'Desk', service: 'VPN' })).toEqual({
      ok: true,
      segments: [{ team: 'Desk', service: 'VPN' }],
    });
  });

  it('splits a segment into one per allowed value, and keeps one that already names an allowed value', () => {
    expect(scopedSegments({}, SCOPE)).toEqual({
      ok: true,
      segments: [{ project: 'HELP' }, { project: 'HR' }],
    });
    expect(scopedSegments({ team: 'Desk' }, SCOPE)).toEqual({
      ok: true,
      segments: [
        { team: 'Desk', project: 'HELP' },
        { team: 'Desk', project: 'HR' },
      ],
    });
    expect(scopedSegments({ project: 'HR', team: 'Desk' }, SCOPE)).toEqual({
      ok: true,
      segments: [{ project: 'HR', team: 'Desk' }],
    });
  });

  it('refuses another value of the scoped dimension, and a filter that would need a triple', () => {
    expect(scopedSegments({ project: 'FIN' }, SCOPE)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(scopedSegments({ team: 'Desk', service: 'VPN' }, SCOPE)).toMatchObject({
      ok: false,
      error: { code: 'invalid-segment' },
    });
  });

  it('never yields a segment outside the scope', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...DIMENSIONS), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
        fc.uniqueArray(fc.constantFrom('HELP', 'HR', 'FIN', 'OPS'), { maxLength: 4 }),
        (segment, values) => {
          const result = scopedSegments(segment, { dimension: 'project', values });
          if (!result.ok) return;
          for (const scoped of result.segments) expect(values).toContain(scoped.project);
        },
      ),
    );
  });
});

describe('isScope', () => {
  it('accepts a known dimension with a list of short values, and nothing else', () => {
    expect(isScope(SCOPE, DIMENSIONS)).toBe(true);
    expect(isScope({ dimension: 'project', values: [] }, DIMENSIONS)).toBe(true);
    for (const bad of [
      undefined,
      'project',
      { dimension: 'planet', values: [] },
      { dimension: 'project' },
      { dimension: 'project', values: [1] },
      { dimension: 'project', values: [''] },
      { dimension: 'project', values: ['x'.repeat(201)] },
    ])
      expect(isScope(bad, DIMENSIONS)).toBe(false);
  });
});
