import { describe, expect, it } from 'vitest';
import { TABLE } from '../src/server/tables';
import { type AclUser, aclEvaluator, type Operation } from './acl-matrix';
import { builtRecords } from './built-app';

// Who may do what to which table, by the ACLs the build wrote (`npm test` builds first).
const acl = aclEvaluator(builtRecords());

const users: Record<string, AclUser> = {
  requester: { id: 'u-anna', roles: [] },
  'other requester': { id: 'u-bo', roles: [] },
  agent: { id: 'u-agent', roles: ['x_xloop.agent_viewer'] },
  'CSI manager': { id: 'u-csi', roles: ['x_xloop.csi_manager'] },
  'experience admin': { id: 'u-xadmin', roles: ['x_xloop.experience_admin'] },
  admin: { id: 'u-admin', roles: ['admin'] },
};
const anna = { requester_id: 'u-anna' };

/** [table, field or '', operation] → who may, among `users`. */
const MATRIX: [string, string, Operation, string[]][] = [
  [TABLE.response, '', 'read', ['requester', 'agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.response, 'score', 'read', ['requester', 'agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.response, 'body', 'read', ['requester', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.response, '', 'write', []],
  [TABLE.response, '', 'create', []],
  [TABLE.response, '', 'delete', ['experience admin', 'admin']],
  [TABLE.survey, '', 'read', ['agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.survey, 'state', 'read', ['agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.survey, 'message', 'read', []],
  [TABLE.survey, 'message', 'write', []],
  [TABLE.survey, '', 'write', ['experience admin', 'admin']],
  [TABLE.survey, '', 'delete', ['experience admin', 'admin']],
  [TABLE.survey, '', 'create', []],
  [TABLE.rollup, '', 'read', ['agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.rollup, '', 'write', []],
  [TABLE.rollup, '', 'create', []],
  [TABLE.rollup, '', 'delete', []],
  [TABLE.initiative, '', 'read', ['agent', 'CSI manager', 'experience admin', 'admin']],
  [TABLE.initiative, '', 'create', ['CSI manager', 'experience admin', 'admin']],
  [TABLE.initiative, '', 'write', ['CSI manager', 'experience admin', 'admin']],
  [TABLE.initiative, '', 'delete', ['experience admin', 'admin']],
  [TABLE.mark, '', 'read', ['experience admin', 'admin']],
  [TABLE.mark, '', 'create', []],
  [TABLE.mark, '', 'write', []],
  [TABLE.mark, '', 'delete', []],
  [TABLE.rollupChange, '', 'read', ['experience admin', 'admin']],
  [TABLE.rollupChange, '', 'create', []],
  [TABLE.rollupChange, '', 'write', []],
  [TABLE.rollupChange, '', 'delete', []],
  [TABLE.ticketEvent, '', 'read', ['experience admin', 'admin']],
  [TABLE.ticketEvent, '', 'create', []],
  [TABLE.ticketEvent, '', 'write', ['experience admin', 'admin']],
  // No ACL of its own: the wildcard rule lets admins through, and nobody else.
  [TABLE.ticketEvent, '', 'delete', ['admin']],
  [TABLE.lock, '', 'read', ['experience admin', 'admin']],
  [TABLE.lock, '', 'write', []],
  [TABLE.lock, '', 'create', []],
  [TABLE.lock, '', 'delete', ['experience admin', 'admin']],
  [TABLE.previewRun, '', 'read', ['experience admin', 'admin']],
  [TABLE.previewRun, '', 'write', []],
  [TABLE.previewRun, '', 'create', []],
  [TABLE.secret, '', 'read', []],
  [TABLE.secret, 'value', 'read', []],
  [TABLE.secret, '', 'write', []],
  [TABLE.secret, '', 'create', []],
  [TABLE.secret, '', 'delete', []],
];

describe('the ACL matrix of the built app, per role and table', () => {
  it.each(MATRIX)('%s.%s %s: %j', (table, field, operation, allowed) => {
    const who = Object.entries(users)
      .filter(([, user]) => acl.can(user, operation, table, anna, field || undefined))
      .map(([name]) => name);
    expect(who).toEqual(allowed);
  });

  it('covers every table the app defines', () => {
    expect(new Set(MATRIX.map(([table]) => table))).toEqual(new Set(Object.values(TABLE)));
  });
});
