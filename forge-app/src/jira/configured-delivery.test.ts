import { describe, expect, it } from 'vitest';
import { DEFAULT_FORGE_CONFIG, type ForgeConfig } from '../forge-config';
import { configuredDelivery } from './configured-delivery';
import { fakeJira, outgoing, response } from './jira-client.fixture';

describe('configuredDelivery', () => {
  it('sends each message the way the admin chose at send time: a comment, or Jira’s notify API', async () => {
    const jira = fakeJira(() => response(200, { comments: [] }));
    let config: ForgeConfig = DEFAULT_FORGE_CONFIG;
    const delivery = configuredDelivery(
      jira.client,
      async () => 'https://example.com/x',
      async () => config,
    );
    await delivery.send(outgoing);
    expect(jira.calls.some((c) => c.method === 'POST' && c.path.endsWith('/comment'))).toBe(true);
    const before = jira.calls.length;
    config = { ...config, delivery: 'notify' };
    await delivery.send(outgoing);
    expect(jira.calls.slice(before).map((c) => c.path)).toContain('/rest/api/3/issue/SD-7/notify');
  });
});
