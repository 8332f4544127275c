// Paper contributions to ideas (docs/paper.md):
// - idea_paper_supports: one line of a signed support list, entered by staff: the written name and
//   postcode (tidy), the key that finds the same person twice (`person_key`, unique per idea), the
//   batch it came from (core's paper_batches), who entered it and when;
// - ideas.paper_support_count: how many of `support_count` are on paper, updated in the same
//   transaction as the lines (support_count includes them: paper supports count towards the
//   threshold);
// - ideas.paper_batch_id / paper_author_name: an idea proposed on a paper form, its batch, and the
//   written name of a proposer without an account (the idea is then held by the staff member who
//   entered it).
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("idea_paper_supports"), d)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("batch_id", "integer", (c) => c.notNull().references("paper_batches.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("person_key", "text", (c) => c.notNull())
    .addColumn("entered_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    // The same written person supports an idea once on paper: the database's rule too.
    .addUniqueConstraint("idea_paper_supports_one_per_person", ["idea_id", "person_key"])
    .execute();
  await db.schema.createIndex("idea_paper_supports_batch").on("idea_paper_supports").column("batch_id").execute();
  await db.schema
    .alterTable("ideas")
    .addColumn("paper_support_count", "integer", (c) => c.notNull().defaultTo(0).check(sql`paper_support_count >= 0`))
    .execute();
  await db.schema
    .alterTable("ideas")
    .addColumn("paper_batch_id", "integer", (c) => c.references("paper_batches.id"))
    .execute();
  await db.schema.alterTable("ideas").addColumn("paper_author_name", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("ideas").dropColumn("paper_author_name").execute();
  await db.schema.alterTable("ideas").dropColumn("paper_batch_id").execute();
  await db.schema.alterTable("ideas").dropColumn("paper_support_count").execute();
  await db.schema.dropTable("idea_paper_supports").execute();
}
