import { TABLE, UNIQUE_KEYS } from '../src/server/tables';
import { instance } from './glide-stand-in';

/** The unique indexes the app's tables declare (`src/fluent/tables.now.ts`; the build test checks they match). */
export const UNIQUE_INDEXES = UNIQUE_KEYS as Record<string, string[][]>;

/** An instance with the app installed and nothing in it: the app's tables and the platform tables it reads. */
export function freshInstance(now?: () => number, standIn: typeof instance = instance): typeof instance {
  const instance = standIn;
  for (const [table, unique] of Object.entries(UNIQUE_INDEXES))
    instance.defineTable(table, { unique, encrypted: table === TABLE.secret ? ['value'] : [] });
  instance.defineTable('sys_user', { display: 'name' });
  instance.defineTable('sys_user_group', { display: 'name' });
  instance.defineTable('cmn_location', { display: 'name' });
  instance.defineTable('cmdb_ci', { display: 'name' });
  instance.defineTable('cmdb_ci_service', { display: 'name', parent: 'cmdb_ci' });
  instance.defineTable('sys_choice', { display: 'label' });
  const references = {
    caller_id: 'sys_user',
    requested_for: 'sys_user',
    assigned_to: 'sys_user',
    resolved_by: 'sys_user',
    assignment_group: 'sys_user_group',
    location: 'cmn_location',
    business_service: 'cmdb_ci_service',
    cmdb_ci: 'cmdb_ci',
  };
  instance.defineTable('task', { references, display: 'number' });
  instance.defineTable('incident', { references, display: 'number', parent: 'task' });
  instance.defineTable('sc_req_item', { references, display: 'number', parent: 'task' });
  instance.reset();
  if (now) instance.setClock(now);
  return instance;
}
