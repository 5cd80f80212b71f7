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
  readonly sysId: string;
  readonly changeId: string;
  readonly day: string;
  readonly keys: readonly string[];
  readonly delta: Rollup;
  readonly state: 'pending' | 'folding' | 'done';
}

const changeOf = (row: GlideRecord): Change => ({
  sysId: row.getUniqueValue(),
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

/** The order changes are logged, folded and closed in. */
const LOG_ORDER = 'ORDERBYlogged_at^ORDERBYchange_id';

/** An encoded condition for the batch's records, by sys_id (32 hexadecimal characters, safe in an `IN` list). */
const idsIn = (batch: readonly Change[]) => `sys_idIN${batch.map((change) => change.sysId).join(',')}`;

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
    const unfolded = this.unfolded(range);
    // The changes being folded are one batch (or its tail), stamped with the last of them: a row with that stamp
    // holds them all. Only the range's are read here; the batch's last change may be outside it, so it is asked for.
    const stamp = this.foldingStamp();
    for (const change of unfolded) {
      for (const segmentKey of change.keys) {
        if (wanted && !wanted.has(segmentKey)) continue;
        const known = entries.get(slot(change.day, segmentKey));
        if (change.state === 'folding' && stamp !== undefined && known?.last === stamp) continue;
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

  /**
   * Folds up to `limit` logged changes into the rollup rows, as one batch; a batch a crash interrupted is finished
   * first, alone. Returns how many changes it folded.
   *
   * The batch's changes are marked `folding`, then each row the batch touches is read once and written once, with
   * the sum of the batch's changes to it and the batch's stamp in `last_change`: the id of its last change in log
   * order. Then the changes are marked `done` in log order, the stamp's own change last. So the changes still
   * `folding` are always a batch, or the tail of one, ending with the stamp: a row stamped with it holds all of them,
   * and a re-run skips it. Operations: two queries and an update to mark the batch, one read and one write a row it
   * touches, a query and an update a change to close it — not a read and a write per change and key.
   */
  fold(limit: number): number {
    let batch = this.changes('state=folding');
    if (batch.length === 0) {
      batch = this.changes('state=pending', limit);
      if (batch.length === 0) return 0;
      this.markAll(batch, 'folding');
    }
    const stamp = batch[batch.length - 1]?.changeId ?? '';
    const slots = new Map<string, { day: string; segmentKey: string; delta: Rollup }>();
    for (const change of batch)
      for (const segmentKey of change.keys) {
        const at = slot(change.day, segmentKey);
        const known = slots.get(at);
        slots.set(at, {
          day: change.day,
          segmentKey,
          delta: known ? mergeRollups(known.delta, change.delta) : change.delta,
        });
      }
    for (const { day, segmentKey, delta } of slots.values()) this.foldInto(day, segmentKey, delta, stamp);
    eachRow(TABLE.rollupChange, { encoded: `${idsIn(batch)}^${LOG_ORDER}` }, (row) => {
      write(row, { state: 'done' });
      row.update();
    });
    return batch.length;
  }

  /** The changes in a state, in log order. */
  private changes(state: string, limit?: number): Change[] {
    const changes: Change[] = [];
    eachRow(
      TABLE.rollupChange,
      { encoded: `${state}^${LOG_ORDER}`, ...(limit === undefined ? {} : { limit }) },
      (row) => changes.push(changeOf(row)),
    );
    return changes;
  }

  private markAll(batch: readonly Change[], state: Change['state']): void {
    const rows = new GlideRecord(TABLE.rollupChange);
    rows.addEncodedQuery(idsIn(batch));
    rows.setValue('state', state);
    rows.updateMultiple();
  }

  private foldInto(day: string, segmentKey: string, delta: Rollup, stamp: string): void {
    const row = firstRow(TABLE.rollup, {
      where: [
        ['day', '=', day],
        ['segment_key', '=', segmentKey],
      ],
    });
    if (row?.getValue('last_change') === stamp) return;
    const total = mergeRollups(row ? rowRollup(row) : emptyRollup(), delta);
    const values: Record<string, string | number> = {
      day,
      segment_key: segmentKey,
      factors: JSON.stringify(total.factors),
      last_change: stamp,
    };
    rollupColumnValues(total).forEach((value, i) => {
      values[ROLLUP_COLUMNS[i] as string] = value;
    });
    // One record write carries the counts and the stamp together: the row has the batch, or it does not. The row
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

  /** The stamp of the batch being folded: its last change in log order, when a fold is under way. */
  private foldingStamp(): string | undefined {
    const last = firstRow(TABLE.rollupChange, {
      encoded: 'state=folding^ORDERBYDESClogged_at^ORDERBYDESCchange_id',
    });
    return last?.getValue('change_id') ?? undefined;
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
