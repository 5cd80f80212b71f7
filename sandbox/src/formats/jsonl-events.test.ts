import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonlEvents } from './jsonl-events';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');

describe('parseJsonlEvents', () => {
  it('reads the fixture and reports every bad line by number', () => {
    const { records, problems } = parseJsonlEvents(fixture('events.jsonl'));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(9);
    expect(records[1]).toMatchObject({
      type: 'resolved',
      at: Date.UTC(2026, 10, 2, 9, 30),
      ticket: { resolvedAt: Date.UTC(2026, 10, 2, 9, 30) },
    });
    const bad = parseJsonlEvents(
      [
        '{',
        '{"type":"fixed","at":"2026-11-02T00:00:00Z"}',
        '',
        '{"type":"resolved","at":"yesterday","ticket":{}}',
        '{"type":"resolved","at":1,"ticket":{"id":"x","kind":"bug"}}',
      ].join('\n'),
    );
    expect(bad.problems).toEqual([
      { at: 1, message: 'not valid JSON' },
      { at: 2, message: 'type must be one of created, updated, resolved, reopened, closed' },
      { at: 4, message: 'at must be an ISO 8601 time' },
      { at: 5, message: 'ticket.kind must be incident or request' },
    ]);
  });
});
