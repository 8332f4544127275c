// Answer codes (issue #11): staff print one-time codes for a survey, residents answer with one
// without an account.
// - survey_answer_codes: the keyed hash of each code (never the code), its survey, the area of the
//   address it was sent to (the response gets that area) and when it was first used;
// - survey_responses.code_id: the code a response was given with; unique, so one response per code
//   whatever requests race. The response's anonymous_key holds the hash of the token in the
//   code holder's cookie, as for anonymous responses;
// - survey_responses.source may now be 'code'. SQLite cannot change a check constraint, so there
//   the table is rebuilt as sqlite.org/lang_altertable.html ("other kinds of table schema changes")
//   describes, from its own stored definition, so columns added by any migration are kept.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export const OLD_SOURCES = "source in ('online', 'anonymous', 'paper')";
export const NEW_SOURCES = "source in ('online', 'anonymous', 'paper', 'code')";

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db.schema.createTable("survey_answer_codes"), dialectOf(db))
    .addColumn("survey_id", "integer", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull().unique())
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("survey_answer_codes_survey").on("survey_answer_codes").column("survey_id").execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("code_id", "integer", (c) => c.references("survey_answer_codes.id").onDelete("cascade"))
    .execute();
  await db.schema
    .createIndex("survey_responses_one_per_code")
    .on("survey_responses")
    .column("code_id")
    .unique()
    .execute();
  await changeSourceCheck(db, OLD_SOURCES, NEW_SOURCES);
}

// Like the budget pools' migration: a table rebuilt on SQLite (and code responses that would have
// to go) is not undone in place.
export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}

/** Replaces the check on survey_responses.source; exported for its test (rows and links kept). */
export async function changeSourceCheck(db: Kysely<any>, from: string, to: string): Promise<void> {
  if (dialectOf(db) === "postgres") {
    await sql`alter table survey_responses drop constraint survey_responses_source_check`.execute(db);
    await sql
      .raw(`alter table survey_responses add constraint survey_responses_source_check check (${to})`)
      .execute(db);
    return;
  }
  const { rows } = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = 'survey_responses' and sql is not null`.execute(db);
  const table = rows.find((r) => r.type === "table")!.sql;
  if (!table.includes(from)) throw new Error("survey_responses: the source check is not the expected one");
  const rebuilt = table
    .replace(from, to)
    .replace(/^create table "?survey_responses"?/i, 'create table "survey_responses_new"');
  // Off, the old table's drop does not cascade to the answers, whose reference then finds the new
  // table by name. Kysely runs SQLite migrations outside a transaction, where this pragma works;
  // check it all the same, as a cascade would delete every answer.
  await sql`pragma foreign_keys = off`.execute(db);
  const { rows: fk } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  if (fk[0]?.foreign_keys !== 0) throw new Error("survey_responses: foreign keys could not be switched off");
  try {
    await sql.raw(rebuilt).execute(db);
    await sql`insert into survey_responses_new select * from survey_responses`.execute(db);
    await sql`drop table survey_responses`.execute(db);
    await sql`alter table survey_responses_new rename to survey_responses`.execute(db);
    for (const other of rows.filter((r) => r.type !== "table")) await sql.raw(other.sql).execute(db);
    const { rows: broken } = await sql`pragma foreign_key_check`.execute(db);
    if (broken.length) throw new Error("survey_responses: rebuild broke a foreign key");
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
