import type { OutgoingSurvey } from '@xloop/shared-core';
import { describe, expect, it } from 'vitest';
import { SqliteOutbox } from './outbox';
import { openDatabase } from './sqlite-stores';

const message = (surveyId: string, kind: OutgoingSurvey['kind'] = 'invitation'): OutgoingSurvey => ({
  kind,
  survey: {
    id: surveyId,
    ticketId: `jira:${surveyId}`,
    resolutionKey: surveyId,
    kind: 'incident',
    requester: { id: `${surveyId}@example.com` },
    segment: {},
    state: 'scheduled',
    resolvedAt: 0,
    sendAt: 0,
    reasons: [],
  },
  locale: 'en',
  tokens: { open: 'open', scores: [] },
  idempotencyKey: `${surveyId}/${kind}`,
});

describe('SqliteOutbox', () => {
  it('keeps each message once per idempotency key, for whom and when it was sent', () => {
    let now = 100;
    const outbox = new SqliteOutbox(openDatabase(':memory:'), () => now++);
    expect(outbox.send(message('a'))).toEqual({ status: 'sent' });
    expect(outbox.send(message('a'))).toEqual({ status: 'sent' });
    outbox.send(message('a', 'reminder'));
    expect(outbox.count()).toBe(2);
    expect(outbox.after(0).messages.map((m) => [m.idempotencyKey, m.recipient, m.createdAt])).toEqual([
      ['a/invitation', 'a@example.com', 100],
      ['a/reminder', 'a@example.com', 102],
    ]);
    expect(outbox.after(0).messages[0]?.message).toEqual(message('a'));
  });

  it('reads on from a cursor, oldest first, and lists the newest first', () => {
    const outbox = new SqliteOutbox(openDatabase(':memory:'), () => 0);
    for (const id of ['a', 'b', 'c', 'd']) outbox.send(message(id));
    const first = outbox.after(0, 3);
    expect(first.messages.map((m) => m.surveyId)).toEqual(['a', 'b', 'c']);
    const rest = outbox.after(first.cursor, 3);
    expect(rest.messages.map((m) => m.surveyId)).toEqual(['d']);
    expect(outbox.after(rest.cursor)).toEqual({ cursor: rest.cursor, messages: [] });
    expect(outbox.latest(2).map((m) => m.surveyId)).toEqual(['d', 'c']);
  });
});
