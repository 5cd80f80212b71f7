import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha256, hmacSha256Bytes, sha256 } from './hmac-sha256';

const hex = (bytes: readonly number[]) => Buffer.from(bytes).toString('hex');
const bytes = (hexText: string) => [...Buffer.from(hexText, 'hex')];
const repeat = (byte: number, count: number) => new Array<number>(count).fill(byte);
const text = (value: string) => [...Buffer.from(value, 'utf8')];

// RFC 4231 §4.2–4.8, HMAC-SHA-256 results (test case 5 compares the first 128 bits).
const RFC_4231: readonly { key: number[]; data: number[]; mac: string }[] = [
  {
    key: repeat(0x0b, 20),
    data: text('Hi There'),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    key: text('Jefe'),
    data: text('what do ya want for nothing?'),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
  {
    key: repeat(0xaa, 20),
    data: repeat(0xdd, 50),
    mac: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
  },
  {
    key: bytes('0102030405060708090a0b0c0d0e0f10111213141516171819'),
    data: repeat(0xcd, 50),
    mac: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  },
  { key: repeat(0x0c, 20), data: text('Test With Truncation'), mac: 'a3b6167473100ee06e0c796c2955552b' },
  {
    key: repeat(0xaa, 131),
    data: text('Test Using Larger Than Block-Size Key - Hash Key First'),
    mac: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  },
  {
    key: repeat(0xaa, 131),
    data: text(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    mac: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  },
];

describe('HMAC-SHA-256 in plain JavaScript', () => {
  it('gives RFC 4231’s results for its seven test cases', () => {
    for (const { key, data, mac } of RFC_4231)
      expect(hex(hmacSha256Bytes(key, data)).slice(0, mac.length)).toBe(mac);
  });

  it('hashes the empty message and a two-block one as FIPS 180-4’s examples do', () => {
    expect(hex(sha256([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(text('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals Node’s HMAC for any key and message, as the Crypto port takes them: Unicode, astral, long keys', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 150 }),
        fc.string({ maxLength: 300 }),
        (key, message) => {
          expect(hmacSha256(key, message)).toBe(
            createHmac('sha256', key).update(message, 'utf8').digest('base64url'),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
