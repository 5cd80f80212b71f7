import { DAY, HOUR } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { cachedServiceDeskFields, cachedServiceProjects, memoryFieldCache } from './field-cache';
import { fakeJira, response } from './jira-client.fixture';

const FIELDS = [
  { id: 'summary' },
  { id: 'customfield_10010', schema: { custom: 'com.atlassian.servicedesk:vp-origin' } },
  { id: 'customfield_10002', schema: { custom: 'com.atlassian.servicedesk:sd-customer-organizations' } },
];

describe('cachedServiceDeskFields', () => {
  it('reads the field ids once a day, and keeps the last ones when a refresh fails', async () => {
    let now = 0;
    let up = true;
    const jira = fakeJira(() => (up ? response(200, FIELDS) : response(400)));
    const fields = cachedServiceDeskFields(jira.client, memoryFieldCache(), () => now);
    const expected = { requestType: 'customfield_10010', organizations: 'customfield_10002' };
    expect(await fields()).toEqual(expected);
    now = 23 * HOUR;
    expect(await fields()).toEqual(expected);
    expect(jira.calls).toHaveLength(1);
    now = DAY;
    up = false;
    expect(await fields()).toEqual(expected);
    expect(jira.calls.length).toBeGreaterThan(1);
  });

  it('reads them for the issue trigger only while none are stored, whatever the age of stored ones', async () => {
    let now = 0;
    const jira = fakeJira(() => response(200, FIELDS));
    const store = memoryFieldCache();
    const onEvent = cachedServiceDeskFields(jira.client, store, () => now, Number.POSITIVE_INFINITY);
    const daily = cachedServiceDeskFields(jira.client, store, () => now);
    await onEvent();
    expect(jira.calls).toHaveLength(1);
    now = 30 * DAY;
    await onEvent();
    expect(jira.calls).toHaveLength(1);
    // The hourly sweep's reader refreshes the stored ids, which the trigger then reads.
    await daily();
    expect(jira.calls).toHaveLength(2);
    expect(store.value?.at).toBe(30 * DAY);
  });

  it('fails when there are no ids yet to fall back on', async () => {
    const jira = fakeJira(() => response(400));
    await expect(cachedServiceDeskFields(jira.client, memoryFieldCache())()).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe('cachedServiceProjects', () => {
  it('reads the service projects page by page until the last, once a day', async () => {
    let now = 0;
    const jira = fakeJira((path) =>
      response(
        200,
        path.includes('startAt=0')
          ? { values: [{ id: '10000', key: 'HELP' }, { key: 'NO-ID' }], isLast: false }
          : { values: [{ id: '10001', key: 'IT' }], isLast: true },
      ),
    );
    let stored: { at: number; projects: { id: number; key: string }[] } | undefined;
    const store = {
      read: async () => stored,
      save: async (value: typeof stored) => {
        stored = value;
      },
    };
    const projects = cachedServiceProjects(jira.client, store, () => now);
    expect(await projects()).toEqual([
      { id: 10000, key: 'HELP' },
      { id: 10001, key: 'IT' },
    ]);
    expect(jira.calls.map((c) => c.path)).toEqual([
      '/rest/api/3/project/search?typeKey=service_desk&startAt=0&maxResults=50',
      '/rest/api/3/project/search?typeKey=service_desk&startAt=50&maxResults=50',
    ]);
    now = HOUR;
    await projects();
    expect(jira.calls).toHaveLength(2);
  });
});
