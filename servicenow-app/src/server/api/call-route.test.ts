import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { restRequest, restResponse } from '../../../test/app-scenario';
import { PROPERTY } from '../tables';
import { callResolver } from './call-route';

const call = (name: string, body: string) => {
  const response = restResponse();
  callResolver(restRequest({ path: { name }, body }) as never, response);
  return response.sent;
};

describe('callResolver (POST /call/{name})', () => {
  it('refuses what is not a proper call with a clear 4xx', () => {
    freshInstance();
    expect(call('getTicketExperience', 'x'.repeat(70_000))).toMatchObject({ status: 413 });
    expect(call('getTicketExperience', '[1')).toMatchObject({
      status: 400,
      body: { error: { code: 'bad-json' } },
    });
    expect(call('getTicketExperience', '[1]')).toMatchObject({ status: 400 });
    expect(call('noSuchCall', '{}')).toMatchObject({
      status: 404,
      body: { error: { code: 'unknown-resolver' } },
    });
    expect(call('getTicketExperience', '{}')).toMatchObject({
      status: 400,
      body: { error: { code: 'bad-request' } },
    });
  });

  it('registers a new initiative in Continual Improvement Management when configured and present', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    instance.user = { id: 'u-csi', roles: ['x_xloop.csi_manager'] };
    const create = (id: string) =>
      call(
        'createInitiative',
        JSON.stringify({ id, title: 'VPN self-service', segment: { service: 'VPN' } }),
      );
    expect(create('i1')).toMatchObject({ status: 200, body: { value: { id: 'i1' } } });
    instance.setProperty(PROPERTY.initiativeRegister, 'cim');
    expect(create('i2')).toMatchObject({ status: 200, body: { value: { id: 'i2' } } });
    instance.defineTable('sn_cim_register', { display: 'number' });
    const made = create('i3');
    expect(made.body).toMatchObject({ value: { id: 'i3', externalKey: expect.any(String) } });
    expect(instance.rows('sn_cim_register')).toEqual([
      expect.objectContaining({ short_description: 'VPN self-service' }),
    ]);
  });
});
