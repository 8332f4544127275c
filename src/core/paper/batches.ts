// Paper batches (table paper_batches, docs/paper.md): where a pile of paper came from. Staff pick
// an existing batch or open a new one (printed forms with a label, or a meeting) on every paper
// entry form; the entry and the new batch are written in one transaction.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { PaperBatch } from "../db/types";
import type { PaperMeeting } from "../components";
import type { Services } from "../services";

export type PaperSource =
  | { batchId: number }
  | { newBatch: { kind: "form"; label: string } | { kind: "meeting"; meetingId: number; label: string } };

/** The site's batches, newest first (the entry forms offer the last 50). */
export function listBatches(db: Executor, siteId: number, limit = 50): Promise<PaperBatch[]> {
  return db
    .selectFrom("paper_batches")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export function loadBatch(db: Executor, siteId: number, id: number): Promise<PaperBatch | undefined> {
  return db
    .selectFrom("paper_batches")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Meetings of the site that paper can come from, from every component that has them. */
export async function paperMeetings(services: Services, siteId: number): Promise<PaperMeeting[]> {
  const lists = await Promise.all(services.components.map((c) => c.paperMeetings?.(services, siteId) ?? []));
  return lists.flat();
}

/**
 * The batch id for an entry: the chosen batch (of this site, else null), or a new one written in
 * `trx` by `userId` now.
 */
export async function resolveSource(
  trx: Executor,
  siteId: number,
  source: PaperSource,
  userId: number,
  now: Date,
): Promise<number | null> {
  if ("batchId" in source) return (await loadBatch(trx, siteId, source.batchId))?.id ?? null;
  const b = source.newBatch;
  const row = await trx
    .insertInto("paper_batches")
    .values({
      site_id: siteId,
      kind: b.kind,
      meeting_id: b.kind === "meeting" ? b.meetingId : null,
      label: b.label,
      entered_by: userId,
      created_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
