import type { TokenKeyring } from '../model/keyring';
import type { Score } from '../model/response';
import type { Instant } from '../model/time';
import type { Crypto } from '../ports';
import { err, ok, type Result } from '../result';
import { base64UrlDecode, base64UrlEncode } from './base64url';

export type { TokenKeyring };

/**
 * What a token is for. An invitation's or a reminder's link (the two are signed apart, so one never stands for the
 * other) may show its survey and record one answer; an edit grant, handed to the page that recorded the answer and
 * valid for minutes, may change it.
 */
export type TokenPurpose = 'invitation' | 'reminder' | 'edit';

/** How long an edit grant lasts after the answer it was handed out with. */
export const EDIT_GRANT_MINUTES = 30;

/** What a one-click link proves: who may answer which survey, until when, and (for a score link) with what. */
export interface TokenClaims {
  readonly surveyId: string;
  readonly ticketId: string;
  /** The requester the invitation was addressed to. */
  readonly recipient: string;
  readonly expiresAt: Instant;
  /** The score of the link that was clicked; absent for a plain "open the survey" link. */
  readonly score?: Score;
  /** What the token may do; tokens signed without one are invitations. */
  readonly purpose?: TokenPurpose;
}

const PURPOSE_CODES: Readonly<Record<TokenPurpose, string>> = { invitation: 'i', reminder: 'r', edit: 'e' };

export type TokenErrorCode =
  | 'malformed'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'wrong-recipient'
  | 'already-used';

export interface TokenError {
  readonly code: TokenErrorCode;
  readonly message: string;
}

export interface VerifyOptions {
  readonly crypto: Crypto;
  readonly keyring: TokenKeyring;
  readonly now: Instant;
  /** When the caller knows who is answering (a signed-in requester), the token must be theirs. */
  readonly recipient?: string;
  /** Whether the survey behind these claims can no longer take this token (answered and closed, expired…). */
  readonly isUsed?: (claims: TokenClaims) => boolean;
}

const VERSION = 'x1';

/**
 * Signs claims into a URL-safe token: `x1.<keyId>.<payload>.<signature>`, every part base64url or a key id.
 * @example
 * signToken({ surveyId: 's1', ticketId: 'jira:SD-1', recipient: 'u1', expiresAt: 1_800_000_000_000, score: 9 },
 *   { crypto, keyring: { currentKeyId: 'k1', keys: { k1: secret } } })
 */
export function signToken(
  claims: TokenClaims,
  options: { readonly crypto: Crypto; readonly keyring: TokenKeyring },
): string {
  const { currentKeyId, keys } = options.keyring;
  const key = keys[currentKeyId];
  if (key === undefined) throw new Error(`token keyring has no key "${currentKeyId}"`);
  const payload = base64UrlEncode(
    JSON.stringify({
      s: claims.surveyId,
      t: claims.ticketId,
      r: claims.recipient,
      e: claims.expiresAt,
      v: claims.score,
      p:
        claims.purpose === undefined || claims.purpose === 'invitation'
          ? undefined
          : PURPOSE_CODES[claims.purpose],
    }),
  );
  const signed = `${VERSION}.${currentKeyId}.${payload}`;
  return `${signed}.${options.crypto.hmacSha256(key, signed)}`;
}

/**
 * Checks a token's signature, expiry, recipient and use, in that order, and returns its claims.
 * Each failure has its own code so the one-click page can say what went wrong.
 * @example
 * const result = verifyToken(token, { crypto, keyring, now: Date.now() });
 * if (!result.ok) console.log(result.error.code); // e.g. 'expired'
 */
export function verifyToken(token: string, options: VerifyOptions): Result<TokenClaims, TokenError> {
  const parts = typeof token === 'string' ? token.split('.') : [];
  const [version, keyId, payload, signature] = parts;
  if (parts.length !== 4 || version !== VERSION || !keyId || !payload || !signature) {
    return failure('malformed', 'The link is incomplete or damaged.');
  }
  const key = Object.prototype.hasOwnProperty.call(options.keyring.keys, keyId)
    ? options.keyring.keys[keyId]
    : undefined;
  if (key === undefined)
    return failure('unknown-key', 'The link was signed with a key that is no longer valid.');
  const expected = options.crypto.hmacSha256(key, `${version}.${keyId}.${payload}`);
  if (!constantTimeEqual(expected, signature)) {
    return failure('bad-signature', 'The link has been altered.');
  }
  const claims = parseClaims(payload);
  // A validly signed but unreadable payload means the signer is broken, not the user; still refuse it.
  if (claims === undefined) return failure('malformed', 'The link is incomplete or damaged.');
  if (options.now >= claims.expiresAt) return failure('expired', 'The survey has closed.');
  if (options.recipient !== undefined && options.recipient !== claims.recipient) {
    return failure('wrong-recipient', 'This survey was sent to someone else.');
  }
  if (options.isUsed?.(claims)) return failure('already-used', 'This survey has already been answered.');
  return ok(claims);
}

function parseClaims(payload: string): TokenClaims | undefined {
  const json = base64UrlDecode(payload);
  if (json === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { s, t, r, e, v, p } = raw as Record<string, unknown>;
  if (typeof s !== 'string' || typeof t !== 'string' || typeof r !== 'string' || typeof e !== 'number')
    return undefined;
  if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10))
    return undefined;
  const purpose: TokenPurpose | undefined =
    p === undefined ? 'invitation' : p === 'r' ? 'reminder' : p === 'e' ? 'edit' : undefined;
  if (purpose === undefined) return undefined;
  const claims = { surveyId: s, ticketId: t, recipient: r, expiresAt: e, purpose };
  return v === undefined ? claims : { ...claims, score: v as Score };
}

/** Compares without an early exit, so the time taken does not reveal how much of a forged signature matched. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % (b.length || 1));
  return diff === 0;
}

function failure(code: TokenErrorCode, message: string): { readonly ok: false; readonly error: TokenError } {
  return err({ code, message });
}
