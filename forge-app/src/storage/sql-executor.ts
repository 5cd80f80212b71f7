/** A value bound into a statement. */
export type SqlValue = string | number | null;

/**
 * What the stores need from a SQL database: one statement per call, as Forge SQL allows (no multi-statement
 * requests and no transaction spanning calls), so every write is designed to be safe on its own.
 */
export interface SqlExecutor {
  /** Runs a SELECT and returns its rows. */
  query<Row>(statement: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs an INSERT, UPDATE or DELETE. `affectedRows` follows MySQL: an upsert that updates counts 2, one that changes nothing 0. */
  update(
    statement: string,
    params?: readonly SqlValue[],
  ): Promise<{ readonly affectedRows: number; readonly insertId: number }>;
  /** Runs a schema statement. */
  ddl(statement: string): Promise<void>;
}
