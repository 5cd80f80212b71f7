import { describe, expect, it } from 'vitest';
import { surveyOf } from '../measure/surveys.fixture';
import { eraseRequester, refreshRequester } from './erase-requester';
import { freshPorts } from './ports.fixture';

const MONDAY = Date.UTC(2026, 10, 2, 8);

async function withSurveys() {
  const ports = freshPorts(MONDAY);
  const alice = {
    id: 'alice',
    email: 'alice@example.com',
    displayName: 'Alice',
    timeZone: 'Europe/Helsinki',
  };
  await ports.surveys.save(
    surveyOf({ ticketId: 'jira:SD-1', resolvedAt: MONDAY, requester: alice }),
    undefined,
  );
  await ports.surveys.save(
    surveyOf({ ticketId: 'jira:SD-2', resolvedAt: MONDAY + 1, requester: { id: 'bob' } }),
    undefined,
  );
  return ports;
}

describe('refreshRequester', () => {
  it('replaces a requester’s stored details with the current ones on their surveys only, and is safe to repeat', async () => {
    const ports = await withSurveys();
    const now = {
      id: 'alice',
      email: 'alice.b@example.com',
      displayName: 'Alice B.',
      timeZone: 'Europe/Berlin',
    };
    expect(await refreshRequester(ports, now)).toBe(1);
    expect((await ports.surveys.forTicket('jira:SD-1'))[0]?.requester).toEqual(now);
    expect((await ports.surveys.forTicket('jira:SD-2'))[0]?.requester).toEqual({ id: 'bob' });
    await refreshRequester(ports, now);
    expect((await ports.surveys.forTicket('jira:SD-1'))[0]?.requester).toEqual(now);
  });
});

describe('eraseRequester', () => {
  it('leaves no identity of the requester on their surveys', async () => {
    const ports = await withSurveys();
    await eraseRequester(ports, 'alice');
    expect((await ports.surveys.forTicket('jira:SD-1'))[0]?.requester).toEqual({ id: 'erased' });
  });
});
