// The stored analysis of a conversation and the claim that keeps two processes from computing
// the same conversation at once (a conditional update: whoever changes the row owns the work).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { OpinionAnalysis } from "../domain/types";
import "./tables";

export interface StoredAnalysis {
  version: number;
  computedAt: string;
  result: OpinionAnalysis;
}

export async function loadAnalysis(db: Executor, conversationId: number): Promise<StoredAnalysis | null> {
  const row = await db
    .selectFrom("opinion_analyses")
    .selectAll()
    .where("conversation_id", "=", conversationId)
    .executeTakeFirst();
  return row
    ? { version: row.version, computedAt: row.computed_at, result: JSON.parse(row.result) as OpinionAnalysis }
    : null;
}

/** Conversations whose votes or moderation changed since their last analysis. */
export async function conversationsNeedingAnalysis(db: Executor, now: Date, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom("opinion_conversations")
    .select("id")
    .whereRef("changes_version", ">", "analysed_version")
    .where((eb) => eb.or([eb("analysis_claimed_until", "is", null), eb("analysis_claimed_until", "<", iso(now))]))
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** True when this process now owns the analysis of the conversation until `until`. */
export async function claimAnalysis(
  db: Executor,
  conversationId: number,
  claim: string,
  now: Date,
  until: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("opinion_conversations")
    .set({ analysis_claim: claim, analysis_claimed_until: iso(until) })
    .where("id", "=", conversationId)
    .whereRef("changes_version", ">", "analysed_version")
    .where((eb) => eb.or([eb("analysis_claimed_until", "is", null), eb("analysis_claimed_until", "<", iso(now))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function changesVersion(db: Executor, conversationId: number): Promise<number> {
  const row = await db
    .selectFrom("opinion_conversations")
    .select("changes_version")
    .where("id", "=", conversationId)
    .executeTakeFirstOrThrow();
  return row.changes_version;
}

/** Stores the result computed from `version` and releases the claim, only if the claim is still ours. */
export async function storeAnalysis(
  db: Executor,
  conversationId: number,
  claim: string,
  version: number,
  result: OpinionAnalysis,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const released = await trx
      .updateTable("opinion_conversations")
      .set({ analysed_version: version, analysis_claim: null, analysis_claimed_until: null })
      .where("id", "=", conversationId)
      .where("analysis_claim", "=", claim)
      .executeTakeFirst();
    if (Number(released.numUpdatedRows) !== 1) return false;
    await trx
      .insertInto("opinion_analyses")
      .values({ conversation_id: conversationId, version, result: JSON.stringify(result), computed_at: iso(now) })
      .onConflict((oc) =>
        oc.column("conversation_id").doUpdateSet({ version, result: JSON.stringify(result), computed_at: iso(now) }),
      )
      .execute();
    return true;
  });
}
