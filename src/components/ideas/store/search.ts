// Full-text search of ideas: title and body, as the ideas migration indexed them. How each
// database searches is core/db/full-text.ts.
import type { Expression, SqlBool } from "kysely";
import type { DialectName } from "../../../core/db/database";
import { type FullTextIndex, matchesAllWords } from "../../../core/db/full-text";

export const IDEAS_TEXT: FullTextIndex = { table: "ideas", columns: ["title", "body"] };

/** A condition on `ideas.id` that matches all words of the query, or null when it has none. */
export const matchesSearch = (dialect: DialectName, query: string): Expression<SqlBool> | null =>
  matchesAllWords(dialect, IDEAS_TEXT, query);
