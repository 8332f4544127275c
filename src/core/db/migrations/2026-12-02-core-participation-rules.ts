// Participation rules (docs/participation.md): per process and action, who may take part. One
// table for every component, so the rule set, its settings form and its store exist once.
// `process_id` points into the component's own process table (no foreign key: it differs per
// component); `tightened_at` is the last time the rule asked more than before, so contributions
// made earlier are labelled "under the earlier rule". Components migrate their old settings into
// it in their own migrations. Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("participation_rules")
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("component", "text", (c) => c.notNull())
    .addColumn("process_id", "integer", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull().check(sql`level in ('none', 'email', 'identity')`))
    .addColumn("area_ids", "text", (c) => c.notNull().defaultTo("")) // "3,7"
    .addColumn("min_age", "integer", (c) => c.check(sql`min_age between 1 and 120`))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("tightened_at", "text")
    .addPrimaryKeyConstraint("participation_rules_pk", ["component", "process_id", "action"])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
