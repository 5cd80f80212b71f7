import {
  CIM_TABLE,
  callResolver,
  glidePorts,
  oneClickGet,
  oneClickPost,
  PROPERTY,
  recordTicketEvent,
  runXLoopJob,
  surveyMessageToSend,
  TABLE,
} from '@xloop/servicenow-app';
import { freshInstance, GlideRecord, restRequest, restResponse } from '@xloop/servicenow-app/testing';
import { serviceNowIncidentRow } from '@xloop/shared-core/testing';
import { type Delivered, followUpForm, type LoopPlatform, type Person } from './loop-platform';
import type { Quarter } from './quarter';
import { SETTINGS } from './quarter';

// ServiceNow keeps date-times as UTC `yyyy-MM-dd HH:mm:ss`.
const stamp = (instant: number) => new Date(instant).toISOString().slice(0, 19).replace('T', ' ');
const number = (n: number) => `INC${String(n).padStart(7, '0')}`;
const PRIORITY: Record<string, string> = { High: '2', Medium: '3', Low: '4' };
const ROLES: Record<Person['role'], string[]> = {
  customer: [],
  agent: ['x_xloop.agent_viewer'],
  'csi-manager': ['x_xloop.csi_manager'],
  admin: ['x_xloop.experience_admin'],
};

function insert(table: string, values: Record<string, string>): void {
  const row = new GlideRecord(table);
  row.initialize();
  for (const [name, value] of Object.entries(values)) row.setValue(name, value);
  row.insert();
}

/**
 * The ServiceNow scoped app on the Glide stand-in: the quarter's requesters, agents and services as instance
 * records, incidents changed as an agent changes them with the after-update business rule firing, the scheduled
 * job every tick, the one-click and portal scripted REST routes, and Continual Improvement Management present so
 * initiatives go to its register.
 */
export function serviceNowPlatform(q: Quarter): LoopPlatform {
  let now = 0;
  const instance = freshInstance(() => now);
  instance.defineTable(CIM_TABLE, { display: 'number' });
  instance.setProperty(PROPERTY.initiativeRegister, 'cim');
  for (const requester of q.requesters) {
    insert('sys_user', {
      sys_id: requester.id,
      name: requester.name,
      email: requester.email,
      time_zone: requester.timeZone,
      preferred_language: requester.language,
    });
  }
  for (const zone of new Set(q.requesters.map((r) => r.timeZone)))
    insert('sys_choice', { name: 'sys_user', element: 'time_zone', value: zone, label: zone });
  const tickets = [...q.tickets.values()];
  for (const agent of new Set(tickets.map((t) => t.agentId)))
    insert('sys_user', { sys_id: agent, name: agent });
  for (const service of new Set(tickets.map((t) => t.service)))
    insert('cmdb_ci_service', { sys_id: `svc-${service}`, name: service });
  const ports = glidePorts();
  ports.settings.saveSettings(SETTINGS);
  const seen = new Set<string>();

  const rest = (
    route: (request: never, response: never) => void,
    request: ReturnType<typeof restRequest>,
  ) => {
    const response = restResponse();
    route(request as never, response as never);
    return response.sent;
  };

  return {
    name: 'servicenow',
    ports,
    ticketId: (n) => `servicenow:${number(n)}`,
    canonicalIds: (json) => json.replace(/(?:servicenow:)?INC0*(\d+)/g, 'T$1'),
    async change(ticket, change) {
      now = change.at;
      const id = `inc-${ticket.n}`;
      const previous = new GlideRecord('incident');
      if (!previous.get(id)) {
        // Opened in progress.
        insert(
          'incident',
          serviceNowIncidentRow({
            sys_id: id,
            number: number(ticket.n),
            caller_id: ticket.requester.id,
            opened_at: stamp(ticket.createdAt),
            assigned_to: ticket.agentId,
            business_service: `svc-${ticket.service}`,
            priority: PRIORITY[ticket.priority] ?? '3',
            priority$display: ticket.priority,
            category: ticket.category,
            sys_updated_on: stamp(ticket.createdAt),
          }),
        );
        previous.get(id);
      }
      const current = new GlideRecord('incident');
      current.get(id);
      const resolved = change.to === 'resolved';
      current.setValue('state', resolved ? '6' : '2');
      current.setValue('close_code', resolved ? (change.resolution ?? '') : '');
      current.setValue('resolved_at', resolved ? stamp(change.at) : '');
      current.setValue('sys_updated_on', stamp(change.at));
      current.update();
      recordTicketEvent(current as never, previous as never);
    },
    async tick(at) {
      now = at;
      for (let more = true; more; ) more = runXLoopJob(() => now).more;
      const delivered: Delivered[] = [];
      for (const row of instance.rows(TABLE.survey)) {
        const id = row.survey_id ?? '';
        if (!row.message || seen.has(id)) continue;
        seen.add(id);
        // The e-mail as the notification's mail script writes it: the record holds its links unsigned.
        const record = new GlideRecord(TABLE.survey);
        record.get(row.sys_id ?? '');
        const html = surveyMessageToSend(record as never).html;
        const tokens = [...html.matchAll(/href="[^"]*token=([^"&]+)[^"]*"/g)].map((m) =>
          decodeURIComponent(m[1] ?? ''),
        );
        delivered.push({ surveyId: id, scoreTokens: tokens.slice(0, 11) });
      }
      return delivered;
    },
    async click(token) {
      return rest(oneClickGet, restRequest({ query: { token } })).status;
    },
    async followUp(token, answer) {
      return rest(oneClickPost, restRequest({ form: followUpForm(token, answer).toString() })).status;
    },
    async call(person, name, payload) {
      instance.user = { id: person.accountId, roles: ROLES[person.role] };
      const sent = rest(callResolver, restRequest({ path: { name }, body: JSON.stringify(payload) }));
      return sent.status === 200
        ? { status: 200, value: (sent.body as { value?: unknown }).value }
        : { status: sent.status };
    },
    async close() {},
  };
}
