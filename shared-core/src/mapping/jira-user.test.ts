import { describe, expect, it } from 'vitest';
import { jiraRequester, jiraUserId, jiraUserProblem } from './jira-user';

describe('jiraUserId', () => {
  it('keeps a Cloud account id as it is, whatever else the user carries', () => {
    expect(jiraUserId({ accountId: '5b10ac8d82e05b22cc7d4ef5', key: 'anna', name: 'anna' })).toBe(
      '5b10ac8d82e05b22cc7d4ef5',
    );
    expect(jiraUserId({ accountId: 'qm:a1b2c3:9f8e7d' })).toBe('qm:a1b2c3:9f8e7d');
  });

  it('names a Data Center or Server user by key, else name, else e-mail, qualified apart from account ids', () => {
    expect(jiraUserId({ key: 'JIRAUSER10100', name: 'anna', emailAddress: 'anna@example.com' })).toBe(
      'jira:key:JIRAUSER10100',
    );
    expect(jiraUserId({ name: 'anna', emailAddress: 'anna@example.com' })).toBe('jira:name:anna');
    expect(jiraUserId({ emailAddress: ' Anna@Example.COM ' })).toBe('jira:email:anna@example.com');
    // A renamed user's key and another user's later name may be the same word: they stay two people.
    expect(jiraUserId({ key: 'anna' })).not.toBe(jiraUserId({ name: 'anna' }));
  });

  it('gives no id to a user without any, and reads only strings', () => {
    expect(jiraUserId({ displayName: 'Anna' })).toBeUndefined();
    expect(jiraUserId({ accountId: '  ', key: '' })).toBeUndefined();
    expect(jiraUserId({ accountId: 42 } as never)).toBeUndefined();
    expect(jiraUserId(null)).toBeUndefined();
    expect(jiraUserId('anna' as never)).toBeUndefined();
  });
});

describe('jiraUserProblem', () => {
  it('names the field and what it lacks', () => {
    expect(jiraUserProblem('fields.reporter', { displayName: 'Anna' })).toBe(
      'fields.reporter has no accountId, key, name or emailAddress',
    );
    expect(jiraUserProblem('fields.reporter', null)).toBe('fields.reporter is missing');
    expect(jiraUserProblem('fields.assignee', null, true)).toBeUndefined();
    expect(jiraUserProblem('fields.reporter', { name: 'anna' })).toBeUndefined();
  });
});

describe('jiraRequester', () => {
  it('is the requester Jira tells of: id, e-mail, name, zone and locale; an app account is a service account', () => {
    expect(
      jiraRequester({
        accountId: 'a1',
        accountType: 'atlassian',
        emailAddress: 'anna@example.com',
        displayName: 'Anna',
        timeZone: 'Europe/Helsinki',
        locale: 'fi_FI',
      }),
    ).toEqual({
      id: 'a1',
      email: 'anna@example.com',
      displayName: 'Anna',
      timeZone: 'Europe/Helsinki',
      locale: 'fi_FI',
    });
    expect(jiraRequester({ accountId: 'bot', accountType: 'app' })).toEqual({
      id: 'bot',
      isServiceAccount: true,
    });
    expect(jiraRequester({ displayName: 'Nobody' })).toBeUndefined();
    expect(jiraRequester(null)).toBeUndefined();
  });
});
