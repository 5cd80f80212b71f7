// The core cannot rely on btoa/atob or Buffer (absent in ServiceNow's engine), so it carries its own codec.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: Readonly<Record<string, number>> = ALPHABET.split('').reduce<Record<string, number>>(
  (map, char, index) => {
    map[char] = index;
    return map;
  },
  {},
);

/**
 * UTF-8 bytes of a string (surrogate pairs combined; lone surrogates become U+FFFD).
 * @example utf8Encode('é') // [0xc3, 0xa9]
 */
export function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return bytes;
}

/**
 * Decodes UTF-8 bytes; returns `undefined` for malformed input rather than guessing.
 * @example utf8Decode([0xc3, 0xa9]) // 'é'
 */
export function utf8Decode(bytes: readonly number[]): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b0 = bytes[i] as number;
    const extra =
      b0 < 0x80 ? 0 : b0 >= 0xf0 && b0 < 0xf5 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc2 && b0 < 0xe0 ? 1 : -1;
    if (extra < 0 || i + extra >= bytes.length + (extra === 0 ? 1 : 0)) return undefined;
    let code = extra === 0 ? b0 : b0 & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const b = bytes[i + k] as number;
      if ((b & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (b & 63);
    }
    const min = [0, 0x80, 0x800, 0x10000][extra] as number;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    out +=
      code < 0x10000
        ? String.fromCharCode(code)
        : String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    i += extra + 1;
  }
  return out;
}

/**
 * Unpadded base64url (RFC 4648 §5) of a string's UTF-8 bytes.
 * @example base64UrlEncode('hi?') // 'aGk_'
 */
export function base64UrlEncode(text: string): string {
  return base64UrlOfBytes(utf8Encode(text));
}

/**
 * Unpadded base64url of bytes (each 0–255), e.g. a MAC.
 * @example base64UrlOfBytes([0xfb, 0xff]) // '-_8'
 */
export function base64UrlOfBytes(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

/**
 * Decodes unpadded base64url into a UTF-8 string; `undefined` for anything that is not canonical base64url
 * of valid UTF-8, so a tampered token can never decode to something else.
 * @example base64UrlDecode('aGk_') // 'hi?'
 */
export function base64UrlDecode(encoded: string): string | undefined {
  if (encoded.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const chunk = encoded.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const char = chunk[k];
      const value = char === undefined ? 0 : LOOKUP[char];
      if (value === undefined) return undefined;
      n = (n << 6) | value;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
    // Unused low bits must be zero, or two different strings would decode to the same bytes.
    if ((chunk.length === 2 && (n & 0xffff) !== 0) || (chunk.length === 3 && (n & 0xff) !== 0))
      return undefined;
  }
  return utf8Decode(bytes);
}
