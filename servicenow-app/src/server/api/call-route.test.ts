import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { restRequest, restResponse } from '../../../test/app-scenario';
import { GlideRecord } from '../../../test/glide-stand-in';
import { PROPERTY } from '../tables';
import { callResolver, requesterCall } from './call-route';

const call = (name: string, body: string) => {
  const response = restResponse();
  callResolver(restRequest({ path: { name }, body }) as never, response);
  return response.sent;
};

describe('callResolver (POST /call/{name})', () => {
  it('refuses what is not a proper call with a clear 4xx', () => {
    freshInstance();
    expect(call('getTicketExperience', 'x'.repeat(70_000))).toMatchObject({ status: 413 });
    // The core's wire envelope, as Forge and the sandbox send it: the status in the body too.
    const broken = call('getTicketExperience', '[1');
    expect(broken.status).toBe(400);
    expect(broken.body).toEqual({
      error: { status: 400, code: 'bad-json', message: 'The body is not JSON.' },
    });
    expect(call('getTicketExperience', '[1]')).toMatchObject({ status: 400 });
    // Nested 20,000 deep: refused before parsing, with nothing internal in the answer.
    const deep = call('getTicketExperience', `{"payload":${'['.repeat(20_000)}${']'.repeat(20_000)}}`);
    expect(deep).toMatchObject({ status: 400, body: { error: { code: 'too-deep' } } });
    expect(JSON.stringify(deep.body)).not.toMatch(/stack|Maximum|RangeError/);
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

  it('says why an initiative is not in CIM, and registers it when it is next updated', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    instance.user = { id: 'u-csi', roles: ['x_xloop.csi_manager'] };
    instance.setProperty(PROPERTY.initiativeRegister, 'cim');
    // The register refuses the insert (here: a unique title already there).
    instance.defineTable('sn_cim_register', { display: 'number', unique: [['short_description']] });
    const blocker = new GlideRecord('sn_cim_register');
    blocker.initialize();
    blocker.setValue('short_description', 'VPN self-service');
    blocker.insert();
    const made = call(
      'createInitiative',
      JSON.stringify({ id: 'i1', title: 'VPN self-service', segment: { service: 'VPN' } }),
    );
    expect(made.body).toMatchObject({ value: { id: 'i1' } });
    expect((made.body as { value: { externalKey?: string } }).value.externalKey).toBeUndefined();
    expect(instance.logs).toContainEqual(
      expect.stringContaining('initiative i1 could not be registered in sn_cim_register'),
    );
    // Once the register takes it, the next update registers the initiative.
    blocker.deleteRecord();
    const version = (made.body as { value: { version: number } }).value.version;
    const updated = call(
      'updateInitiative',
      JSON.stringify({ id: 'i1', expectedVersion: version, changes: { status: 'in-progress' } }),
    );
    expect(updated).toMatchObject({ status: 200 });
    expect(instance.rows('sn_cim_register')).toEqual([
      expect.objectContaining({ short_description: 'VPN self-service' }),
    ]);
    instance.defineTable('sn_cim_register', { display: 'number' });
  });

  it('answers only the requester resolvers on the requester route, which external users reach', () => {
    const instance = freshInstance(() => Date.UTC(2026, 10, 2, 9));
    instance.user = { id: 'u-anna', roles: ['snc_external'] };
    const requester = (name: string, body: string) => {
      const response = restResponse();
      requesterCall(restRequest({ path: { name }, body }) as never, response);
      return response.sent;
    };
    expect(requester('getMyTicketSurvey', '{"ticketId":"servicenow:INC0010001"}')).toMatchObject({
      status: 200,
    });
    expect(requester('submitMyResponse', '{"answer":{"score":9}}')).toMatchObject({ status: 400 });
    for (const staff of ['getTicketExperience', 'getOpportunities', 'saveSettings', 'getDashboard'])
      expect(requester(staff, '{}'), staff).toMatchObject({
        status: 404,
        body: { error: { code: 'unknown-resolver' } },
      });
  });
});
