import {
  ERASED_AGENT_PREFIX,
  ERASED_REQUESTER,
  eraseAgent,
  eraseRequester,
  type Ports,
  parseSegmentKey,
  refreshRequester,
} from '@xloop/shared-core';
import { type JiraUser, jiraRequester } from '@xloop/shared-core/jira';
import { invocationDeadline } from '../invocation';
import { type JiraClient, JiraError } from '../jira/jira-client';
import { OpportunityCache } from '../opportunity-cache';
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

/** Accounts in one request of the API (`@forge/api` splits more itself, and sends the parts all at once). */
export const ACCOUNTS_PER_REQUEST = 90;
/** Accounts reported in one run: 50 requests of 90, half of Forge's outbound requests of an invocation. */
export const ACCOUNTS_PER_RUN = 50 * ACCOUNTS_PER_REQUEST;

/** What one chunk of accounts may take: a report request, and erasing or refreshing those it names. */
export const CHUNK_RESERVE_MS = 20_000;

/**
 * The accounts XLoop keeps personal data about, a slice at a time in account order, reported through the Personal Data
 * Reporting API: requesters (account id, name, e-mail, time zone, comments in `xl_surveys` and `xl_responses`) and
 * agents (the account id in surveys' and responses' segments and in rollup keys). Every resolution counts in the
 * rollups of its segment before its survey or suppression is stored, so each agent a stored segment names has a rollup
 * key `agent=<id>` of its own, read here through the key index. Every account Atlassian says is closed is erased both
 * as a requester (`eraseRequester`) and as an agent (`eraseAgent`: one fresh pseudonym in place of the id); every one
 * it says was updated has its stored requester details read again from Jira (`refreshRequester`). Run daily: the
 * cursor wraps, so a slice of 4,500 a day reports up to 31,500 accounts a week.
 * @example await reportPersonalData(ports, db, appJira, privacy.reportPersonalData, cursor) // { reported: 120, … }
 */
export async function reportPersonalData(
  ports: Ports,
  db: SqlExecutor,
  jira: JiraClient,
  report: ReportPersonalData,
  cursor: PrivacyCursor,
  perRun: number = ACCOUNTS_PER_RUN,
  remaining: () => number = () => invocationDeadline() - Date.now(),
): Promise<{ reported: number; erased: number; refreshed: number }> {
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
  // One request at a time, the cursor saved after each: a refused request stops the run where it is, and the next
  // run goes on from there instead of reporting the whole slice again.
  let erased = 0;
  let refreshed = 0;
  let reported = 0;
  for (let at = 0; at < accounts.length; at += ACCOUNTS_PER_REQUEST) {
    // Erasing reads every record naming a person: a chunk starts only with time for it, and the cursor saved after
    // the last one lets the next run go on from there.
    if (remaining() < CHUNK_RESERVE_MS) break;
    const chunk = accounts.slice(at, at + ACCOUNTS_PER_REQUEST);
    reported += chunk.length;
    for (const update of await report(chunk)) {
      if (update.status === 'closed') {
        await eraseRequester(ports, update.accountId);
        const agent = await eraseAgent(ports, update.accountId);
        if (!agent.ok) throw new Error(`XLoop: could not erase agent data (${agent.error})`);
        erased++;
      } else if (update.status === 'updated' && (await refresh(ports, jira, update.accountId))) refreshed++;
    }
    const last = rows[Math.min(at + ACCOUNTS_PER_REQUEST, rows.length) - 1];
    // The slice's end with a short slice means the end was reached: the next run starts from the first account.
    const end = at + ACCOUNTS_PER_REQUEST >= accounts.length && rows.length < perRun;
    await cursor.save({ after: end ? '' : (last?.account ?? '') });
  }
  if (accounts.length === 0) await cursor.save({ after: '' });
  // The stored ranking quotes comments and names agents: it goes with the people it may name.
  if (erased > 0) await new OpportunityCache(db).forget();
  return { reported, erased, refreshed };
}

/**
 * An account Atlassian says changed: the requester's details as Jira has them now (`GET /rest/api/3/user`), put in
 * place of the stored ones. An account Jira no longer shows (404) is left for the API to report closed.
 */
async function refresh(ports: Ports, jira: JiraClient, accountId: string): Promise<boolean> {
  try {
    const user = await jira.get<JiraUser>(`/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`);
    const requester = jiraRequester(user);
    if (requester === undefined || requester.id !== accountId) return false;
    return (await refreshRequester(ports, requester)) > 0;
  } catch (error) {
    if (error instanceof JiraError && error.status === 404) return false;
    throw error;
  }
}
