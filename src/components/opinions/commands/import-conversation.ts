// Imports a Pol.is openData export as a closed conversation. Everything is checked before the
// first row is written, and all rows go in one transaction: a bad file imports nothing.
import { audit } from "../../../core/audit/log";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Services } from "../../../core/services";
import type { OpenDataExport } from "../opendata/open-data-export";
import { OpenDataParseError } from "../opendata/parse-error";
import { summaryValue } from "../opendata/summary-csv";
import { insertConversation } from "../store/conversations";
import type { Conversation } from "../store/tables";
import "../store/tables";

const CHUNK = 400;

export interface ImportInput {
  siteId: number;
  actorUserId: number | null;
  topic?: string;
  introduction?: string;
  data: OpenDataExport;
}

export async function importConversation(services: Services, input: ImportInput): Promise<Conversation> {
  const now = services.clock();
  const db = services.db.kysely;
  const { data } = input;
  const known = new Set(data.comments.map((c) => c.commentId));
  // votes.csv has one record per line (no text fields), so row i sits on line i + 2.
  data.votes.forEach((v, i) => {
    if (!known.has(v.commentId))
      throw new OpenDataParseError("votes.csv", i + 2, `comment-id ${v.commentId} is not in comments.csv`);
  });
  const latest = latestVotes(data);
  const participants = [
    ...new Set([...data.comments.map((c) => c.authorId).filter(Boolean), ...latest.map((v) => v.voterId)]),
  ];
  const { first, last } = timeSpan(data, now);
  const topic = (input.topic?.trim() || summaryValue(data.summary ?? [], "topic")?.trim() || "Pol.is").slice(0, 200);
  const introduction =
    input.introduction?.trim() || summaryValue(data.summary ?? [], "conversation-description")?.trim() || "";

  return db.transaction().execute(async (trx) => {
    const conversation = await insertConversation(
      trx,
      input.siteId,
      {
        topic,
        introduction,
        statementMode: "none",
        participation: "anonymous",
        opensAt: iso(first),
        closesAt: iso(last),
      },
      now,
      true,
    );
    const cid = conversation.id;
    for (let i = 0; i < participants.length; i += CHUNK) {
      await trx
        .insertInto("opinion_participants")
        .values(
          participants.slice(i, i + CHUNK).map((external) => ({
            conversation_id: cid,
            user_id: null,
            anonymous_key_hash: null,
            external_id: external,
            created_at: iso(now),
          })),
        )
        .execute();
    }
    const participantIds = await idsByExternal(trx, "opinion_participants", cid);
    for (let i = 0; i < data.comments.length; i += CHUNK) {
      await trx
        .insertInto("opinion_statements")
        .values(
          data.comments.slice(i, i + CHUNK).map((c) => ({
            conversation_id: cid,
            text: c.body,
            author_participant_id: participantIds.get(c.authorId) ?? null,
            is_seed: 0,
            status: c.moderated === -1 ? ("rejected" as const) : ("accepted" as const),
            rejection_reason: c.moderated === -1 ? "moderated = -1 in the imported export" : null,
            moderated_by: null,
            moderated_at: null,
            external_id: c.commentId,
            created_at: iso(c.timestamp > 0 ? new Date(c.timestamp) : now),
          })),
        )
        .execute();
    }
    const statementIds = await idsByExternal(trx, "opinion_statements", cid);
    for (let i = 0; i < latest.length; i += CHUNK) {
      await trx
        .insertInto("opinion_votes")
        .values(
          latest.slice(i, i + CHUNK).map((v) => ({
            conversation_id: cid,
            participant_id: participantIds.get(v.voterId)!,
            statement_id: statementIds.get(v.commentId)!,
            vote: v.vote,
            voted_at: iso(v.timestamp > 0 ? new Date(v.timestamp) : now),
          })),
        )
        .execute();
    }
    // Version 1 > analysed 0: the analysis job picks the conversation up.
    await trx.updateTable("opinion_conversations").set({ changes_version: 1 }).where("id", "=", cid).execute();
    await audit(
      trx,
      {
        siteId: input.siteId,
        actorUserId: input.actorUserId,
        action: "opinions.conversation.import",
        subject: `opinion-conversation:${cid}`,
        details: { statements: data.comments.length, votes: latest.length },
      },
      now,
    );
    return conversation;
  });
}

/**
 * The first and last known time in the export (0 means unknown). A loop, not Math.min(...times):
 * spreading 300,000 votes into arguments overflows the call stack.
 */
function timeSpan(data: OpenDataExport, now: Date): { first: Date; last: Date } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const rows of [data.comments, data.votes])
    for (const { timestamp } of rows) {
      if (timestamp <= 0) continue;
      if (timestamp < min) min = timestamp;
      if (timestamp > max) max = timestamp;
    }
  return min === Number.POSITIVE_INFINITY ? { first: now, last: now } : { first: new Date(min), last: new Date(max) };
}

/** Each participant's latest vote per comment (votes.csv also holds the earlier ones). */
function latestVotes(data: OpenDataExport) {
  const latest = new Map<string, OpenDataExport["votes"][number]>();
  for (const v of data.votes) {
    const key = `${v.voterId}\u0000${v.commentId}`;
    const previous = latest.get(key);
    if (!previous || v.timestamp >= previous.timestamp) latest.set(key, v);
  }
  return [...latest.values()];
}

async function idsByExternal(
  db: Executor,
  table: "opinion_participants" | "opinion_statements",
  conversationId: number,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom(table)
    .select(["id", "external_id"])
    .where("conversation_id", "=", conversationId)
    .execute();
  return new Map(rows.map((r) => [r.external_id!, r.id]));
}
