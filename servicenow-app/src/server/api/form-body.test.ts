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
});
