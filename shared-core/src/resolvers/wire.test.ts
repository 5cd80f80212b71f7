import { describe, expect, it } from 'vitest';
import { freshPorts } from '../services/ports.fixture';
import { settled } from '../step';
import { resolve } from './resolvers';
import { toWire, wireError } from './wire';

const admin = { accountId: 'dan', roles: ['admin' as const] };

describe('toWire', () => {
  it('sends a value as 200 { value }, no value as null', () => {
    expect(toWire({ ok: true, value: { a: 1 } })).toEqual({ status: 200, body: { value: { a: 1 } } });
    expect(toWire({ ok: true, value: undefined })).toEqual({ status: 200, body: { value: null } });
    expect(JSON.parse(JSON.stringify(toWire({ ok: true, value: undefined }).body))).toEqual({ value: null });
  });

  it('sends a refusal with its status, in the body too, and details only when there are some', () => {
    const refused = settled(resolve(freshPorts(), 'dropTables', {}, admin));
    const wire = toWire(refused);
    expect(wire.status).toBe(404);
    expect(wire.body).toEqual({
      error: { status: 404, code: 'unknown-resolver', message: expect.any(String) },
    });
    expect(
      toWire({ ok: false, status: 400, code: 'bad-request', message: 'No.', details: [{ field: 'x' }] }),
    ).toEqual({
      status: 400,
      body: { error: { status: 400, code: 'bad-request', message: 'No.', details: [{ field: 'x' }] } },
    });
  });
});

describe('wireError', () => {
  it('is the error half of the same envelope', () => {
    expect(wireError(413, 'too-large', 'Too large.')).toEqual({
      status: 413,
      body: { error: { status: 413, code: 'too-large', message: 'Too large.' } },
    });
  });
});
