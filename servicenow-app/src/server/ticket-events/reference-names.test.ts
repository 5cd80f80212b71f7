import { describe, expect, it } from 'vitest';
import { freshInstance } from '../../../test/app-instance';
import { insert } from '../glide-rows';
import { withReferenceNames } from './reference-names';

describe('withReferenceNames', () => {
  it('names the team, service and location from their tables, each once per batch', () => {
    const instance = freshInstance();
    insert('sys_user_group', { sys_id: 'g1', name: 'Network' });
    insert('cmdb_ci_service', { sys_id: 's1', name: 'E-mail' });
    insert('cmn_location', { sys_id: 'l1', name: 'Helsinki' });
    const names = new Map<string, string>();
    const record = {
      number: 'INC1',
      assignment_group: { value: 'g1' },
      business_service: { value: 's1' },
      cmdb_ci: { value: 'ci-unread' },
      location: { value: 'l1' },
      category: { value: 'network', display_value: 'Network' },
    };
    const before = instance.operations.length;
    expect(withReferenceNames(record, names)).toEqual({
      ...record,
      assignment_group: { value: 'g1', display_value: 'Network' },
      business_service: { value: 's1', display_value: 'E-mail' },
      location: { value: 'l1', display_value: 'Helsinki' },
    });
    withReferenceNames(record, names);
    expect(instance.operationCounts(before)).toEqual({
      sys_user_group: { get: 1 },
      cmdb_ci_service: { get: 1 },
      cmn_location: { get: 1 },
    });
  });

  it('names the service by the configuration item when there is no business service, and keeps what it cannot name', () => {
    freshInstance();
    insert('cmdb_ci_service', { sys_id: 'ci1', name: 'Printing' });
    expect(withReferenceNames({ cmdb_ci: { value: 'ci1' } })).toEqual({
      cmdb_ci: { value: 'ci1', display_value: 'Printing' },
    });
    const named = { assignment_group: { value: 'g1', display_value: 'Known' }, location: { value: 'gone' } };
    expect(withReferenceNames(named)).toBe(named);
  });
});
