import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256, sha256, utf8 } from './hmac-sha256';

const node = (key: string, message: string) =>
  createHmac('sha256', key).update(message, 'utf8').digest('base64url');

describe('hmacSha256 (plain JavaScript, for the instance)', () => {
  it('matches the published vectors and Node’s crypto', () => {
    expect(hmacSha256('key', 'The quick brown fox jumps over the lazy dog')).toBe(
      '97yD9DBThCSxMpjmqm-xQ-9NWaFJRhdZl0edvC0aPNg',
    );
    expect(Buffer.from(sha256([])).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('equals Node’s HMAC for any key and message: Unicode, astral characters, keys longer than a block', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 150 }),
        fc.string({ maxLength: 300 }),
        (key, message) => {
          expect(hmacSha256(key, message)).toBe(node(key, message));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes UTF-8 as TextEncoder does, lone surrogates included', () => {
    for (const text of ['Zürich 😀', '\ud800x', 'x\udc00', '日本語'])
      expect(utf8(text)).toEqual([...new TextEncoder().encode(text)]);
  });
});
