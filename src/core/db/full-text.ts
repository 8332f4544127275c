// Full-text search on either database, from one description of what is searched. SQLite: an FTS5
// table `<table>_fts` kept in step by triggers. PostgreSQL: a GIN index on the Dutch tsvector of the
// columns, and a query that repeats that expression exactly, so PostgreSQL uses the index.
// The index is made by a migration: what `createFullTextIndex` writes must never change.
import { type Expression, type Kysely, type SqlBool, sql } from "kysely";
import type { DialectName } from "./database";
import { dialectOf } from "./schema";

export interface FullTextIndex {
  /** The table searched; its integer primary key is `id`. */
  table: string;
  /** The text columns searched, in this order. */
  columns: readonly string[];
}

/** Words of the query, without operators, so user input can never be search syntax. */
export function searchWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

const dutchVector = (index: FullTextIndex, qualified: boolean) =>
  sql`to_tsvector('dutch', ${sql.join(
    index.columns.map((c) => sql.raw(qualified ? `${index.table}.${c}` : c)),
    sql` || ' ' || `,
  )})`;

/** A condition on `<table>.id` that matches all words: prefix match on SQLite, stemmed on PostgreSQL. */
export function matchesAllWords(dialect: DialectName, index: FullTextIndex, query: string): Expression<SqlBool> | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  if (dialect === "postgres") {
    // to_tsquery on words we cleaned ourselves: letters and digits only, so no syntax errors.
    const tsquery = words.map((w) => `${w}:*`).join(" & ");
    return sql<SqlBool>`${dutchVector(index, true)} @@ to_tsquery('dutch', ${tsquery})`;
  }
  const match = words.map((w) => `"${w}"*`).join(" ");
  const fts = sql.raw(`${index.table}_fts`);
  return sql<SqlBool>`${sql.raw(`${index.table}.id`)} in (select rowid from ${fts} where ${fts} match ${match})`;
}

/** Creates the search index (in a migration). Names: `<table>_search` (PostgreSQL), `<table>_fts` (SQLite). */
export async function createFullTextIndex<DB>(db: Kysely<DB>, index: FullTextIndex): Promise<void> {
  const { table } = index;
  if (dialectOf(db) === "postgres") {
    // An expression index (not a stored column), so `select <table>.*` stays the same on both databases.
    const name = sql.raw(`${table}_search`);
    await sql`create index ${name} on ${sql.raw(table)} using gin (${dutchVector(index, false)})`.execute(db);
    return;
  }
  const fts = `${table}_fts`;
  const cols = index.columns.join(", ");
  const values = (prefix: string) => index.columns.map((c) => `${prefix}.${c}`).join(", ");
  const remove = `insert into ${fts}(${fts}, rowid, ${cols}) values ('delete', old.id, ${values("old")});`;
  const add = `insert into ${fts}(rowid, ${cols}) values (new.id, ${values("new")});`;
  await sql
    .raw(
      `create virtual table ${fts} using fts5(${cols}, content='${table}', content_rowid='id', ` +
        "tokenize='unicode61 remove_diacritics 2')",
    )
    .execute(db);
  await sql.raw(`create trigger ${fts}_insert after insert on ${table} begin ${add} end`).execute(db);
  await sql.raw(`create trigger ${fts}_delete after delete on ${table} begin ${remove} end`).execute(db);
  // Only changes to the searched columns touch the index, so other updates (a counter) stay cheap.
  await sql
    .raw(`create trigger ${fts}_update after update of ${cols} on ${table} begin ${remove} ${add} end`)
    .execute(db);
}
