import {
  DIMENSIONS,
  type Dimension,
  isScore,
  type Score,
  type Segment,
  type TicketKind,
} from '@xloop/shared-core';
import { parse } from 'csv-parse/sync';
import type { Parsed, ParseProblem } from './parse-error';

/** One answered survey from an export, as `xloop analyze` reads it. */
export interface ResponseRecord {
  readonly ticketId: string;
  readonly kind: TicketKind;
  readonly answeredAt: number;
  readonly score: Score;
  readonly lostTimeMinutes?: number;
  readonly factors: readonly string[];
  readonly comment?: string;
  readonly segment: Segment;
}

/** The columns of a responses file, CSV header or JSON keys. */
export const RESPONSE_COLUMNS = [
  'ticket_id',
  'kind',
  'answered_at',
  'score',
  'lost_time_minutes',
  'factors',
  'comment',
  'service',
  'channel',
  'team',
  'category',
  'priority',
  'location',
  'customer',
] as const;

const SEGMENT_COLUMNS = [
  'service',
  'channel',
  'team',
  'category',
  'priority',
  'location',
  'customer',
] as const;

function record(
  raw: Record<string, unknown>,
  at: number,
  problems: ParseProblem[],
): ResponseRecord | undefined {
  const fail = (message: string) => void problems.push({ at, message });
  const text = (key: string) => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const s = String(value).trim();
    return s === '' ? undefined : s;
  };
  const ticketId = text('ticket_id');
  const kind = text('kind') ?? 'incident';
  const answeredAt = Date.parse(text('answered_at') ?? '');
  const score = Number(text('score'));
  const lost = text('lost_time_minutes');
  const lostTimeMinutes = lost === undefined ? undefined : Number(lost);
  if (!ticketId) return fail('ticket_id is empty');
  if (kind !== 'incident' && kind !== 'request') return fail(`kind "${kind}" is not incident or request`);
  if (Number.isNaN(answeredAt)) return fail('answered_at is not an ISO 8601 time');
  if (!isScore(score)) return fail(`score "${text('score') ?? ''}" is not a whole number from 0 to 10`);
  if (lostTimeMinutes !== undefined && !(Number.isFinite(lostTimeMinutes) && lostTimeMinutes >= 0)) {
    return fail(`lost_time_minutes "${lost}" is not a number of minutes`);
  }
  const segment: Partial<Record<Dimension, string>> = { kind };
  for (const column of SEGMENT_COLUMNS) {
    const value = text(column);
    if (value !== undefined && DIMENSIONS.indexOf(column) >= 0) segment[column] = value;
  }
  const factors = (text('factors') ?? '')
    .split(';')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const comment = text('comment');
  return {
    ticketId,
    kind,
    answeredAt,
    score,
    ...(lostTimeMinutes !== undefined ? { lostTimeMinutes } : {}),
    factors: factors.filter((f, i) => factors.indexOf(f) === i),
    ...(comment !== undefined ? { comment } : {}),
    segment,
  };
}

/**
 * Reads a responses file: CSV with the columns above (header first), or JSON lines with the same keys. Every bad
 * row is reported by line.
 * @example parseResponses(csv, 'csv').records[0] // { ticketId: 'SD-1', score: 9, segment: { service: 'VPN', … } }
 */
export function parseResponses(text: string, format: 'csv' | 'jsonl'): Parsed<ResponseRecord> {
  const problems: ParseProblem[] = [];
  const records: ResponseRecord[] = [];
  if (format === 'csv') {
    let rows: Record<string, string>[];
    try {
      rows = parse(text, {
        columns: true,
        skip_empty_lines: true,
        trim: true,
        bom: true,
        relax_column_count: true,
      }) as Record<string, string>[];
    } catch (error) {
      return { records, problems: [{ at: 1, message: `not a CSV file: ${(error as Error).message}` }] };
    }
    for (const [index, row] of rows.entries()) {
      const parsed = record(row, index + 2, problems);
      if (parsed) records.push(parsed);
    }
    return { records, problems };
  }
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push({ at: index + 1, message: 'not valid JSON' });
      continue;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push({ at: index + 1, message: 'not a JSON object' });
      continue;
    }
    const parsed = record(raw as Record<string, unknown>, index + 1, problems);
    if (parsed) records.push(parsed);
  }
  return { records, problems };
}
