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

export interface CounterDrift {
  id: number;
  title: string;
  supportCount: number;
  paperSupportCount: number;
  onlineRows: number;
  paperRows: number;
}

/**
 * Ideas whose counters differ from the rows they count: support_count is the online supports plus
 * the lines on paper, paper_support_count the lines alone. Empty when all is well; the demo's
 * test and the soak (bench/soak.ts) check it after many concurrent writes.
 */
export async function ideasWithCounterDrift(db: Executor): Promise<CounterDrift[]> {
  const rows = await db
    .selectFrom("ideas")
    .select(["id", "title", "support_count", "paper_support_count"])
    .select((eb) => [
      eb
        .selectFrom("idea_supports")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("idea_supports.idea_id", "=", "ideas.id")
        .as("online"),
      eb
        .selectFrom("idea_paper_supports")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("idea_paper_supports.idea_id", "=", "ideas.id")
        .as("paper"),
    ])
    .orderBy("id")
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      supportCount: r.support_count,
      paperSupportCount: r.paper_support_count,
      onlineRows: Number(r.online),
      paperRows: Number(r.paper),
    }))
    .filter((r) => r.onlineRows + r.paperRows !== r.supportCount || r.paperRows !== r.paperSupportCount);
}
