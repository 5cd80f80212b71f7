import { describe, expect, it } from 'vitest';
import type { JiraIssue } from './jira-issue';
import { type JiraIssueUpdate, jiraIssueChange } from './jira-issue-event';
import type { JiraStatus } from './jira-resolution';

const IN_PROGRESS: JiraStatus = { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } };
const DONE: JiraStatus = { id: '10002', name: 'Done', statusCategory: { key: 'done' } };
const MOVED_TO_DONE = '2026-11-02T10:00:00.000+0000';

/** The issue as the trigger reads it back from Jira after the update, with no resolution ever set. */
const issue = (
  status: JiraStatus,
  categoryChanged: string,
  resolution: { name: string } | null = null,
): JiraIssue => ({
  id: '10001',
  key: 'SD-1',
  fields: {
    created: '2026-11-02T08:00:00.000+0000',
    issuetype: { name: 'Incident' },
    reporter: { accountId: 'acc-1', timeZone: 'UTC' },
    resolution,
    resolutiondate: resolution ? categoryChanged : null,
    status,
    statuscategorychangedate: categoryChanged,
  },
});
/** The changelog and statuses Forge's `avi:jira:updated:issue` event carries for a status change. */
type EventParts = JiraIssueUpdate;
const statusChange = (from: JiraStatus, to: JiraStatus): EventParts => ({
  changelog: {
    items: [
      {
        field: 'status',
        fieldId: 'status',
        from: from.id,
        fromString: from.name,
        to: to.id,
        toString: to.name,
      },
    ],
  },
  associatedStatuses: [from, to],
});
const mapped = (now: JiraIssue, change: EventParts) => {
  const read = jiraIssueChange(now, change);
  if (!read) throw new Error('no ticket');
  return read;
};

describe('jiraIssueChange (what an issue event is)', () => {
  it('maps a move into a Done-category status without a resolution to a resolution, dated by the move', () => {
    const event = mapped(issue(DONE, MOVED_TO_DONE), statusChange(IN_PROGRESS, DONE));
    expect(event).toMatchObject({
      type: 'resolved',
      ticket: { id: 'jira:SD-1', status: 'resolved', resolvedAt: Date.UTC(2026, 10, 2, 10) },
    });
    expect(event.ticket).not.toHaveProperty('resolutionCode');
  });

  it('maps a later move back to an In-progress category to a reopening', () => {
    const back = mapped(issue(IN_PROGRESS, '2026-11-02T10:30:00.000+0000'), statusChange(DONE, IN_PROGRESS));
    expect(back).toMatchObject({ type: 'reopened', ticket: { status: 'open' } });
    expect(back.ticket).not.toHaveProperty('resolvedAt');
  });

  it('maps the same event delivered twice alike, and a resolution set on an issue already in Done as the same resolution', () => {
    const now = issue(DONE, MOVED_TO_DONE);
    const change = statusChange(IN_PROGRESS, DONE);
    expect(mapped(now, change)).toEqual(mapped(now, change));
    // A resolution screen later on: no second resolution, the same resolution time.
    const later = {
      ...now,
      fields: { ...now.fields, resolution: { name: 'Done' }, resolutiondate: '2026-11-03T09:00:00.000+0000' },
    };
    const resolutionSet: EventParts = {
      changelog: { items: [{ field: 'resolution', to: '10000', toString: 'Done' }] },
    };
    expect(mapped(later, resolutionSet)).toMatchObject({
      type: 'resolved',
      ticket: { resolvedAt: Date.UTC(2026, 10, 2, 10), resolutionCode: 'Done' },
    });
  });

  it('maps the resolution cleared to a reopening, and other updates of an open issue to updates', () => {
    const reopened: EventParts = {
      changelog: {
        items: [
          {
            field: 'resolution',
            fieldId: 'resolution',
            from: '10000',
            fromString: 'Done',
            to: null,
            toString: null,
          },
          {
            field: 'status',
            fieldId: 'status',
            from: '10002',
            fromString: 'Done',
            to: '3',
            toString: 'In Progress',
          },
        ],
      },
    };
    expect(mapped(issue(IN_PROGRESS, MOVED_TO_DONE), reopened).type).toBe('reopened');
    // Without the statuses' categories in the event, the issue's own status tells only where it is now.
    expect(
      mapped(issue(IN_PROGRESS, MOVED_TO_DONE), { changelog: statusChange(DONE, IN_PROGRESS).changelog })
        .type,
    ).toBe('updated');
    expect(mapped(issue(IN_PROGRESS, MOVED_TO_DONE), {}).type).toBe('updated');
    expect(jiraIssueChange(issue(IN_PROGRESS, MOVED_TO_DONE), { created: true })?.type).toBe('created');
    // Called without the update's parts: the issue's state alone.
    expect(jiraIssueChange(issue(IN_PROGRESS, MOVED_TO_DONE))?.type).toBe('updated');
    expect(jiraIssueChange(issue(DONE, MOVED_TO_DONE))?.type).toBe('resolved');
  });

  it('maps an issue created already resolved (a walk-up logged as done) to a resolution, not a mere creation', () => {
    expect(jiraIssueChange(issue(DONE, MOVED_TO_DONE, { name: 'Done' }), { created: true })).toMatchObject({
      type: 'resolved',
      ticket: { status: 'resolved', resolvedAt: Date.UTC(2026, 10, 2, 10), resolutionCode: 'Done' },
    });
  });

  it('maps an issue that is no ticket to nothing', () => {
    expect(jiraIssueChange({ key: 'SD-2', fields: {} })).toBeUndefined();
  });
});
