import { createHmac, randomBytes } from 'node:crypto';
import type { Crypto } from '../ports';

/**
 * The `Crypto` port on Node's `crypto` module (Forge functions, the sandbox).
 * @example nodeCrypto.hmacSha256('secret', 'message') // 'i19IcCmVwVmMVz2x4hhmqbgl1KeU0WnXBgoDYFeWNgs'
 * @example nodeCrypto.randomHex?.(6) // e.g. '3f09c2a17b44', different every call
 */
export const nodeCrypto: Crypto = {
  hmacSha256: (key, message) => createHmac('sha256', key).update(message, 'utf8').digest('base64url'),
  randomHex: (bytes) => randomBytes(bytes).toString('hex'),
};
