// Results of surveys (issue #11): staff choose whether results are public while the survey is
// still open; open answers (short and long text) can be hidden with a reason (reversibly: the
// answer itself is never changed) and tagged with themes that staff create per survey.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .alterTable("surveys")
    .addColumn("results_public", "integer", (c) => c.notNull().defaultTo(0).check(sql`results_public in (0, 1)`))
    .execute();

  // A hidden open answer: one row per hidden answer; making it visible again deletes the row.
  await db.schema
    .createTable("survey_answer_moderation")
    .addColumn("response_id", "integer", (c) => c.notNull().references("survey_responses.id").onDelete("cascade"))
    .addColumn("question_id", "integer", (c) => c.notNull().references("survey_questions.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("hidden_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("hidden_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("survey_answer_moderation_pk", ["response_id", "question_id"])
    .execute();

  await withId(db.schema.createTable("survey_themes"), d)
    .addColumn("survey_id", "integer", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("survey_themes_name", ["survey_id", "name"])
    .execute();

  await db.schema
    .createTable("survey_answer_themes")
    .addColumn("theme_id", "integer", (c) => c.notNull().references("survey_themes.id").onDelete("cascade"))
    .addColumn("response_id", "integer", (c) => c.notNull().references("survey_responses.id").onDelete("cascade"))
    .addColumn("question_id", "integer", (c) => c.notNull().references("survey_questions.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("survey_answer_themes_pk", ["theme_id", "response_id", "question_id"])
    .execute();
  await db.schema
    .createIndex("survey_answer_themes_answer")
    .on("survey_answer_themes")
    .columns(["question_id", "response_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["survey_answer_themes", "survey_themes", "survey_answer_moderation"])
    await db.schema.dropTable(table).ifExists().execute();
  await db.schema.alterTable("surveys").dropColumn("results_public").execute();
}
