import {
  ERASED_AGENT_PREFIX,
  ERASED_REQUESTER,
  eraseAgent,
  eraseRequester,
  type Ports,
  parseSegmentKey,
} from '@xloop/shared-core';
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
 * The accounts XLoop keeps personal data about, a slice at a time in account order, reported through the Personal Data
 * Reporting API: requesters (account id, name, e-mail, time zone, comments in `xl_surveys` and `xl_responses`) and
 * agents (the account id in surveys' and responses' segments and in rollup keys). Every resolution counts in the
 * rollups of its segment before its survey or suppression is stored, so each agent a stored segment names has a rollup
 * key `agent=<id>` of its own, read here through the key index. Every account Atlassian says is closed is erased both
 * as a requester (`eraseRequester`) and as an agent (`eraseAgent`: one fresh pseudonym in place of the id). Run daily:
 * the cursor wraps, so a slice of 4,500 a day reports up to 31,500 accounts a week.
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
  // Agents by their escaped key value, so one order and one cursor run over both kinds of account.
  const rows = await db.query<{ account: string; updated: number | string | null; day: string | null }>(
    `SELECT account, MAX(updated) AS updated, MAX(day) AS day FROM (
       SELECT requester_id AS account, GREATEST(resolved_at, COALESCE(sent_at, 0)) AS updated, NULL AS day
         FROM xl_surveys WHERE requester_id > ?
       UNION ALL
       SELECT SUBSTRING(segment_key, 7) AS account, NULL AS updated, day FROM xl_rollups
         WHERE segment_key LIKE 'agent=%' AND LOCATE('|', segment_key) = 0 AND segment_key > ?
     ) accounts
     WHERE account > ? AND account <> ? AND account NOT LIKE ?
     GROUP BY account ORDER BY account LIMIT ${Math.floor(perRun)}`,
    [after, `agent=${after}`, after, ERASED_REQUESTER.id, `${ERASED_AGENT_PREFIX}%`],
  );
  const accounts = rows.map((row) => ({
    // A survey's requester id is as stored; an agent's, a key value, unescaped by the core.
    accountId:
      row.updated !== null ? row.account : (parseSegmentKey(`agent=${row.account}`)?.agent ?? row.account),
    updatedAt: new Date(
      Math.max(Number(row.updated ?? 0), row.day ? Date.parse(`${row.day}T00:00:00Z`) : 0),
    ).toISOString(),
  }));
  const updates = accounts.length > 0 ? await report(accounts) : [];
  let erased = 0;
  for (const update of updates)
    if (update.status === 'closed') {
      await eraseRequester(ports, update.accountId);
      const agent = await eraseAgent(ports, update.accountId);
      if (!agent.ok) throw new Error(`XLoop: could not erase agent data (${agent.error})`);
      erased++;
    }
  // A short slice means the end was reached: the next run starts again from the first account.
  await cursor.save({ after: rows.length < perRun ? '' : (rows.at(-1)?.account ?? '') });
  return { reported: accounts.length, erased };
}
