import { describe, expect, it } from 'vitest';
import { formFields } from './form-fields';

describe('formFields', () => {
  it('gives a field once as a string and a repeated field as a list, in order', () => {
    const fields = formFields(
      new URLSearchParams('token=abc&factors=quick&factors=kind&factors=clear&score=7'),
    );
    expect({ ...fields }).toEqual({ token: 'abc', factors: ['quick', 'kind', 'clear'], score: '7' });
  });

  it('keeps a field named __proto__ or constructor as a field, with no prototype to change', () => {
    const fields = formFields(new URLSearchParams('__proto__=x&__proto__=y&constructor=z&toString=w'));
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(Object.keys(fields)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(fields, '__proto__')?.value).toEqual(['x', 'y']);
    expect(fields.constructor).toBe('z');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('reads an empty form as no fields', () => {
    expect(Object.keys(formFields([]))).toEqual([]);
  });
});
