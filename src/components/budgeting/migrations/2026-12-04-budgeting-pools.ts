// Pools (docs/budgeting.md, "Pools"): a process can split its money into a main pool (the whole
// process: its own budget and rule columns stay where they are) and pools per area, each with its
// own budget, projects, rule and ballot limits. Every process gets its main pool here; projects
// without a pool belong to it. Category limits and ballot limits (minimum/maximum number of projects
// or amount) are set per pool. A voting code can name the area of the address it was sent to.
// Results of the extra pools are stored per pool (the main pool keeps budget_results).
// Never imports app code.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  const amount = d === "postgres" ? "bigint" : "integer";
  await withId(db.schema.createTable("budget_pools"), d)
    .addColumn("process_id", "integer", (c) => c.notNull().references("budget_processes.id").onDelete("cascade"))
    // 1 for the process's own pool: its budget and rule are the process's columns (null here).
    .addColumn("main", "integer", (c) => c.notNull().defaultTo(0).check(sql`main in (0, 1)`))
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .addColumn("budget", amount as "integer", (c) => c.check(sql`budget >= 0`))
    .addColumn("ballot_type", "text", (c) => c.check(sql`ballot_type in ('approval', 'approval-minmax', 'cumulative')`))
    .addColumn("min_projects", "integer")
    .addColumn("max_projects", "integer")
    .addColumn("points_total", "integer")
    .addColumn("points_per_project", "integer")
    .addColumn("rule", "text", (c) => c.check(sql`rule in ('greedy', 'mes')`))
    .addColumn("completion", "text", (c) => c.check(sql`completion in ('none', 'add1', 'add1-greedy', 'greedy')`))
    .addColumn("add1_stop", "text", (c) => c.check(sql`add1_stop in ('exhaustive', 'overspend')`))
    .addColumn("tie_break", "text", (c) => c.check(sql`tie_break in ('id', 'votes')`))
    .addColumn("min_votes", "integer")
    // Ballot limits on top of the ballot type (null = none).
    .addColumn("limit_min_projects", "integer")
    .addColumn("limit_max_projects", "integer")
    .addColumn("limit_min_cost", amount as "integer")
    .addColumn("limit_max_cost", amount as "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("budget_pools_process").on("budget_pools").column("process_id").execute();
  // Exactly one main pool per process, and one pool per area.
  await sql`create unique index budget_pools_main on budget_pools (process_id) where main = 1`.execute(db);
  const perArea = sql`create unique index budget_pools_area on budget_pools (process_id, area_id)
    where area_id is not null`;
  await perArea.execute(db);

  await db.schema
    .createTable("budget_pool_category_limits")
    .addColumn("pool_id", "integer", (c) => c.notNull().references("budget_pools.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("max_projects", "integer", (c) => c.notNull().check(sql`max_projects >= 0`))
    .addPrimaryKeyConstraint("budget_pool_category_limits_pk", ["pool_id", "category"])
    .execute();

  await db.schema
    .createTable("budget_pool_results")
    .addColumn("pool_id", "integer", (c) => c.primaryKey().references("budget_pools.id").onDelete("cascade"))
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("voters", "integer", (c) => c.notNull())
    .addColumn("computed_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable("budget_projects")
    .addColumn("pool_id", "integer", (c) => c.references("budget_pools.id").onDelete("set null"))
    .execute();
  await db.schema
    .alterTable("budget_projects")
    .addColumn("category", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("budget_voting_codes")
    .addColumn("area_id", "integer", (c) => c.references("areas.id").onDelete("set null"))
    .execute();

  await sql`insert into budget_pools (process_id, main, title, created_at)
    select id, 1, '', created_at from budget_processes`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
