// The one dialect difference of the ideas queries: full-text search. SQLite uses the FTS5 table
// ideas_fts; PostgreSQL a GIN index on to_tsvector('dutch', title || ' ' || body). The query
// repeats that expression exactly, so PostgreSQL uses the index.
// General enough to move to core/db once a second component needs search.
import { sql, type Expression, type SqlBool } from "kysely";
import type { DialectName } from "../../../core/db/database";

/** Words of the query, without operators, so user input can never be FTS syntax. */
export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** A condition on `ideas.id` that matches all words (prefix match on SQLite, stemmed on PostgreSQL). */
export function matchesSearch(dialect: DialectName, query: string): Expression<SqlBool> | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  if (dialect === "postgres") {
    const tsquery = words.map((w) => `${w}:*`).join(" & ");
    // to_tsquery on words we cleaned ourselves: letters and digits only, so no syntax errors.
    return sql<SqlBool>`to_tsvector('dutch', ideas.title || ' ' || ideas.body) @@ to_tsquery('dutch', ${tsquery})`;
  }
  const match = words.map((w) => `"${w}"*`).join(" ");
  return sql<SqlBool>`ideas.id in (select rowid from ideas_fts where ideas_fts match ${match})`;
}
