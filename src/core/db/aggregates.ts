// Aggregate functions whose name differs between the databases.
import { type RawBuilder, sql } from "kysely";
import type { DialectName } from "./database";

/** The values of a group joined by commas, in no particular order (null for an empty group). */
export function commaList(dialect: DialectName, column: string): RawBuilder<string | null> {
  const ref = sql.ref(column);
  return dialect === "postgres" ? sql`string_agg(${ref}, ',')` : sql`group_concat(${ref}, ',')`;
}
