// Consultations (raadplegingen): the municipality's own questions about a plan or a place, with a
// timeline of phases, and surveys built from pages of questions. A question's type-specific parts
// (choices, limits, its condition) are one JSON text: they are read and written whole, always
// through the domain's Question type, and once answers exist they no longer change.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

const TYPES = "'single','multiple','scale','number','shortText','longText','ranking','grid','area'";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("consultations"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("contact_user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("consultations_site").on("consultations").columns(["site_id", "id"]).execute();

  await db.schema
    .createTable("consultation_areas")
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("area_id", "integer", (c) => c.notNull().references("areas.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("consultation_areas_pk", ["consultation_id", "area_id"])
    .execute();

  await withId(db.schema.createTable("consultation_phases"), d)
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("starts_on", "text", (c) => c.notNull())
    .addColumn("ends_on", "text", (c) => c.notNull())
    .addUniqueConstraint("consultation_phases_position", ["consultation_id", "position"])
    .addCheckConstraint("consultation_phases_order", sql`ends_on >= starts_on`)
    .execute();

  await withId(db.schema.createTable("surveys"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("consultation_id", "integer", (c) => c.notNull().references("consultations.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("intro", "text", (c) => c.notNull())
    // The last day answers are taken (Europe/Amsterdam), YYYY-MM-DD.
    .addColumn("closes_on", "text", (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull().defaultTo(0).check(sql`published in (0, 1)`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("surveys_consultation").on("surveys").column("consultation_id").execute();

  await withId(db.schema.createTable("survey_pages"), d)
    .addColumn("survey_id", "integer", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("survey_pages_survey").on("survey_pages").columns(["survey_id", "position"]).execute();

  await withId(db.schema.createTable("survey_questions"), d)
    .addColumn("survey_id", "integer", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("page_id", "integer", (c) => c.notNull().references("survey_pages.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull().check(sql.raw(`type in (${TYPES})`)))
    .addColumn("spec", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("survey_questions_page")
    .on("survey_questions")
    .columns(["page_id", "position"])
    .execute();

  // One response per account and survey (the unique constraint holds it whatever requests race).
  // user_id is null once the account is deleted after the survey closed: the answers stay counted.
  await withId(db.schema.createTable("survey_responses"), d)
    .addColumn("survey_id", "integer", (c) => c.notNull().references("surveys.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    // Null while the resident is still answering (saved to continue later); set when sent.
    .addColumn("submitted_at", "text")
    .addUniqueConstraint("survey_responses_one_per_person", ["survey_id", "user_id"])
    .execute();

  await db.schema
    .createTable("survey_answers")
    .addColumn("response_id", "integer", (c) => c.notNull().references("survey_responses.id").onDelete("cascade"))
    .addColumn("question_id", "integer", (c) => c.notNull().references("survey_questions.id").onDelete("cascade"))
    .addColumn("value", "text", (c) => c.notNull()) // JSON, the domain's AnswerValue
    .addPrimaryKeyConstraint("survey_answers_pk", ["response_id", "question_id"])
    .execute();
  await db.schema.createIndex("survey_answers_question").on("survey_answers").column("question_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "survey_answers",
    "survey_responses",
    "survey_questions",
    "survey_pages",
    "surveys",
    "consultation_phases",
    "consultation_areas",
    "consultations",
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
