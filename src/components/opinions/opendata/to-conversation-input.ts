import type { ConversationInput, Id } from "../domain/types";
import type { OpenDataExport } from "./open-data-export";

/**
 * An openData export as analysis input. Pol.is ids are small integers; they become numbers so
 * that JSON output reads like Pol.is's own. Comments with moderated = −1 are excluded.
 */
export function toConversationInput(data: OpenDataExport): ConversationInput {
  return {
    statements: data.comments.map((c) => polisId(c.commentId)),
    moderatedOut: data.comments.filter((c) => c.moderated === -1).map((c) => polisId(c.commentId)),
    votes: data.votes.map((v) => ({
      participant: polisId(v.voterId),
      statement: polisId(v.commentId),
      vote: v.vote,
      time: v.timestamp,
    })),
  };
}

/** "42" → 42; anything that is not a plain non-negative integer stays a string. */
export function polisId(raw: string): Id {
  return /^(0|[1-9]\d{0,14})$/.test(raw) ? Number(raw) : raw;
}

/** Pol.is's own grouping from participants-votes.csv: participant → group-id (placed ones only). */
export function referenceGroups(data: OpenDataExport): Map<Id, number> {
  const groups = new Map<Id, number>();
  for (const row of data.participantsVotes?.rows ?? []) {
    if (row.groupId !== null) groups.set(polisId(row.participant), row.groupId);
  }
  return groups;
}
