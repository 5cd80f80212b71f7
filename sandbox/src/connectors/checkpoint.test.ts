import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/sqlite-stores';
import { Checkpoints } from './checkpoint';

describe('Checkpoints', () => {
  it('keeps where each import stopped, by name, until cleared', () => {
    const checkpoints = new Checkpoints(openDatabase(':memory:'));
    expect(checkpoints.read('jira')).toBeUndefined();
    checkpoints.write('jira', { startAt: 100 });
    checkpoints.write('servicenow', { after: '2026-11-02' });
    checkpoints.write('jira', { startAt: 200 });
    expect(checkpoints.read('jira')).toEqual({ startAt: 200 });
    checkpoints.clear('jira');
    expect(checkpoints.read('jira')).toBeUndefined();
    expect(checkpoints.read('servicenow')).toEqual({ after: '2026-11-02' });
  });
});
