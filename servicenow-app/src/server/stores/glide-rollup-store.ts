import { GlideRecord, gs } from '@servicenow/glide';
import {
  type DayRange,
  emptyRollup,
  keyWithPartReplaced,
  mergeRollups,
  ROLLUP_COLUMNS,
  type Rollup,
  type RollupEntry,
  type RollupStore,
  rollupColumnValues,
  rollupFromColumns,
} from '../core/xloop-core.js';
import { eachRow, firstRow, insert, write } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';

interface Change {
  readonly changeId: string;
  readonly day: string;
  readonly keys: readonly string[];
  readonly delta: Rollup;
  readonly state: 'pending' | 'folding' | 'done';
}

const changeOf = (row: GlideRecord): Change => ({
  changeId: row.getValue('change_id') ?? '',
  day: row.getValue('day') ?? '',
  keys: JSON.parse(row.getValue('keys') ?? '[]') as string[],
  delta: JSON.parse(row.getValue('delta') ?? '{}') as Rollup,
  state: (row.getValue('state') ?? 'pending') as Change['state'],
});

const rowRollup = (row: GlideRecord): Rollup => {
  const columns: Record<string, string | null> = {};
  for (const column of ROLLUP_COLUMNS) columns[column] = row.getValue(column);
  return rollupFromColumns(columns, JSON.parse(row.getValue('factors') ?? '{}') as Record<string, number>);
};

const slot = (day: string, key: string) => `${day}\u0000${key}`;

/** The length of `x_xloop_rollup.segment_key`, indexed. */
export const MAX_KEY_LENGTH = 255;

/**
 * Rollups without transactions. GlideRecord has none, and a read-modify-write of a counter row by two transactions
 * at once loses one of them. So `apply` only logs the change (one insert into `x_xloop_rollup_change`, whose unique
 * `change_id` makes a repeat insert nothing and answer `false`), and `read` adds the changes not yet folded to the
 * stored rows. The scheduled job, the only writer of `x_xloop_rollup`, folds changes into rows in bounded batches
 * (`fold`): it marks a change `folding`, adds it to each row while stamping the row's `last_change`, then marks it
 * `done`. A crash in between is finished first by the next run, and a row already stamped is skipped, so every
 * change counts exactly once. The change log is also the ledger that keeps a replayed change id from counting again.
 */
export class GlideRollupStore implements RollupStore {
  apply(changeId: string, day: string, keys: readonly string[], delta: Rollup): boolean {
    if (firstRow(TABLE.rollupChange, { where: [['change_id', '=', changeId]] })) return false;
    // A key longer than its indexed column would be cut and merge with another segment: it is left out, always.
    const kept = keys.filter((key) => key.length <= MAX_KEY_LENGTH);
    if (kept.length < keys.length)
      gs.warn(`XLoop: segment keys over ${MAX_KEY_LENGTH} characters not counted`);
    return insert(TABLE.rollupChange, {
      change_id: changeId,
      day,
      keys: JSON.stringify(kept),
      delta: JSON.stringify(delta),
      state: 'pending',
      logged_at: instantColumn(Date.now()),
    });
  }

