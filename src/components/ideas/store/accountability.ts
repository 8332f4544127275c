// Facts for the accountability page: every idea that reached the public, with its dates.
import type { Executor } from "../../../core/db/database";
import type { AccountabilityFacts } from "../domain/accountability";

export interface AccountabilityRow extends AccountabilityFacts {
  id: number;
  title: string;
  supportCount: number;
  paperSupportCount: number;
  onPaper: boolean;
}

export async function accountabilityRows(db: Executor, siteId: number): Promise<AccountabilityRow[]> {
  const rows = await db
    .selectFrom("ideas")
    .select([
      "id",
      "title",
      "state",
      "published_at",
      "forwarded_at",
      "due_at",
      "answered_at",
      "support_count",
      "paper_support_count",
      "paper_batch_id",
    ])
    .where("site_id", "=", siteId)
    .where("published_at", "is not", null)
    .orderBy("forwarded_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    state: r.state,
    publishedAt: r.published_at,
    forwardedAt: r.forwarded_at,
    dueAt: r.due_at,
    answeredAt: r.answered_at,
    supportCount: r.support_count,
    paperSupportCount: r.paper_support_count,
    onPaper: r.paper_batch_id !== null,
  }));
}
