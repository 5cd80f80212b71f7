import type { Rollup } from '../model/rollup';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The columns a SQL rollup table keeps, in order: one per score, then the lost-time sums and the outcome counts.
 * Factors live in their own rows. Every SQL store (SQLite, Forge SQL, the ServiceNow table) uses these names.
 */
export const ROLLUP_COLUMNS: readonly string[] = [
  ...SCORES.map((score) => `s${score}`),
  'lost_time_answers',
  'lost_time_minutes',
  'lost_time_minutes_squared',
  'resolved',
  'sent',
  'answered',
  'expired',
];

/**
 * A rollup's counts in `ROLLUP_COLUMNS` order, for an insert or an increment.
 * @example rollupColumnValues(delta) // [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 150, 22500, 0, 0, 1, 0]
 */
export function rollupColumnValues(rollup: Rollup): number[] {
  return [
    ...SCORES.map((score) => rollup.histogram[score] ?? 0),
    rollup.lostTimeAnswers,
    rollup.lostTimeMinutes,
    rollup.lostTimeMinutesSquared,
    rollup.resolved,
    rollup.sent,
    rollup.answered,
    rollup.expired,
  ];
}

/**
 * A rollup from a row with `ROLLUP_COLUMNS` (numbers or numeric strings, as drivers return them) and its factor
 * counts; factors are sorted so equal rollups compare equal.
 * @example rollupFromColumns({ s0: 1, …, expired: 0 }, { slow: 1 })
 */
export function rollupFromColumns(
  row: Readonly<Record<string, unknown>>,
  factors: Readonly<Record<string, number>> = {},
): Rollup {
  const sorted: Record<string, number> = {};
  for (const factor of Object.keys(factors).sort()) sorted[factor] = factors[factor] as number;
  return {
    histogram: SCORES.map((score) => Number(row[`s${score}`] ?? 0)),
    lostTimeAnswers: Number(row.lost_time_answers ?? 0),
    lostTimeMinutes: Number(row.lost_time_minutes ?? 0),
    lostTimeMinutesSquared: Number(row.lost_time_minutes_squared ?? 0),
    factors: sorted,
    resolved: Number(row.resolved ?? 0),
    sent: Number(row.sent ?? 0),
    answered: Number(row.answered ?? 0),
    expired: Number(row.expired ?? 0),
  };
}
