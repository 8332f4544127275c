// Amounts above 2^31 (a city's budget in euros, or any budget in forint) did not fit the 32-bit
// integer columns on PostgreSQL. Budgets and costs become 64-bit there; SQLite's integers are
// 64-bit already. The range the application accepts (0 to 10^12) is checked on the way in.
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../../../core/db/schema";

export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`alter table budget_processes alter column budget type bigint`.execute(db);
  await sql`alter table budget_projects alter column cost type bigint`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  await sql`alter table budget_projects alter column cost type integer`.execute(db);
  await sql`alter table budget_processes alter column budget type integer`.execute(db);
}
