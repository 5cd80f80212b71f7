import { dateFnsZonedTime, nodeCrypto } from '@xloop/shared-core/platform';
import { memoryPorts } from '@xloop/shared-core/testing';
import { describe, expect, it } from 'vitest';
import { jiraClient } from '../jira/jira-client';
import type { SqlExecutor } from '../storage/sql-executor';
import { ACCOUNTS_PER_REQUEST, type ReportedAccount, reportPersonalData } from './privacy';

/** The statements the privacy run wrote to the store directly. */
const writes: string[] = [];

/** A store that holds `count` requesters, answering the privacy run's one query. */
function accounts(count: number): SqlExecutor {
  const ids = Array.from({ length: count }, (_, i) => `customer-${String(i).padStart(4, '0')}`);
  return {
    query: async <Row>(_statement: string, params: readonly unknown[] = []) =>
      ids
        .filter((id) => id > String(params[0] ?? ''))
        .map((account) => ({ account, updated: 1_700_000_000_000, day: null })) as Row[],
    update: async (statement: string) => {
      writes.push(statement);
      return { affectedRows: 0, insertId: 0 };
    },
    ddl: async () => undefined,
  } as unknown as SqlExecutor;
}

const cursorAt = (after = '') => {
  const saved: string[] = [];
  return {
    saved,
    read: async () => ({ after: saved.at(-1) ?? after }),
    save: async (value: { after: string }) => void saved.push(value.after),
  };
};

const noJira = jiraClient(async () => {
  throw new Error('no Jira call expected');
});

describe('reportPersonalData', () => {
  it('sends one request of at most 90 accounts at a time, and keeps its place when one is refused', async () => {
    const ports = memoryPorts({ now: 0, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    const sent: ReportedAccount[][] = [];
    let refuse = 2;
    const report = async (chunk: ReportedAccount[]) => {
      sent.push(chunk);
      if (sent.length === refuse) throw new Error('Personal Data Reporting API answered 500');
      return [];
    };
    const cursor = cursorAt();
    await expect(reportPersonalData(ports, accounts(200), noJira, report, cursor)).rejects.toThrow('500');
    expect(sent.map((chunk) => chunk.length)).toEqual([ACCOUNTS_PER_REQUEST, ACCOUNTS_PER_REQUEST]);
    // The first request's accounts are done: the next run starts after them, not from the slice's start.
    expect(cursor.saved).toEqual(['customer-0089']);
    refuse = 0;
    expect(await reportPersonalData(ports, accounts(200), noJira, report, cursor)).toMatchObject({
      reported: 110,
    });
    expect(sent.slice(2).map((chunk) => chunk[0]?.accountId)).toEqual(['customer-0090', 'customer-0180']);
    // The end of the accounts was reached: the run after starts from the first again.
    expect(cursor.saved.at(-1)).toBe('');
    // Nobody was erased: the stored ranking stays.
    expect(writes).toEqual([]);
  });

  it('starts a chunk only with time for it, and the next run goes on from the last one done', async () => {
    const ports = memoryPorts({ now: 0, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    const sent: ReportedAccount[][] = [];
    const report = async (chunk: ReportedAccount[]) => {
      sent.push(chunk);
      return [];
    };
    const cursor = cursorAt();
    let left = 50_000;
    // Each chunk takes 20 s of the invocation: the third would start with 10 s left.
    const remaining = () => {
      const now = left;
      left -= 20_000;
      return now;
    };
    expect(
      await reportPersonalData(ports, accounts(300), noJira, report, cursor, 300, remaining),
    ).toMatchObject({ reported: 2 * ACCOUNTS_PER_REQUEST });
    expect(sent).toHaveLength(2);
    expect(cursor.saved.at(-1)).toBe('customer-0179');
  });

  it('drops the stored ranking once an account it may name is erased', async () => {
    const ports = memoryPorts({ now: 0, zoned: dateFnsZonedTime, crypto: nodeCrypto });
    writes.length = 0;
    const report = async (chunk: ReportedAccount[]) =>
      chunk.slice(0, 1).map((account) => ({ accountId: account.accountId, status: 'closed' as const }));
    expect(await reportPersonalData(ports, accounts(3), noJira, report, cursorAt())).toMatchObject({
      erased: 1,
    });
    expect(writes).toEqual(["DELETE FROM xl_settings WHERE name = 'opportunities'"]);
  });
});
