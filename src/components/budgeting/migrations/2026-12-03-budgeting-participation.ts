// Honest counts for budgets (docs/participation.md): every ballot records whether it came from a
// verified resident when it was (last) cast. A ballot with a voting code counts as verified (the
// code came by letter to an address in the area); an online ballot when its account was verified
// before it was last saved; paper and imported ballots do not (nobody here checked them).
// Who may vote is a participation rule; a process without one derives it from its area
// (participation.ts), so no rule rows are written here. Never imports app code.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("budget_ballots")
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0).check(sql`verified in (0, 1)`))
    .execute();
  await sql`update budget_ballots set verified = 1 where source = 'code' or (source = 'online' and exists (
    select 1 from users u where u.id = budget_ballots.user_id
      and u.identity_verified_at is not null and u.identity_verified_at <= budget_ballots.updated_at))`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
