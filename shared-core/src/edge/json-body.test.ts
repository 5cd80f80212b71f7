import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_BODY_CHARS, readJsonBody } from './json-body';

describe('readJsonBody', () => {
  it('reads JSON, an empty body as an empty object', () => {
    expect(readJsonBody('{"payload":{"a":[1,2]}}')).toEqual({ ok: true, value: { payload: { a: [1, 2] } } });
    expect(readJsonBody('  ')).toEqual({ ok: true, value: {} });
  });

  it('refuses oversized, deeply nested and broken bodies with a 4xx that says nothing internal', () => {
    expect(readJsonBody('x'.repeat(MAX_BODY_CHARS + 1))).toMatchObject({ ok: false, error: { status: 413 } });
    const deep = `{"lostTime":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const refused = readJsonBody(deep, { maxChars: 1_000_000 });
    expect(refused).toMatchObject({ ok: false, error: { status: 400, code: 'too-deep' } });
    expect(JSON.stringify(refused)).not.toMatch(/stack|Maximum|at /);
    expect(readJsonBody('{"a":')).toEqual({
      ok: false,
      error: { status: 400, code: 'bad-json', message: 'The body is not JSON.' },
    });
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[\\"{{"}]}')).toBe(3);
    expect(jsonDepth('"[[[["')).toBe(0);
  });
});
