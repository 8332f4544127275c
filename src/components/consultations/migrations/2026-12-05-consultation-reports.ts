// The participation report of a consultation (issue #11, the Omgevingswet's "motiveringsplicht"):
// what was asked, what was heard, and for each point what the municipality does with it. Written
// by staff, so it holds no personal data; the figures beside it are counted when the page is
// shown (docs/consultations.md). Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("consultation_reports")
    .addColumn("consultation_id", "integer", (c) => c.primaryKey().references("consultations.id").onDelete("cascade"))
    .addColumn("asked", "text", (c) => c.notNull())
    .addColumn("heard", "text", (c) => c.notNull())
    // Null while staff are writing; set when published, emptied again when withdrawn.
    .addColumn("published_at", "text")
    // When participants and followers were told; set once, so withdrawing and publishing again
    // after a correction does not mail everyone twice.
    .addColumn("announced_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await withId(db.schema.createTable("consultation_report_points"), dialectOf(db))
    .addColumn("consultation_id", "integer", (c) =>
      c.notNull().references("consultation_reports.consultation_id").onDelete("cascade"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("point", "text", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull().check(sql`decision in ('adopted', 'partly', 'not')`))
    .addColumn("reason", "text", (c) => c.notNull())
    .addUniqueConstraint("consultation_report_points_position", ["consultation_id", "position"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("consultation_report_points").ifExists().execute();
  await db.schema.dropTable("consultation_reports").ifExists().execute();
}
