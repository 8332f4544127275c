// Recognises constraint errors from either database, so a refused delete or a duplicate becomes a
// clear 409 or form error instead of a 500. (SQLite: better-sqlite3 error codes; PostgreSQL: SQLSTATE.)
const codeOf = (error: unknown): string => String((error as { code?: unknown })?.code ?? "");

export const isForeignKeyViolation = (error: unknown): boolean =>
  codeOf(error) === "SQLITE_CONSTRAINT_FOREIGNKEY" || codeOf(error) === "23503";

export const isUniqueViolation = (error: unknown): boolean =>
  ["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "23505"].includes(codeOf(error));
