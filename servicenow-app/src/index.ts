// The ServiceNow app's public entry (`@xloop/servicenow-app`): the server modules the Fluent records call (the
// routes, the job, the business rule, the mail script) and the tables and properties they use. On an instance
// they run as `sys_module` records; elsewhere they run over `@servicenow/glide` or a stand-in for it.
export { callResolver } from './server/api/call-route';
export { oneClickGet, oneClickPost } from './server/api/one-click-route';
export { surveyMessageToSend } from './server/delivery/message-at-rest';
export { glidePorts } from './server/glide-ports';
export { CIM_TABLE } from './server/improvement-register';
export { type JobRun, runXLoopJob } from './server/jobs/xloop-job';
export { ensureKeyring } from './server/stores/property-settings-store';
export { PROPERTY, TABLE, UNIQUE_KEYS } from './server/tables';
export { recordTicketEvent } from './server/ticket-events/record-ticket-event';
