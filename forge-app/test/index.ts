// The Forge app's test kit (`@xloop/forge-app/testing`): a throwaway MariaDB standing in for Forge SQL, the ports
// over it, the checks of Jira calls against Jira's OpenAPI document, and the fake of Jira's permission check.
export { conformance, jiraOperation, schemaProblems } from './jira-openapi';
export {
  type Holder,
  jiraAdmin,
  jsmAgent,
  type PermissionRule,
  type PermissionScope,
  permissionsCheck,
} from './jira-permissions';
export { type MariaDb, startMariaDb } from './mariadb';
export { sqlPorts } from './sql-ports';
