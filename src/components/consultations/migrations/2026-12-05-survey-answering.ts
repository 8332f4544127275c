// Answering surveys (issue #11):
// - consultations.anonymous_answers: staff allow answers without an account (1) or not (0);
// - survey_responses.anonymous_key: for an anonymous response, the SHA-256 of the random token in
//   the visitor's cookie (never the token itself), unique per survey like user_id is, so one
//   cookie holds one response per survey whatever requests race.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("consultations")
    .addColumn("anonymous_answers", "integer", (c) => c.notNull().defaultTo(0).check(sql`anonymous_answers in (0, 1)`))
    .execute();
  await db.schema.alterTable("survey_responses").addColumn("anonymous_key", "text").execute();
  await db.schema
    .createIndex("survey_responses_one_per_token")
    .on("survey_responses")
    .columns(["survey_id", "anonymous_key"])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("survey_responses_one_per_token").execute();
  await db.schema.alterTable("survey_responses").dropColumn("anonymous_key").execute();
  await db.schema.alterTable("consultations").dropColumn("anonymous_answers").execute();
}
