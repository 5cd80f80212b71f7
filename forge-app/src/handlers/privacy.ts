import { eraseRequester, type Ports } from '@xloop/shared-core';
import type { SqlExecutor } from '../storage/sql-executor';

/** An account and when XLoop last stored personal data about it, as the Personal Data Reporting API takes it. */
export interface ReportedAccount {
  readonly accountId: string;
  readonly updatedAt: string;
}

/** What Atlassian answers for an account that changed: `closed` means erase it. */
export interface AccountUpdate {
  readonly accountId: string;
  readonly status: 'updated' | 'closed';
}

/** `privacy.reportPersonalData` of `@forge/api` (it sends 90 accounts per request itself). */
export type ReportPersonalData = (accounts: ReportedAccount[]) => Promise<AccountUpdate[]>;

/** Where the last run stopped, so that each account is reported within a week however many there are. */
export interface PrivacyCursor {
  read(): Promise<{ after: string } | undefined>;
  save(value: { after: string }): Promise<void>;
}

/** Accounts reported in one run: 50 requests of 90, half of Forge's outbound requests of an invocation. */
export const ACCOUNTS_PER_RUN = 50 * 90;

/**
 * The requesters XLoop keeps personal data about (account id, name, e-mail, time zone, comments in `xl_surveys`
 * and `xl_responses`), a slice at a time in account order, reported through the Personal Data Reporting API; every
 * account Atlassian says is closed is erased with the core's `eraseRequester`. Run daily: the cursor wraps, so a slice
 * of 4,500 a day reports up to 31,500 requesters a week.
 * @example await reportPersonalData(ports, db, privacy.reportPersonalData, cursor) // { reported: 120, erased: 1 }
 */
export async function reportPersonalData(
  ports: Ports,
  db: SqlExecutor,
  report: ReportPersonalData,
  cursor: PrivacyCursor,
  perRun: number = ACCOUNTS_PER_RUN,
): Promise<{ reported: number; erased: number }> {
  const after = (await cursor.read())?.after ?? '';
  const rows = await db.query<{ requester_id: string; updated: number | string }>(
    `SELECT requester_id, MAX(GREATEST(resolved_at, COALESCE(sent_at, 0))) AS updated FROM xl_surveys
     WHERE requester_id > ? AND requester_id <> ? GROUP BY requester_id ORDER BY requester_id LIMIT ${Math.floor(perRun)}`,
    [after, ERASED],
  );
  const accounts = rows.map((row) => ({
    accountId: row.requester_id,
    updatedAt: new Date(Number(row.updated)).toISOString(),
  }));
  const updates = accounts.length > 0 ? await report(accounts) : [];
  let erased = 0;
  for (const update of updates)
    if (update.status === 'closed') {
      await eraseRequester(ports, update.accountId);
      erased++;
    }
  // A short slice means the end was reached: the next run starts again from the first account.
  await cursor.save({ after: rows.length < perRun ? '' : (rows.at(-1)?.requester_id ?? '') });
  return { reported: accounts.length, erased };
}

/** The id an erased requester's surveys carry (the core's `ERASED_REQUESTER`): never reported. */
const ERASED = 'erased';
