import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeCrypto as crypto } from '../platform/node-crypto';
import { signToken, type TokenClaims, verifyToken } from './token';

const keyring = { currentKeyId: 'k2', keys: { k1: 'old-secret', k2: 'current-secret' } };
const claims: TokenClaims = {
  surveyId: 'srv_1',
  ticketId: 'jira:SD-123',
  recipient: 'user-42',
  expiresAt: Date.UTC(2026, 11, 1),
  score: 9,
  purpose: 'invitation',
};
const now = Date.UTC(2026, 10, 24);
const verify = (token: string, extra: object = {}) => verifyToken(token, { crypto, keyring, now, ...extra });

/** Replaces one character of the token's part `index` with another of the same alphabet. */
function tamper(token: string, index: number): string {
  const parts = token.split('.');
  const part = parts[index] as string;
  const swapped = part[0] === 'A' ? 'B' : 'A';
  parts[index] = swapped + part.slice(1);
  return parts.join('.');
}

describe('one-click tokens', () => {
  it('round-trips the claims it binds', () => {
    const result = verify(signToken(claims, { crypto, keyring }));
    expect(result).toEqual({ ok: true, value: claims });
  });

  it('binds survey, ticket, recipient and expiry without a score for a plain survey link', () => {
    const { score: _, ...plain } = claims;
    const result = verify(signToken(plain, { crypto, keyring }));
    expect(result).toEqual({ ok: true, value: plain });
  });

  it('signs an invitation, a reminder and an edit grant apart, and reads a token without a purpose as an invitation', () => {
    const invitation = signToken(claims, { crypto, keyring });
    const reminder = signToken({ ...claims, purpose: 'reminder' }, { crypto, keyring });
    const grant = signToken({ ...claims, purpose: 'edit' }, { crypto, keyring });
    expect(new Set([invitation, reminder, grant]).size).toBe(3);
    expect(verify(reminder)).toMatchObject({ ok: true, value: { purpose: 'reminder' } });
    expect(verify(grant)).toMatchObject({ ok: true, value: { purpose: 'edit' } });
    const { purpose: _, ...legacy } = claims;
    expect(signToken(legacy, { crypto, keyring })).toBe(invitation);
  });

  it('accepts tokens signed with a previous key still in the keyring', () => {
    const token = signToken(claims, { crypto, keyring: { ...keyring, currentKeyId: 'k1' } });
    expect(verify(token).ok).toBe(true);
  });

  it('rejects a tampered payload or signature as bad-signature', () => {
    const token = signToken(claims, { crypto, keyring });
    expect(verify(tamper(token, 2))).toMatchObject({ ok: false, error: { code: 'bad-signature' } });
    expect(verify(tamper(token, 3))).toMatchObject({ ok: false, error: { code: 'bad-signature' } });
  });

  it('rejects a token re-signed with another secret', () => {
    const forged = signToken(
      { ...claims, score: 0 },
      { crypto, keyring: { currentKeyId: 'k2', keys: { k2: 'guess' } } },
    );
    expect(verify(forged)).toMatchObject({ ok: false, error: { code: 'bad-signature' } });
  });

  it('rejects a payload swapped in from another valid token', () => {
    const nine = signToken(claims, { crypto, keyring }).split('.');
    const zero = signToken({ ...claims, score: 0 }, { crypto, keyring }).split('.');
    const spliced = [nine[0], nine[1], zero[2], nine[3]].join('.');
    expect(verify(spliced)).toMatchObject({ ok: false, error: { code: 'bad-signature' } });
  });

  it('rejects an expired token, at the exact expiry instant too', () => {
    const token = signToken(claims, { crypto, keyring });
    expect(verify(token, { now: claims.expiresAt })).toMatchObject({ ok: false, error: { code: 'expired' } });
    expect(verify(token, { now: claims.expiresAt - 1 }).ok).toBe(true);
  });

  it('rejects a token answered by someone other than its recipient', () => {
    const token = signToken(claims, { crypto, keyring });
    expect(verify(token, { recipient: 'user-7' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-recipient' },
    });
    expect(verify(token, { recipient: 'user-42' }).ok).toBe(true);
  });

  it('rejects an already-used token, and asks only after the signature holds', () => {
    const seen: TokenClaims[] = [];
    const token = signToken(claims, { crypto, keyring });
    const isUsed = (c: TokenClaims) => {
      seen.push(c);
      return true;
    };
    expect(verify(token, { isUsed })).toMatchObject({ ok: false, error: { code: 'already-used' } });
    expect(verify(tamper(token, 2), { isUsed })).toMatchObject({
      ok: false,
      error: { code: 'bad-signature' },
    });
    expect(seen).toEqual([claims]);
  });

  it('rejects tokens from a retired key as unknown-key', () => {
    const token = signToken(claims, { crypto, keyring: { currentKeyId: 'k0', keys: { k0: 'retired' } } });
    expect(verify(token)).toMatchObject({ ok: false, error: { code: 'unknown-key' } });
    expect(verify(token.replace('.k0.', '.__proto__.'))).toMatchObject({
      ok: false,
      error: { code: 'unknown-key' },
    });
  });

  it('refuses to sign with a key it does not have', () => {
    expect(() => signToken(claims, { crypto, keyring: { currentKeyId: 'nope', keys: {} } })).toThrow(/nope/);
  });

  it('rejects correctly signed payloads that are not valid claims as malformed', () => {
    const sign = (payload: string) => {
      const signed = `x1.k2.${Buffer.from(payload).toString('base64url')}`;
      return `${signed}.${crypto.hmacSha256('current-secret', signed)}`;
    };
    for (const payload of [
      'not json',
      'null',
      '{"s":"a","t":"b","r":"c"}',
      '{"s":"a","t":"b","r":"c","e":1,"v":11}',
    ]) {
      expect(verify(sign(payload))).toMatchObject({ ok: false, error: { code: 'malformed' } });
    }
    expect(verify(`x1.k2.${'%%%'}.${crypto.hmacSha256('current-secret', 'x1.k2.%%%')}`)).toMatchObject({
      ok: false,
      error: { code: 'malformed' },
    });
  });

  it('never throws and never accepts arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const result = verify(junk);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(verify(undefined as unknown as string)).toMatchObject({ ok: false, error: { code: 'malformed' } });
  });

  it('detects any single-character change anywhere in the token', () => {
    const token = signToken(claims, { crypto, keyring });
    fc.assert(
      fc.property(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'AZaz09-_.x'), (at, char) => {
        fc.pre(token[at] !== char);
        const changed = token.slice(0, at) + char + token.slice(at + 1);
        expect(verify(changed).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
