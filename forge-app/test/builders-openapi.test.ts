import {
  jiraChangelog,
  jiraCustomer,
  jiraHistory,
  jiraIssue,
  jiraResolutionItem,
  jiraServerUser,
  jiraServiceDeskFieldDetails,
  jiraStatus,
} from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { conformance, schemaProblems } from './jira-openapi';

// The core's test builders (`@xloop/shared-core/testing`) against Jira's OpenAPI document: what they build is what
// Jira answers, so a test built on them mocks a real answer.
describe('the Jira builders conform to the Jira platform API', () => {
  const withChangelog = jiraIssue({
    key: 'SD-7',
    fields: { reporter: jiraServerUser(), status: jiraStatus('indeterminate'), resolution: null },
    changelog: jiraChangelog(jiraHistory('2026-11-02T09:00:00.000+0200', jiraResolutionItem('Done'))),
  });

  it('an issue, as GET /rest/api/3/issue/{issueIdOrKey} and GET /rest/api/3/search/jql answer it', () => {
    for (const issue of [jiraIssue(), withChangelog]) {
      expect(conformance('GET', '/rest/api/3/issue/{issueIdOrKey}', issue)).toEqual([]);
      expect(conformance('GET', '/rest/api/3/search/jql', { issues: [issue], isLast: true })).toEqual([]);
    }
  });

  it('its fields, against the schemas the document gives them elsewhere', () => {
    const { fields } = jiraIssue();
    expect(schemaProblems('UserDetails', fields.reporter)).toEqual([]);
    expect(schemaProblems('UserDetails', fields.assignee)).toEqual([]);
    expect(schemaProblems('UserDetails', jiraServerUser())).toEqual([]);
    // The document gives an issue's user no `locale`: the default customer has none, a test adds one if it needs it.
    expect(schemaProblems('UserDetails', jiraCustomer({ locale: 'fi_FI' }))).not.toEqual([]);
    expect(schemaProblems('Priority', fields.priority)).toEqual([]);
    expect(schemaProblems('IssueTypeDetails', fields.issuetype)).toEqual([]);
    expect(schemaProblems('Resolution', fields.resolution)).toEqual([]);
    for (const category of ['new', 'indeterminate', 'done'] as const)
      expect(schemaProblems('StatusDetails', jiraStatus(category))).toEqual([]);
    expect(schemaProblems('ProjectComponent', fields.components?.[0])).toEqual([]);
  });

  it('JSM’s fields, as GET /rest/api/3/field lists them', () => {
    expect(conformance('GET', '/rest/api/3/field', jiraServiceDeskFieldDetails())).toEqual([]);
  });
});
