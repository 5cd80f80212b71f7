import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlDecode, base64UrlEncode, utf8Decode, utf8Encode } from './base64url';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, unpadded', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of vectors) {
      expect(base64UrlEncode(text)).toBe(encoded);
      expect(base64UrlDecode(encoded)).toBe(text);
    }
  });

  it('uses the URL-safe alphabet', () => {
    expect(base64UrlEncode('hi?>')).toBe('aGk_Pg');
    expect(base64UrlEncode('\u00fb\u00ff')).toBe('w7vDvw');
  });

  it('agrees with Node for any string and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = base64UrlEncode(text);
        expect(encoded).toBe(Buffer.from(text, 'utf8').toString('base64url'));
        expect(base64UrlDecode(encoded)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses characters outside the alphabet, impossible lengths and non-canonical tails', () => {
    expect(base64UrlDecode('Zm9v+')).toBeUndefined();
    expect(base64UrlDecode('Zm9v=')).toBeUndefined();
    expect(base64UrlDecode('Z')).toBeUndefined();
    expect(base64UrlDecode('Zh')).toBeUndefined(); // 'Zg' is the canonical form of 'f'
    expect(base64UrlDecode('Zm9')).toBeUndefined();
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(utf8Decode([0xff])).toBeUndefined();
    expect(utf8Decode([0xc3])).toBeUndefined(); // truncated
    expect(utf8Decode([0xc0, 0x80])).toBeUndefined(); // overlong
    expect(utf8Decode([0xed, 0xa0, 0x80])).toBeUndefined(); // encoded surrogate
    expect(utf8Decode([0xe2, 0x28, 0xa1])).toBeUndefined(); // bad continuation
    expect(base64UrlDecode('_w')).toBeUndefined();
  });

  it('encodes lone surrogates as U+FFFD like every UTF-8 encoder', () => {
    expect(utf8Encode('\ud800')).toEqual([0xef, 0xbf, 0xbd]);
    expect(utf8Encode('\udc00x')).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect(utf8Encode('\ud800x')).toEqual([0xef, 0xbf, 0xbd, 0x78]);
    expect(utf8Encode('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });
});
