import { describe, expect, it } from 'vitest';
import { random } from '../random';
import {
  type JiraResolutionState,
  jiraChangeStates,
  jiraInstant,
  jiraResolutionChange,
  jiraResolutionState,
  jiraResolved,
  jiraResolvedAt,
  jiraResolvedSinceJql,
  jiraStatusCategories,
} from './jira-resolution';

const state = (resolution: boolean, done: boolean): JiraResolutionState => ({ resolution, done });
const STATES = [state(false, false), state(false, true), state(true, false), state(true, true)];

describe('jiraResolutionChange', () => {
  it('counts a resolution set, or a move into Done while none is set, as a resolution', () => {
    // Resolve screen: status and resolution in one change, counted once.
    expect(jiraResolutionChange(state(false, false), state(true, true))).toBe('resolved');
    // A workflow without a resolution screen: only the status moves into Done.
    expect(jiraResolutionChange(state(false, false), state(false, true))).toBe('resolved');
    // A resolution set outside Done is still one.
    expect(jiraResolutionChange(state(false, false), state(true, false))).toBe('resolved');
  });

  it('counts the resolution cleared, or a move out of Done without one, as a reopening', () => {
    expect(jiraResolutionChange(state(true, true), state(false, false))).toBe('reopened');
    expect(jiraResolutionChange(state(false, true), state(false, false))).toBe('reopened');
    expect(jiraResolutionChange(state(true, false), state(false, false))).toBe('reopened');
  });

  it('does not count a second resolution for an issue already resolved, nor a reopening while it stays so', () => {
    // A resolution set later on an issue in Done: its resolution began when it moved into Done.
    expect(jiraResolutionChange(state(false, true), state(true, true))).toBe('unchanged');
    // The resolution cleared while the issue stays in Done, or Done left while the resolution stays.
    expect(jiraResolutionChange(state(true, true), state(false, true))).toBe('unchanged');
    expect(jiraResolutionChange(state(true, true), state(true, false))).toBe('unchanged');
  });

  it('is one rule: a change is what it does to jiraResolved, for every pair of states', () => {
    for (const before of STATES)
      for (const after of STATES) {
        const expected =
          jiraResolved(before) === jiraResolved(after)
            ? 'unchanged'
            : jiraResolved(after)
              ? 'resolved'
              : 'reopened';
        expect(jiraResolutionChange(before, after)).toBe(expected);
      }
  });

  it('classifies a change delivered twice the same, a repeat as nothing, and alternates over any history', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const pick = () => STATES[Math.floor(next() * STATES.length)] as JiraResolutionState;
      let current = pick();
      let last: 'resolved' | 'reopened' = jiraResolved(current) ? 'resolved' : 'reopened';
      for (let step = 0; step < 30; step++) {
        const after = pick();
        const once = jiraResolutionChange(current, after);
        // The same change delivered again, as Jira's events may be: same classification, from equal copies too.
        expect(jiraResolutionChange({ ...current }, { ...after })).toBe(once);
        // Its effect applied twice: the second delivery finds nothing to change.
        expect(jiraResolutionChange(after, after)).toBe('unchanged');
        // Undoing a change is its opposite.
        const back = jiraResolutionChange(after, current);
        expect(back).toBe(once === 'resolved' ? 'reopened' : once === 'reopened' ? 'resolved' : 'unchanged');
        // Resolutions and reopenings alternate: never two resolutions without a reopening between them.
        if (once !== 'unchanged') {
          expect(once).not.toBe(last);
          last = once;
        }
        current = after;
      }
    }
  });
});

