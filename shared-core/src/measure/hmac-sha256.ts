import type { Crypto } from '../ports';
import { base64UrlOfBytes, utf8Encode } from './base64url';

// SHA-256 and HMAC in plain ES2021, for engines with no crypto of their own (ServiceNow's): the `Crypto` port's
// exact contract (UTF-8 key and message, unpadded base64url), so a token signed here verifies under Node's crypto
// and the other way round. A survey signs a few short tokens; speed is no concern.

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * SHA-256 (FIPS 180-4) of bytes.
 * @example sha256([]) // e3b0c442… as 32 bytes
 */
export function sha256(message: readonly number[]): number[] {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const bits = message.length * 8;
  const padded = [...message, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  // The length as 64 bits, big-endian; messages here are far below 2^32 bits.
  padded.push(0, 0, 0, 0, (bits >>> 24) & 255, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255);
  const w = new Array<number>(64);
  for (let chunk = 0; chunk < padded.length; chunk += 64) {
    for (let i = 0; i < 16; i++) {
      const at = chunk + i * 4;
      w[i] =
        (((padded[at] as number) << 24) |
          ((padded[at + 1] as number) << 16) |
          ((padded[at + 2] as number) << 8) |
          (padded[at + 3] as number)) >>>
        0;
    }
    for (let i = 16; i < 64; i++) {
      const w15 = w[i - 15] as number;
      const w2 = w[i - 2] as number;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + (K[i] as number) + (w[i] as number)) >>> 0;
      const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = ((h[i] as number) + (next[i] as number)) >>> 0;
  }
  const out: number[] = [];
  for (const word of h) out.push((word >>> 24) & 255, (word >>> 16) & 255, (word >>> 8) & 255, word & 255);
  return out;
}

/** HMAC-SHA-256 (RFC 2104) of message bytes under key bytes. */
export function hmacSha256Bytes(key: readonly number[], message: readonly number[]): number[] {
  const short = key.length > 64 ? sha256(key) : key;
  const block = [...short, ...new Array<number>(64 - short.length).fill(0)];
  const inner = sha256([...block.map((byte) => byte ^ 0x36), ...message]);
  return sha256([...block.map((byte) => byte ^ 0x5c), ...inner]);
}

/**
 * HMAC-SHA-256 of the UTF-8 message under the UTF-8 key, as unpadded base64url: the `Crypto` port's contract.
 * @example hmacSha256('key', 'The quick brown fox jumps over the lazy dog') // '97yD9DBThCSxMpjmqm-xQ-9NWaFJRhdZl0edvC0aPNg'
 */
export function hmacSha256(key: string, message: string): string {
  return base64UrlOfBytes(hmacSha256Bytes(utf8Encode(key), utf8Encode(message)));
}

/** The `Crypto` port in plain JavaScript, for engines without crypto (it has no secure random source). */
export const scriptCrypto: Crypto = { hmacSha256 };
