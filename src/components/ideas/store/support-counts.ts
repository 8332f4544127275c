// Honest counts of an idea's supports: how many came from verified residents (as they were when
// they supported), and how many were given before the support rule was last tightened.
import type { Executor } from "../../../core/db/database";

export async function supportCounts(db: Executor, ideaId: number): Promise<{ total: number; verified: number }> {
  const row = await db
    .selectFrom("idea_supports")
    .select((eb) => [eb.fn.countAll<number>().as("total"), eb.fn.sum<number>("verified").as("verified")])
    .where("idea_id", "=", ideaId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), verified: Number(row.verified ?? 0) };
}

/** Supports given before `tightenedAt` (none when the rule was never tightened). */
export async function supportsBefore(db: Executor, ideaId: number, tightenedAt: string | null): Promise<number> {
  if (!tightenedAt) return 0;
  const row = await db
    .selectFrom("idea_supports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("idea_id", "=", ideaId)
    .where("created_at", "<", tightenedAt)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