describe('jiraChangeStates', () => {
  const categories = jiraStatusCategories([
    { id: '1', name: 'Open', statusCategory: { key: 'new' } },
    { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
    { id: '10001', name: 'Done', statusCategory: { key: 'done' } },
  ]);

  it('reads resolution and status items, a status by id or else by name', () => {
    expect(
      jiraChangeStates(
        [
          {
            field: 'status',
            fieldId: 'status',
            from: '3',
            fromString: 'In Progress',
            to: '10001',
            toString: 'Done',
          },
          {
            field: 'resolution',
            fieldId: 'resolution',
            from: null,
            fromString: null,
            to: '10000',
            toString: 'Fixed',
          },
        ],
        categories,
      ),
    ).toEqual({
      before: { resolution: false, done: false },
      after: { resolution: true, done: true },
      resolutionCode: 'Fixed',
    });
    // Data Center exports status ids that this site never showed, but the names are known.
    expect(
      jiraChangeStates(
        [{ field: 'status', from: '9', fromString: 'DONE', to: '8', toString: 'open' }],
        categories,
      ),
    ).toEqual({
      before: { done: true },
      after: { done: false },
    });
  });

  it('counts a status no issue showed as not Done, and reads nothing from user fields or other fields', () => {
    expect(
      jiraChangeStates(
        [{ field: 'status', from: '10001', fromString: 'Done', to: '4', toString: 'Reopened' }],
        categories,
      ),
    ).toEqual({ before: { done: true }, after: { done: false } });
    expect(
      jiraChangeStates(
        [
          // Data Center user fields hold user keys in from/to.
          { field: 'assignee', from: 'JIRAUSER10100', fromString: 'Olli', to: 'anna', toString: 'Anna' },
          { field: 'summary', from: null, fromString: 'a', to: null, toString: 'b' },
        ],
        categories,
      ),
    ).toEqual({ before: {}, after: {} });
    expect(jiraChangeStates(undefined, categories)).toEqual({ before: {}, after: {} });
    expect(jiraChangeStates([null as never, 'x' as never], categories)).toEqual({ before: {}, after: {} });
  });

  it('reads a resolution by id when Jira gave no name, and never the inherited toString', () => {
    const idOnly = JSON.parse('{ "fieldId": "resolution", "from": "10000", "to": null }');
    expect(jiraChangeStates([idOnly], categories)).toEqual({
      before: { resolution: true },
      after: { resolution: false },
    });
    const setById = JSON.parse('{ "field": "resolution", "to": "10001" }');
    expect(jiraChangeStates([setById], categories).resolutionCode).toBe('10001');
  });
});

describe('jiraResolutionState and jiraResolvedAt', () => {
  const done = { id: '10001', name: 'Done', statusCategory: { key: 'done' } };
  const progress = { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } };

  it('reads the state an issue is in now', () => {
    expect(jiraResolutionState({ resolution: { name: 'Done' }, status: done })).toEqual(state(true, true));
    expect(jiraResolutionState({ resolution: null, status: done })).toEqual(state(false, true));
    expect(jiraResolutionState({ status: progress })).toEqual(state(false, false));
    expect(jiraResolutionState(undefined)).toEqual(state(false, false));
    // A file without the resolution field: its date says it is set.
    expect(jiraResolutionState({ resolutiondate: '2026-11-02T12:00:00.000+0000' })).toEqual(
      state(true, false),
    );
    expect(jiraResolutionState({ resolution: null, resolutiondate: '2026-11-02T12:00:00.000+0000' })).toEqual(
      state(false, false),
    );
  });

  it('dates a resolution by the earlier of the resolution date and the move into Done, each while it applies', () => {
    const moved = '2026-11-02T10:00:00.000+0000';
    const set = '2026-11-02T12:00:00.000+0000';
    expect(jiraResolvedAt({ resolution: null, status: done, statuscategorychangedate: moved })).toBe(
      Date.UTC(2026, 10, 2, 10),
    );
    // A resolution set later on an issue already in Done: still resolved since the move.
    expect(
      jiraResolvedAt({
        resolution: { name: 'Done' },
        resolutiondate: set,
        status: done,
        statuscategorychangedate: moved,
      }),
    ).toBe(Date.UTC(2026, 10, 2, 10));
    // Out of Done, the category date says when it left Done: only the resolution date counts.
    expect(
      jiraResolvedAt({
        resolution: { name: 'Done' },
        resolutiondate: set,
        status: progress,
        statuscategorychangedate: moved,
      }),
    ).toBe(Date.UTC(2026, 10, 2, 12));
    expect(jiraResolvedAt({ resolution: { name: 'Done' }, resolutiondate: set, status: done })).toBe(
      Date.UTC(2026, 10, 2, 12),
    );
    expect(jiraResolvedAt({ resolution: null, resolutiondate: set, status: progress })).toBeUndefined();
    expect(jiraResolvedAt({ resolution: null, status: done })).toBeUndefined();
  });

  it('reads Jira times, and nothing else', () => {
    expect(jiraInstant('2026-11-02T09:00:00.000+0200')).toBe(Date.UTC(2026, 10, 2, 7));
    expect(jiraInstant('yesterday')).toBeUndefined();
    expect(jiraInstant('')).toBeUndefined();
    expect(jiraInstant(1_700_000_000_000)).toBeUndefined();
  });
});

describe('jiraResolvedSinceJql', () => {
  it('asks Jira for both kinds of resolution since a day', () => {
    expect(jiraResolvedSinceJql('2026-10-01')).toBe(
      '(resolutiondate >= "2026-10-01" OR (resolution is EMPTY AND statusCategory = Done AND statusCategoryChangedDate >= "2026-10-01"))',
    );
  });
});
