import { sql, type UpdateQueryResponse } from '@forge/sql';
import type { SqlExecutor, SqlValue } from './sql-executor';

/** The executor on Forge SQL (`@forge/sql`): prepared statements with bound parameters, DDL through its own endpoint. */
export const forgeSqlExecutor: SqlExecutor = {
  async query<Row>(statement: string, params: readonly SqlValue[] = []) {
    const result = await sql
      .prepare<Row>(statement)
      .bindParams(...params)
      .execute();
    return result.rows as Row[];
  },
  async update(statement: string, params: readonly SqlValue[] = []) {
    const result = await sql
      .prepare<UpdateQueryResponse>(statement)
      .bindParams(...params)
      .execute();
    const rows = result.rows as UpdateQueryResponse;
    return { affectedRows: rows.affectedRows, insertId: rows.insertId };
  },
  async ddl(statement: string) {
    await sql.executeDDL(statement);
  },
};
