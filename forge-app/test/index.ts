// The Forge app's test kit (`@xloop/forge-app/testing`): a throwaway MariaDB standing in for Forge SQL, the ports
// over it, and the checks of Jira calls against Jira's OpenAPI document.
export { conformance, jiraOperation, schemaProblems } from './jira-openapi';
export { type MariaDb, startMariaDb } from './mariadb';
export { sqlPorts } from './sql-ports';
