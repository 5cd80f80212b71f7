import { describe, expect, it } from 'vitest';
import { surveyOf } from '../measure/surveys.fixture';
import { requesterRefreshed } from '../privacy/erasure';
import { settled } from '../step';
import { changeInPages } from './erase-in-pages';
import { freshPorts, MONDAY } from './ports.fixture';

describe('changeInPages', () => {
  it('reads page after page by key, saves each page’s changes, and never reads a saved record again', () => {
    const ports = freshPorts();
    for (let i = 0; i < 5; i++)
      ports.surveys.save(
        surveyOf({ ticketId: `jira:SD-${i}`, resolvedAt: MONDAY, requester: { id: 'alice' } }),
        undefined,
      );
    const pages: string[] = [];
    const reads = {
      surveys: (page: { after: string; limit: number }) => {
        pages.push(page.after);
        return ports.surveys.byRequester('alice', page);
      },
      suppressions: () => [],
      responses: () => [],
    };
    // A refresh keeps the id, so reading by requester would find the saved records again: the cursor does not.
    const now = { id: 'alice', displayName: 'Alice B.' };
    const changed = settled(changeInPages(ports, reads, (records) => requesterRefreshed(records, now), 2));
    expect(changed).toEqual({ surveys: 5, suppressions: 0, responses: 0 });
    expect(pages).toHaveLength(3);
    expect(ports.surveys.all().every((s) => s.requester.displayName === 'Alice B.')).toBe(true);
  });
});
