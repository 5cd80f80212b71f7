import { describe, expect, it } from 'vitest';
import { formBody } from './form-body';

describe('formBody', () => {
  it('reads a urlencoded form, repeated names as lists, + as space, bad escapes as they are', () => {
    expect(
      formBody('token=a%2Bb&factors=quick&factors=kind&comment=Hyv%C3%A4%C3%A4+palvelua&x=%E0%A4%A&flag'),
    ).toEqual({
      token: 'a+b',
      factors: ['quick', 'kind'],
      comment: 'Hyvää palvelua',
      x: '%E0%A4%A',
      flag: '',
    });
    expect(formBody('')).toEqual({});
  });

  it('keeps a field named __proto__ or constructor as a field, polluting nothing', () => {
    const form = formBody('__proto__=x&__proto__=y&constructor=z&token=t');
    expect(Object.getPrototypeOf(form)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(form, '__proto__')?.value).toEqual(['x', 'y']);
    expect(form.constructor).toBe('z');
    expect(form.token).toBe('t');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
