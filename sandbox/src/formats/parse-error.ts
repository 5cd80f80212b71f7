/** A problem with one record of an input file, said so that the file can be fixed. */
export interface ParseProblem {
  /** 1-based line (JSONL, CSV) or record index (JSON arrays). */
  readonly at: number;
  readonly message: string;
}

export interface Parsed<T> {
  readonly records: readonly T[];
  readonly problems: readonly ParseProblem[];
}
