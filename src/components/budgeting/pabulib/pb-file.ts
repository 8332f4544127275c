/** A .pb file as written: META key/values in order, then two tables of raw string fields. */
export interface PbTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** 1-based source line of each row (for error messages); absent for files built in code. */
  readonly lines?: readonly number[];
}

export interface PbFile {
  readonly meta: readonly (readonly [string, string])[];
  readonly projects: PbTable;
  readonly votes: PbTable;
}

export function metaValue(pb: PbFile, key: string): string | undefined {
  return pb.meta.find(([k]) => k === key)?.[1];
}

export function column(table: PbTable, name: string): number {
  return table.columns.indexOf(name);
}
