import { describe, expect, it } from 'vitest';
import { deliveryFailure, JiraError, jiraClient } from './jira-client';
import { fakeJira, response } from './jira-client.fixture';

describe('jiraClient', () => {
  it('waits for Retry-After on 429 and backs off on 5xx and network errors', async () => {
    let n = 0;
    const jira = fakeJira(() => {
      n++;
      if (n === 1) return response(429, {}, { 'retry-after': '3' });
      if (n === 2) return response(503);
      if (n === 3) throw new Error('socket hang up');
      return response(200, { ok: true });
    });
    expect(await jira.client.get('/rest/api/3/myself')).toEqual({ ok: true });
    expect(jira.waits).toEqual([3000, 1000, 2000]);
  });

  it('turns other failures into a JiraError with Jira’s message, and gives up after the retries', async () => {
    const bad = fakeJira(() => response(400, { errorMessages: ['Field does not exist'] }));
    await expect(bad.client.get('/rest/api/3/issue/X-1')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('Field does not exist'),
    });
    const down = fakeJira(() => response(502));
    await expect(down.client.send('POST', '/rest/api/3/issue/X-1/comment', {})).rejects.toBeInstanceOf(
      JiraError,
    );
    expect(down.calls).toHaveLength(5);
  });
});

describe('jiraClient and Forge’s own errors', () => {
  it('passes a missing user consent to Forge at once and unchanged, so Forge can ask the user for it', async () => {
    // As `asUser().requestJira` throws it (`@forge/api` NeedsAuthenticationError).
    const consent = Object.assign(new Error('Authentication required'), { name: 'NEEDS_AUTHENTICATION_ERR' });
    const jira = fakeJira(() => Promise.reject(consent));
    await expect(jira.client.get('/rest/api/3/myself')).rejects.toBe(consent);
    expect(jira.calls).toHaveLength(1);
    expect(jira.waits).toEqual([]);
  });
});

describe('jiraClient within an invocation', () => {
  it('never waits past the time left, and hands the wait back to the dispatcher as the retry delay', async () => {
    let now = 0;
    const waits: number[] = [];
    let calls = 0;
    const client = jiraClient(
      async () =>
        calls++ === 0
          ? response(429, {}, { 'retry-after': '2' })
          : response(429, {}, { 'retry-after': '30' }),
      { sleep: async (ms) => void waits.push(ms), now: () => now, deadline: () => 25_000 },
    );
    now = 10_000;
    const failed = await client.get('/rest/api/3/field').catch((error: unknown) => error);
    // The first 2 s wait fits; the next 30 s would end after 25 s less the 5 s margin: not taken.
    expect(waits).toEqual([2000]);
    expect(failed).toBeInstanceOf(JiraError);
    expect(failed).toMatchObject({ status: 429, retryAfterMs: 30_000 });
    expect(deliveryFailure(failed)).toMatchObject({ status: 'retry', retryAfterMs: 30_000 });
  });
});
