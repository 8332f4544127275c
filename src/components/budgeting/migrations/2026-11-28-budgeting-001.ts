// The budgeting schema: processes, projects, ballots with their items, voting codes (hashed),
// result snapshots and implementation updates. Integrity lives here too: one ballot per voter
// per process (unique voter_key) and one use per code (used_at set by a conditional update).
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("budget_processes"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("phase", "text", (c) =>
      c.notNull().check(sql`phase in ('submit', 'review', 'vote', 'results', 'implementation')`),
    )
    .addColumn("budget", "integer", (c) => c.notNull().check(sql`budget >= 0`))
    .addColumn("currency", "text", (c) => c.notNull().defaultTo("EUR"))
    .addColumn("ballot_type", "text", (c) =>
      c.notNull().check(sql`ballot_type in ('approval', 'approval-minmax', 'cumulative')`),
    )
    .addColumn("min_projects", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_projects", "integer")
    .addColumn("points_total", "integer", (c) => c.notNull().defaultTo(10))
    .addColumn("points_per_project", "integer", (c) => c.notNull().defaultTo(3))
    .addColumn("rule", "text", (c) => c.notNull().check(sql`rule in ('greedy', 'mes')`))
    .addColumn("completion", "text", (c) =>
      c.notNull().defaultTo("add1").check(sql`completion in ('none', 'add1', 'add1-greedy', 'greedy')`),
    )
    .addColumn("add1_stop", "text", (c) =>
      c.notNull().defaultTo("exhaustive").check(sql`add1_stop in ('exhaustive', 'overspend')`),
    )
    .addColumn("tie_break", "text", (c) => c.notNull().defaultTo("votes").check(sql`tie_break in ('id', 'votes')`))
    .addColumn("min_votes", "integer")
    .addColumn("imported", "integer", (c) => c.notNull().defaultTo(0).check(sql`imported in (0, 1)`))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("budget_processes_site").on("budget_processes").column("site_id").execute();

  await withId(db.schema.createTable("budget_projects"), d)
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    .addColumn("external_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("proposed_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("cost", "integer", (c) => c.check(sql`cost >= 0`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('submitted', 'feasible', 'infeasible')`))
    .addColumn("infeasible_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("budget_projects_external", ["process_id", "external_id"])
    .execute();

  await withId(db.schema.createTable("budget_voting_codes"), d)
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull().unique())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable("budget_ballots"), d)
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    // "user:12", "code:34", "paper:<random>", "import:<voter_id>": one ballot per voter.
    .addColumn("voter_key", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().check(sql`source in ('online', 'code', 'paper', 'import')`))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("entered_by", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("budget_ballots_voter", ["process_id", "voter_key"])
    .execute();

  await db.schema
    .createTable("budget_ballot_items")
    .addColumn("ballot_id", "integer", (c) => c.notNull().references("budget_ballots.id").onDelete("cascade"))
    .addColumn("project_id", "integer", (c) => c.notNull().references("budget_projects.id").onDelete("cascade"))
    .addColumn("points", "integer", (c) => c.notNull().defaultTo(1).check(sql`points >= 0`))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("budget_ballot_items_pk", ["ballot_id", "project_id"])
    .execute();

  await db.schema
    .createTable("budget_results")
    .addColumn("process_id", "integer", (c) => c.primaryKey().references("budget_processes.id").onDelete("cascade"))
    .addColumn("outcome", "text", (c) => c.notNull()) // JSON of the engine's Outcome
    .addColumn("voters", "integer", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();

  await withId(db.schema.createTable("budget_updates"), d)
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    .addColumn("project_id", "integer", (c) => c.references("budget_projects.id").onDelete("cascade"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "budget_updates",
    "budget_results",
    "budget_ballot_items",
    "budget_ballots",
    "budget_voting_codes",
    "budget_projects",
    "budget_processes",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
