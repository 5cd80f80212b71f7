import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, type Segment } from '../model/segment';
import { parseSegmentKey, rollupKeysFor, rollupSegmentsFor, segmentKey } from './segment-key';

const segment: fc.Arbitrary<Segment> = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, fc.string({ maxLength: 8 })])) as Record<
    string,
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);

describe('segment keys', () => {
  it('orders dimensions canonically whatever the input order', () => {
    expect(segmentKey({ team: 'Desk', service: 'E-mail' })).toBe('service=E-mail|team=Desk');
    expect(segmentKey({})).toBe('');
  });

  it('escapes the characters that structure a key', () => {
    const tricky = { service: 'a|b=c%7C' };
    expect(segmentKey(tricky)).toBe('service=a%7Cb%3Dc%257C');
    expect(parseSegmentKey(segmentKey(tricky))).toEqual(tricky);
  });

  it('round-trips any segment, and equal segments have equal keys', () => {
    fc.assert(
      fc.property(segment, (s) => {
        const key = segmentKey(s);
        expect(parseSegmentKey(key)).toEqual(s);
        const reversed = Object.fromEntries(Object.entries(s).reverse());
        expect(segmentKey(reversed)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses keys it could not have made', () => {
    expect(parseSegmentKey('colour=red')).toBeUndefined();
    expect(parseSegmentKey('team=a|service=b')).toBeUndefined(); // out of order
    expect(parseSegmentKey('team=a|team=b')).toBeUndefined();
    expect(parseSegmentKey('team')).toBeUndefined();
  });
});

describe('rollupSegmentsFor', () => {
  it('lists the organisation, each value and each pair', () => {
    expect(rollupSegmentsFor({ team: 'Desk', service: 'E-mail', channel: 'portal' })).toEqual([
      {},
      { service: 'E-mail' },
      { channel: 'portal' },
      { team: 'Desk' },
      { service: 'E-mail', channel: 'portal' },
      { service: 'E-mail', team: 'Desk' },
      { channel: 'portal', team: 'Desk' },
    ]);
  });

  it('keeps only the configured dimensions and pairs', () => {
    const segments = rollupSegmentsFor(
      { team: 'Desk', service: 'E-mail', agent: 'a1' },
      { dimensions: ['service', 'team', 'agent'], pairDimensions: ['service', 'team'] },
    );
    expect(segments).toEqual([
      {},
      { service: 'E-mail' },
      { team: 'Desk' },
      { agent: 'a1' },
      { service: 'E-mail', team: 'Desk' },
    ]);
    expect(rollupSegmentsFor({ team: 'Desk', location: 'HEL' }, { dimensions: ['team'] })).toEqual([
      {},
      { team: 'Desk' },
    ]);
  });

  it('has 1 + k + k(k−1)/2 distinct segments for k dimension values', () => {
    fc.assert(
      fc.property(segment, (s) => {
        const k = Object.keys(s).length;
        const keys = rollupSegmentsFor(s).map(segmentKey);
        expect(new Set(keys).size).toBe(1 + k + (k * (k - 1)) / 2);
      }),
      { numRuns: 100 },
    );
  });
});

describe('rollupKeysFor', () => {
  it('gives exactly the keys of rollupSegmentsFor, in the same order, for any segment and shape', () => {
    const dimensions = fc.subarray([...DIMENSIONS]);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...DIMENSIONS), fc.string({ maxLength: 6 })),
        fc.option(dimensions, { nil: undefined }),
        fc.option(dimensions, { nil: undefined }),
        (segment, kept, paired) => {
          const shape = {
            ...(kept !== undefined ? { dimensions: kept } : {}),
            ...(paired !== undefined ? { pairDimensions: paired } : {}),
          };
          expect(rollupKeysFor(segment as Segment, shape)).toEqual(
            rollupSegmentsFor(segment as Segment, shape).map(segmentKey),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
