/**
 * @xloop/shared-core/servicenow — ServiceNow's records as every ServiceNow adapter reads them alike: an incident or
 * requested item mapped onto the core's ticket. The ServiceNow app bundles it with the core; the sandbox's
 * ServiceNow import and audit format read it too.
 */

export {
  SERVICENOW_RECORD_FIELDS,
  type ServiceNowField,
  type ServiceNowRecord,
  type ServiceNowRecordOptions,
  serviceNowInstant,
  serviceNowRecordTicket,
} from './servicenow-record';
