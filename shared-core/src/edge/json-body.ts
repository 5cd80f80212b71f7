import { err, ok, type Result } from '../result';

/** Why a request body was not read: the status to answer with and a message that says nothing internal. */
export interface BodyError {
  readonly status: 400 | 413;
  readonly code: 'too-large' | 'too-deep' | 'bad-json';
  readonly message: string;
}

/** The largest body any XLoop endpoint reads: an answer or a UI call is a few kilobytes. */
export const MAX_BODY_CHARS = 64 * 1024;

/** The deepest nesting of arrays and objects any XLoop payload needs (settings are the deepest, at 5). */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads a JSON request body at a trust boundary with bounded work: a body longer than `maxChars` is 413, one nested
 * deeper than `maxDepth` (counted in one pass over the text, before parsing) or not JSON is 400. No parser error or
 * stack overflow ever reaches the caller. An empty body is `{}`.
 * @example readJsonBody('{"payload":{}}') // { ok: true, value: { payload: {} } }
 * @example readJsonBody('['.repeat(100000)) // { ok: false, error: { status: 400, code: 'too-deep', … } }
 */
export function readJsonBody(
  text: string,
  limits: { readonly maxChars?: number; readonly maxDepth?: number } = {},
): Result<unknown, BodyError> {
  const maxChars = limits.maxChars ?? MAX_BODY_CHARS;
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  if (text.length > maxChars)
    return err({
      status: 413,
      code: 'too-large',
      message: `The body is larger than ${maxChars} characters.`,
    });
  if (jsonDepth(text) > maxDepth)
    return err({
      status: 400,
      code: 'too-deep',
      message: `The body nests deeper than ${maxDepth} levels.`,
    });
  if (text.trim() === '') return ok({});
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return err({ status: 400, code: 'bad-json', message: 'The body is not JSON.' });
  }
}

/**
 * The deepest nesting of `[` and `{` in a JSON text, outside strings, in one pass.
 * @example jsonDepth('{"a":[1,{"b":"[["}]}') // 3
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}
