import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { importJiraCommand, importServiceNowCommand } from './import';

const jira = { db: ':memory:', site: 'https://example.atlassian.net', email: 'a@example.com', token: 't' };
const servicenow = { db: ':memory:', instance: 'https://example.service-now.com', token: 't' };
const print = () => {};

describe('xloop import, before any request', () => {
  it('refuses a site that is no URL, or that would send credentials in the clear', () => {
    expect(() => importJiraCommand({ ...jira, site: 'example' }, print)).toThrow(
      new CliError('--site must be a URL such as https://example.atlassian.net, not "example".'),
    );
    expect(() => importJiraCommand({ ...jira, site: 'http://example.atlassian.net' }, print)).toThrow(
      '--site must use https: credentials are never sent in the clear.',
    );
    expect(() =>
      importServiceNowCommand({ ...servicenow, instance: 'http://example.service-now.com' }, print),
    ).toThrow('--instance must use https');
  });

  it('asks for either a user and password or a token, not both and not neither', () => {
    expect(() => importServiceNowCommand({ ...servicenow, user: 'u', password: 'p' }, print)).toThrow(
      'Give either --user and --password, or --token.',
    );
    const { token: _t, ...none } = servicenow;
    expect(() => importServiceNowCommand(none, print)).toThrow(
      'Give either --user and --password, or --token.',
    );
  });

  it('takes --since only as a day', async () => {
    await expect(importJiraCommand({ ...jira, since: '1.1.2026' }, print)).rejects.toThrow(
      '--since takes a day as YYYY-MM-DD, not "1.1.2026".',
    );
  });
});
