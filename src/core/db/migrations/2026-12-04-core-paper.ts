// Paper contributions (docs/paper.md): a batch is where a pile of paper came from, so every
// contribution entered from paper records its source:
// - kind 'form': printed forms handed in (at a desk, a library, by post), with a label staff give;
// - kind 'meeting': forms filled in at a meeting, with that meeting's id (meetings live in a
//   component, so there is no foreign key: the id is kept as the source even if the meeting goes);
// - entered_by / created_at: who opened the batch and when. Each contribution also records who
//   entered it and when.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("paper_batches"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('form', 'meeting')`))
    .addColumn("meeting_id", "integer")
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("entered_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("paper_batches_meeting", sql`(kind = 'meeting') = (meeting_id is not null)`)
    .execute();
  await db.schema.createIndex("paper_batches_site").on("paper_batches").columns(["site_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("paper_batches").execute();
}
