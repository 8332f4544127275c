// A budget process's time plan (docs/budgeting.md, "Windows"): a proposal window and a voting
// window as UTC instants, and for each of the four boundaries when the scheduled job handled it,
// so each opening and closing happens once. Followers of a process get a mail at each opening.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("budget_windows")
    .addColumn("process_id", "integer", (c) =>
      c.primaryKey().notNull().references("budget_processes.id").onDelete("cascade"),
    )
    .addColumn("proposals_open_at", "text")
    .addColumn("proposals_close_at", "text")
    .addColumn("voting_open_at", "text")
    .addColumn("voting_close_at", "text")
    .addColumn("proposals_open_handled_at", "text")
    .addColumn("proposals_close_handled_at", "text")
    .addColumn("voting_open_handled_at", "text")
    .addColumn("voting_close_handled_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    // A window is both ends or neither, and closes after it opens (ISO UTC strings sort as times).
    .addCheckConstraint(
      "budget_windows_proposals",
      sql`(proposals_open_at is null) = (proposals_close_at is null)
        and (proposals_open_at is null or proposals_close_at > proposals_open_at)`,
    )
    .addCheckConstraint(
      "budget_windows_voting",
      sql`(voting_open_at is null) = (voting_close_at is null)
        and (voting_open_at is null or voting_close_at > voting_open_at)`,
    )
    .execute();

  await db.schema
    .createTable("budget_follows")
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("budget_follows_pk", ["process_id", "user_id"])
    .execute();
  await db.schema.createIndex("budget_follows_user").on("budget_follows").column("user_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("budget_follows").execute();
  await db.schema.dropTable("budget_windows").execute();
}
