import { createRequire } from 'node:module';
import { currentInvocation } from './invocation';

// `@forge/kvs` replaced at the module edge: `kvs` is the package's own `KvsImpl` over its own `StorageApi`, given a
// fake KVS service in place of Forge's, so requests are shaped and errors raised by the package itself
// (`ForgeKvsAPIError` with the service's `code`; a missing key reads as `undefined`). The service enforces the
// documented key and value limits, answering 400 with the documented error codes
// (https://developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs):
// - key length 1–500 characters: `KEY_TOO_SHORT`, `KEY_TOO_LONG`
//   (https://developer.atlassian.com/platform/forge/limits-kvs-ce, "Key length 500");
// - key format `/^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/`: `INVALID_KEY` (same pages);
// - value size 240 KiB for `set` (limits-kvs-ce, "Value size 240 KiB"), 128 KiB for `setSecret`
//   (https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-secret, "persisted JSON values may be
//   up to 128 KiB"): `MAX_SIZE`;
// - object depth 31 (limits-kvs-ce, "Object depth 31"; the error page says 32 — the fake takes the stricter): `MAX_DEPTH`.
// Secrets and plain values are kept apart: `getSecret` never reads what `set` wrote, as on Forge.
// `set`/`setSecret` with `{ keyPolicy: 'FAIL_IF_EXISTS' }` (@forge/kvs 1.6.5 `PolicySetOptions`) refuse a key that is
// already there; the KVS errors page does not give the answer, so the fake answers 409 `KEY_CONFLICT`, as reported
// for @forge/kvs 1.3.0 and later, which the package raises as `ForgeKvsAPIError`.

const require = createRequire(import.meta.url);
const real = require('@forge/kvs') as typeof import('@forge/kvs');
const { KvsImpl } = require('@forge/kvs/out/kvs') as {
  KvsImpl: new (storageApi: unknown) => typeof real.kvs;
};
const { StorageApi } = require('@forge/kvs/out/storage-api') as {
  StorageApi: new (client: (path: string, init: { body: string }) => Promise<Response>) => unknown;
};

export const KEY_MAX_LENGTH = 500;
export const KEY_FORMAT = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
export const VALUE_MAX_BYTES = 240 * 1024;
export const SECRET_MAX_BYTES = 128 * 1024;
export const MAX_DEPTH = 31;

export interface KvsCallSeen {
  readonly invocation: number;
  /** The service path, e.g. `/api/v1/secret/set`. */
  readonly path: string;
  readonly key: string;
  readonly status: number;
  readonly code?: string;
}

const plain = new Map<string, unknown>();
const secret = new Map<string, unknown>();

export const store = {
  calls: [] as KvsCallSeen[],
  plain,
  secret,
  reset() {
    store.calls.length = 0;
    plain.clear();
    secret.clear();
  },
};

const depth = (value: unknown): number =>
  value !== null && typeof value === 'object'
    ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depth))
    : 0;

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

function keyProblem(key: unknown): { code: string; message: string } | undefined {
  if (typeof key !== 'string' || key.length < 1)
    return { code: 'KEY_TOO_SHORT', message: 'The provided key needs to be more than one character.' };
  if (key.length > KEY_MAX_LENGTH)
    return {
      code: 'KEY_TOO_LONG',
      message: `The provided key has exceeded the maximum ${KEY_MAX_LENGTH} characters.`,
    };
  if (!KEY_FORMAT.test(key))
    return { code: 'INVALID_KEY', message: `The provided key does not match the regex: ${KEY_FORMAT}` };
  return undefined;
}

/** Forge's KVS service as the package's `StorageApi` calls it: `POST /api/v1/{get,set,delete}` and `/secret/…`. */
async function kvsService(path: string, init: { body: string }): Promise<Response> {
  const request = JSON.parse(init.body) as {
    key?: unknown;
    value?: unknown;
    options?: { keyPolicy?: string };
  };
  const isSecret = path.startsWith('/api/v1/secret/');
  const map = isSecret ? secret : plain;
  const operation = path.split('/').pop();
  const record = (response: Response, code?: string) => {
    store.calls.push({
      invocation: currentInvocation().id,
      path,
      key: String(request.key),
      status: response.status,
      ...(code ? { code } : {}),
    });
    return response;
  };
  const problem = keyProblem(request.key);
  if (problem) return record(json(400, problem), problem.code);
  const key = request.key as string;
  switch (operation) {
    case 'get':
      return map.has(key)
        ? record(json(200, { key, value: map.get(key) }))
        : record(
            json(404, { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' }),
            'KEY_NOT_FOUND',
          );
    case 'set': {
      const limit = isSecret ? SECRET_MAX_BYTES : VALUE_MAX_BYTES;
      if (Buffer.byteLength(JSON.stringify(request.value)) > limit)
        return record(
          json(400, { code: 'MAX_SIZE', message: 'The provided value has exceeded the maximum size limit.' }),
          'MAX_SIZE',
        );
      if (depth(request.value) > MAX_DEPTH)
        return record(
          json(400, {
            code: 'MAX_DEPTH',
            message: `The provided value has exceeded the maximum object depth (${MAX_DEPTH}) limit.`,
          }),
          'MAX_DEPTH',
        );
      if (request.options?.keyPolicy === 'FAIL_IF_EXISTS' && map.has(key))
        return record(
          json(409, { code: 'KEY_CONFLICT', message: 'The key already exists.' }),
          'KEY_CONFLICT',
        );
      map.set(key, request.value);
      return record(json(204));
    }
    case 'delete':
      map.delete(key);
      return record(json(204));
    default:
      return record(
        json(400, { code: 'BAD_REQUEST', message: `The fake KVS does not offer ${path}` }),
        'BAD_REQUEST',
      );
  }
}

export const kvs = new KvsImpl(new StorageApi(kvsService));
export default kvs;
export const {
  ForgeKvsError,
  ForgeKvsAPIError,
  WhereConditions,
  FilterConditions,
  Filter,
  Sort,
  MetadataField,
} = real;
