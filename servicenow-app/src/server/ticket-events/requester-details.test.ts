import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { insert } from '../glide-rows';
import { withRequesterDetails } from './requester-details';

describe('withRequesterDetails', () => {
  it('reads the requester’s e-mail, zone and language from sys_user when the snapshot lacks them', () => {
    freshInstance();
    insert('sys_user', {
      sys_id: 'u1',
      email: 'anna@example.com',
      time_zone: 'Europe/Helsinki',
      preferred_language: 'fi',
    });
    expect(withRequesterDetails({ number: 'INC1', caller_id: { value: 'u1' } })).toEqual({
      number: 'INC1',
      caller_id: { value: 'u1' },
      'caller_id.email': { value: 'anna@example.com' },
      'caller_id.time_zone': { value: 'Europe/Helsinki' },
      'caller_id.preferred_language': { value: 'fi' },
    });
    expect(withRequesterDetails({ requested_for: 'u1' })).toMatchObject({
      'requested_for.email': { value: 'anna@example.com' },
    });
    const known = { caller_id: 'u1', 'caller_id.email': 'other@example.com' };
    expect(withRequesterDetails(known)).toBe(known);
    expect(withRequesterDetails({ caller_id: 'nobody' })).toEqual({ caller_id: 'nobody' });
  });
});
