// Survey responses typed in from paper by staff (issue #13, docs/paper.md): the batch the form came
// from (core's paper_batches), who entered it and when. Set only for source = 'paper' responses
// (commands/paper-response.ts is their one writer). Never imports app code, so it stays runnable
// forever.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("paper_batch_id", "integer", (c) => c.references("paper_batches.id"))
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("entered_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema.alterTable("survey_responses").addColumn("entered_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["entered_at", "entered_by", "paper_batch_id"])
    await db.schema.alterTable("survey_responses").dropColumn(column).execute();
}