  read(range: DayRange, keys?: readonly string[]): RollupEntry[] {
    if (keys && keys.length === 0) return [];
    const wanted = keys ? new Set(keys) : undefined;
    const entries = new Map<string, { day: string; segmentKey: string; rollup: Rollup; last: string }>();
    // By key when keys are given: a segment key may hold `,`, which an `IN` condition would split.
    for (const key of keys ?? [undefined]) {
      eachRow(
        TABLE.rollup,
        {
          where: [
            ['day', '>=', range.from],
            ['day', '<=', range.to],
            ...(key !== undefined ? [['segment_key', '=', key] as const] : []),
          ],
        },
        (row) => {
          const day = row.getValue('day') ?? '';
          const segmentKey = row.getValue('segment_key') ?? '';
          entries.set(slot(day, segmentKey), {
            day,
            segmentKey,
            rollup: rowRollup(row),
            last: row.getValue('last_change') ?? '',
          });
        },
      );
    }
    for (const change of this.unfolded(range)) {
      for (const segmentKey of change.keys) {
        if (wanted && !wanted.has(segmentKey)) continue;
        const known = entries.get(slot(change.day, segmentKey));
        if (known?.last === change.changeId) continue;
        entries.set(slot(change.day, segmentKey), {
          day: change.day,
          segmentKey,
          rollup: mergeRollups(known?.rollup ?? emptyRollup(), change.delta),
          last: known?.last ?? '',
        });
      }
    }
    return [...entries.values()]
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.segmentKey < b.segmentKey ? -1 : 1))
      .map(({ day, segmentKey, rollup }) => ({ day, segmentKey, rollup }));
  }

  /**
   * Rewrites the keys holding `part`, record by record: each rollup row is renamed (added into the row of its new key
   * if one exists, as a pseudonym used twice would make), and each logged change gets its keys rewritten, folded or
   * not, so that `read` and `fold` count a change under the new key and a repeated change id still finds its log. A
   * key the rename makes longer than the indexed column is left out, as `apply` leaves out such keys.
   */
  replaceKeyPart(part: string, replacement: string): number {
    let changed = 0;
    const fits = (key: string) => {
      if (key.length <= MAX_KEY_LENGTH) return true;
      gs.warn(`XLoop: segment keys over ${MAX_KEY_LENGTH} characters not counted`);
      return false;
    };
    eachRow(TABLE.rollup, {}, (row) => {
      const segmentKey = keyWithPartReplaced(row.getValue('segment_key') ?? '', part, replacement);
      if (segmentKey === undefined) return;
      changed++;
      const day = row.getValue('day') ?? '';
      const into = firstRow(TABLE.rollup, {
        where: [
          ['day', '=', day],
          ['segment_key', '=', segmentKey],
        ],
      });
      if (into || !fits(segmentKey)) {
        if (into) {
          const total = mergeRollups(rowRollup(into), rowRollup(row));
          const values: Record<string, string | number> = { factors: JSON.stringify(total.factors) };
          rollupColumnValues(total).forEach((value, i) => {
            values[ROLLUP_COLUMNS[i] as string] = value;
          });
          write(into, values);
          into.update();
        }
        row.deleteRecord();
        return;
      }
      write(row, { segment_key: segmentKey });
      row.update();
    });
    eachRow(TABLE.rollupChange, {}, (row) => {
      const keys = JSON.parse(row.getValue('keys') ?? '[]') as string[];
      const renamed = keys.map((key) => keyWithPartReplaced(key, part, replacement) ?? key);
      if (renamed.every((key, i) => key === keys[i])) return;
      write(row, { keys: JSON.stringify(renamed.filter(fits)) });
      row.update();
      changed++;
    });
    return changed;
  }

  /** Folds up to `limit` logged changes into the rollup rows, the interrupted one first; returns how many. */
  fold(limit: number): number {
    const batch: Change[] = [];
    eachRow(TABLE.rollupChange, { encoded: 'state=folding^ORDERBYlogged_at^ORDERBYchange_id' }, (row) =>
      batch.push(changeOf(row)),
    );
    eachRow(
      TABLE.rollupChange,
      {
        encoded: 'state=pending^ORDERBYlogged_at^ORDERBYchange_id',
        limit: Math.max(0, limit - batch.length),
      },
      (row) => batch.push(changeOf(row)),
    );
    for (const change of batch) {
      this.mark(change.changeId, 'folding');
      for (const key of change.keys) this.foldInto(change, key);
      this.mark(change.changeId, 'done');
    }
    return batch.length;
  }

  private foldInto(change: Change, segmentKey: string): void {
    const select = {
      where: [
        ['day', '=', change.day],
        ['segment_key', '=', segmentKey],
      ] as const,
    };
    const row = firstRow(TABLE.rollup, select);
    if (row?.getValue('last_change') === change.changeId) return;
    const total = mergeRollups(row ? rowRollup(row) : emptyRollup(), change.delta);
    const values: Record<string, string | number> = {
      day: change.day,
      segment_key: segmentKey,
      factors: JSON.stringify(total.factors),
      last_change: change.changeId,
    };
    rollupColumnValues(total).forEach((value, i) => {
      values[ROLLUP_COLUMNS[i] as string] = value;
    });
    // One record write carries the counts and the stamp together: the row has the change, or it does not. The row
    // just read is the one written; the job is the only writer of rollup rows, so no look-up is repeated.
    if (row) {
      write(row, values);
      row.update();
      return;
    }
    const created = new GlideRecord(TABLE.rollup);
    created.initialize();
    write(created, values);
    created.insert();
  }

  private mark(changeId: string, state: Change['state']): void {
    const row = firstRow(TABLE.rollupChange, { where: [['change_id', '=', changeId]] });
    if (!row) return;
    write(row, { state });
    row.update();
  }

  private unfolded(range: DayRange): Change[] {
    const changes: Change[] = [];
    eachRow(
      TABLE.rollupChange,
      {
        where: [
          ['state', '!=', 'done'],
          ['day', '>=', range.from],
          ['day', '<=', range.to],
        ],
        encoded: 'ORDERBYlogged_at^ORDERBYchange_id',
      },
      (row) => changes.push(changeOf(row)),
    );
    return changes;
  }
}
