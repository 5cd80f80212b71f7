import { GlideSecureRandomUtil } from '@servicenow/glide';
import { firstRow, insert } from '../glide-rows';
import { instantColumn } from '../instant-column';
import { TABLE } from '../tables';

/** A held lock: release it when done. */
export interface HeldLock {
  release(): void;
}

/**
 * Takes the lock `name` until `now + ttlMs`, or answers `undefined` when another holder has it. A scoped app has no
 * GlideMutex, so the lock is a row of `x_xloop_lock` inserted under a unique name: of two runs that try at once, the
 * database lets one insert in. A lock past its expiry (its holder crashed or was killed) is taken over: the stale row
 * is deleted and the insert tried again, which again only one run wins.
 */
export function acquireLock(name: string, now: number, ttlMs: number): HeldLock | undefined {
  const holder = GlideSecureRandomUtil.getSecureRandomString(16);
  const values = { name, holder, expires_at: instantColumn(now + ttlMs) };
  if (!insert(TABLE.lock, values)) {
    const stale = firstRow(TABLE.lock, {
      where: [
        ['name', '=', name],
        ['expires_at', '<', instantColumn(now)],
      ],
    });
    if (!stale) return undefined;
    stale.deleteRecord();
    if (!insert(TABLE.lock, values)) return undefined;
  }
  return {
    release(): void {
      firstRow(TABLE.lock, {
        where: [
          ['name', '=', name],
          ['holder', '=', holder],
        ],
      })?.deleteRecord();
    },
  };
}
