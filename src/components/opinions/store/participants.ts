// Participants: an account, or an anonymous visitor known only by the hash of a random cookie.
// Created at the first vote or statement, once per conversation (unique constraints).
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "./tables";

export type ParticipantIdentity = { kind: "user"; userId: number } | { kind: "anonymous"; keyHash: string };

export async function findParticipantId(
  db: Executor,
  conversationId: number,
  identity: ParticipantIdentity,
): Promise<number | null> {
  let query = db.selectFrom("opinion_participants").select("id").where("conversation_id", "=", conversationId);
  query =
    identity.kind === "user"
      ? query.where("user_id", "=", identity.userId)
      : query.where("anonymous_key_hash", "=", identity.keyHash);
  const row = await query.executeTakeFirst();
  return row?.id ?? null;
}

export async function findOrCreateParticipant(
  db: Executor,
  conversationId: number,
  identity: ParticipantIdentity,
  now: Date,
): Promise<number> {
  const existing = await findParticipantId(db, conversationId, identity);
  if (existing !== null) return existing;
  // Two first votes at once: one insert wins, the other does nothing and reads the winner.
  await db
    .insertInto("opinion_participants")
    .values({
      conversation_id: conversationId,
      user_id: identity.kind === "user" ? identity.userId : null,
      anonymous_key_hash: identity.kind === "anonymous" ? identity.keyHash : null,
      external_id: null,
      created_at: iso(now),
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const id = await findParticipantId(db, conversationId, identity);
  if (id === null) throw new Error("participant could not be created");
  return id;
}

export async function countParticipants(db: Executor, conversationId: number): Promise<number> {
  const row = await db
    .selectFrom("opinion_votes")
    .select((eb) => eb.fn.count<number>("participant_id").distinct().as("n"))
    .where("conversation_id", "=", conversationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
