// Who a survey response came from, so results can be counted and filtered honestly (issue #11):
// - source: 'online' (an account answered), 'anonymous' (the consultation allows answers without
//   an account; rate-limited and marked in the results) or 'paper' (entered by staff, issue #13);
// - verified: 1 when a verified resident gave it (identity or letter code), as for supports,
//   ballots and opinion votes (docs/participation.md);
// - area_id: the respondent's area when it is known (verified address, or the area question), for
//   the results' area filter. Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("source", "text", (c) =>
      c.notNull().defaultTo("online").check(sql`source in ('online', 'anonymous', 'paper')`),
    )
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0).check(sql`verified in (0, 1)`))
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["area_id", "verified", "source"])
    await db.schema.alterTable("survey_responses").dropColumn(column).execute();
}
