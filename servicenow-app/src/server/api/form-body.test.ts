import { describe, expect, it } from 'vitest';
import { restApiRequest } from '../../../test/glide-stand-in';
import { formPost } from './form-body';

const form = (body: string, headers?: Record<string, string>) =>
  restApiRequest({
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body,
    ...(headers ? { headers } : {}),
  });

describe('formPost', () => {
  it('reads the fields the platform put in queryParams, repeated names as lists, + as space', () => {
    expect(
      formPost(form('token=a%2Bb&factors=quick&factors=kind&comment=Hyv%C3%A4%C3%A4+palvelua&flag'), 65_536),
    ).toEqual({
      ok: true,
      fields: { token: 'a+b', factors: ['quick', 'kind'], comment: 'Hyvää palvelua', flag: '' },
    });
    expect(formPost(form(''), 65_536)).toEqual({ ok: true, fields: {} });
  });

  it('hands the core JS strings, whatever objects the engine gives its values as', () => {
    // A value object that is no JS string (as a Java string would be), with the text it stands for.
    const javaString = (text: string) => ({ toString: () => text }) as unknown as string;
    const request = {
      queryParams: { token: [javaString('x1.k.p.s')], score: [javaString('9')] },
      getHeader: () => null,
    };
    const read = formPost(request, 65_536);
    expect(read).toEqual({ ok: true, fields: { token: 'x1.k.p.s', score: '9' } });
    expect(read.ok && typeof read.fields.token).toBe('string');
  });

  it('never reads the body, which the platform refuses for a form', () => {
    const request = form('token=t');
    expect(() => request.body.dataString).toThrow(/500/);
    expect(formPost(request, 65_536)).toEqual({ ok: true, fields: { token: 't' } });
  });

  it('refuses a body over the limit by its Content-Length, or by its fields without one', () => {
    expect(formPost(form(`token=t&comment=${'x'.repeat(70_000)}`), 65_536)).toEqual({
      ok: false,
      status: 413,
    });
    expect(formPost(form('token=t', { 'content-length': '70000' }), 65_536)).toEqual({
      ok: false,
      status: 413,
    });
    const unsized = form(`token=t&comment=${'x'.repeat(70_000)}`, { 'content-length': '' });
    expect(formPost(unsized, 65_536)).toEqual({ ok: false, status: 413 });
  });

  it('keeps a field named __proto__ or constructor as a field, polluting nothing', () => {
    const read = formPost(form('__proto__=x&__proto__=y&constructor=z&token=t'), 65_536);
    if (!read.ok) throw new Error('refused');
    expect(Object.getPrototypeOf(read.fields)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(read.fields, '__proto__')?.value).toEqual(['x', 'y']);
    expect(read.fields.constructor).toBe('z');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
