// Honest counts for conversations (docs/participation.md): every answer records whether a verified
// resident gave it, as they were when they (last) answered. Existing answers count as verified
// only when their account was verified before the answer; anonymous answers never.
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("opinion_votes")
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0).check(sql`verified in (0, 1)`))
    .execute();
  await sql`update opinion_votes set verified = 1 where exists (
    select 1 from opinion_participants p join users u on u.id = p.user_id
    where p.id = opinion_votes.participant_id
      and u.identity_verified_at is not null and u.identity_verified_at <= opinion_votes.voted_at)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
