export {
  JIRA_SERVICE_PROJECT,
  JSM_FIELD_IDS,
  jiraChangelog,
  jiraCustomer,
  jiraHistory,
  jiraIssue,
  jiraIssueEvent,
  jiraResolutionItem,
  jiraServerUser,
  jiraServiceDeskFieldDetails,
  jiraStatus,
} from './jira';
export {
  asynchronous,
  ManualClock,
  MemoryInitiativeStore,
  type MemoryPorts,
  MemoryResponseStore,
  MemoryRollupStore,
  MemorySettingsStore,
  MemorySurveyStore,
  memoryPorts,
  RecordingDelivery,
} from './memory-stores';
export { scenario } from './scenario';
export {
  type ServiceNowRow,
  serviceNowIncidentRow,
  serviceNowRequestItemRow,
  serviceNowTableRecord,
} from './servicenow';
export { type Stores, storeContract } from './store-contract';
