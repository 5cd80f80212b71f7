/**
 * @xloop/shared-core/jira — Jira's data as every Jira adapter reads it alike: issues, changelogs and issue events
 * mapped onto the core's tickets, resolutions and requesters. Only Jira adapters (the Forge app, the sandbox's
 * Jira import and changelog format) load it; the ServiceNow app's bundle leaves it out.
 */

export { type JiraIssueWithChangelog, jiraIssueEvents, jiraTicketBase } from './jira-changelog';
export {
  JIRA_ISSUE_FIELDS,
  type JiraIssue,
  jiraIssueTicket,
  readJiraIssue,
  type ServiceDeskFields,
  serviceDeskFields,
} from './jira-issue';
export { type JiraIssueUpdate, jiraIssueChange } from './jira-issue-event';
export {
  type JiraChangeItem,
  type JiraChangeStates,
  type JiraResolutionChange,
  type JiraResolutionFields,
  type JiraResolutionState,
  type JiraStatus,
  type JiraStatusCategories,
  jiraChangeStates,
  jiraInstant,
  jiraResolutionChange,
  jiraResolutionState,
  jiraResolved,
  jiraResolvedAt,
  jiraResolvedSinceJql,
  jiraStatusCategories,
} from './jira-resolution';
export { type JiraUser, jiraRequester, jiraUserId, jiraUserProblem } from './jira-user';
