// What the opinions component holds about one person, for "download my data" and account
// deletion (rules and reasons: docs/personal-data.md). While a conversation is open (or not yet
// open) the person's participation and votes are removed and the analysis is redone: they may
// register again and vote once more, and one person must count once. In a closed conversation
// the votes stay, so the published opinion map does not change, but the participant no longer
// points to the account. Statements stay, as others voted on them.
import type { Executor } from "../../../core/db/database";
import type { Person, PersonalData } from "../../../core/personal-data/types";
import { conversationPhase } from "../permissions";
import { markChanged } from "./conversations";
import "./tables";

const VOTE_NAMES = { "1": "agree", "-1": "disagree", "0": "pass" } as const;

async function exportOpinionsData(db: Executor, person: Person) {
  const participations = await db
    .selectFrom("opinion_participants")
    .innerJoin("opinion_conversations", "opinion_conversations.id", "opinion_participants.conversation_id")
    .select([
      "opinion_participants.id",
      "opinion_conversations.id as conversation_id",
      "opinion_conversations.topic",
      "opinion_participants.created_at",
    ])
    .where("opinion_participants.user_id", "=", person.id)
    .where("opinion_conversations.site_id", "=", person.siteId)
    .orderBy("opinion_participants.id")
    .execute();
  const ids = participations.map((p) => p.id);
  const votes = ids.length
    ? await db
        .selectFrom("opinion_votes")
        .innerJoin("opinion_statements", "opinion_statements.id", "opinion_votes.statement_id")
        .select(["opinion_votes.participant_id", "opinion_statements.id", "opinion_statements.text"])
        .select(["opinion_votes.vote", "opinion_votes.voted_at"])
        .where("opinion_votes.participant_id", "in", ids)
        .orderBy("opinion_votes.voted_at")
        .orderBy("opinion_statements.id")
        .execute()
    : [];
  const statements = ids.length
    ? await db
        .selectFrom("opinion_statements")
        .select(["author_participant_id", "id", "text", "status", "rejection_reason", "created_at"])
        .where("author_participant_id", "in", ids)
        .orderBy("id")
        .execute()
    : [];
  const moderated = await db
    .selectFrom("opinion_statements")
    .select(["conversation_id", "id", "status", "rejection_reason", "moderated_at"])
    .where("moderated_by", "=", person.id)
    .orderBy("id")
    .execute();
  return {
    conversations: participations.map((p) => ({
      conversationId: p.conversation_id,
      topic: p.topic,
      joinedAt: p.created_at,
      votes: votes
        .filter((v) => v.participant_id === p.id)
        .map((v) => ({
          statementId: v.id,
          statement: v.text,
          vote: VOTE_NAMES[String(v.vote) as keyof typeof VOTE_NAMES],
          votedAt: v.voted_at,
        })),
      statements: statements
        .filter((s) => s.author_participant_id === p.id)
        .map((s) => ({
          id: s.id,
          text: s.text,
          status: s.status,
          rejectionReason: s.rejection_reason,
          createdAt: s.created_at,
        })),
    })),
    /** Statements the person accepted or rejected as a moderator. */
    moderated: moderated.map((m) => ({
      conversationId: m.conversation_id,
      statementId: m.id,
      decision: m.status,
      reason: m.rejection_reason,
      moderatedAt: m.moderated_at,
    })),
  };
}

async function eraseOpinionsData(trx: Executor, person: Person, now: Date): Promise<void> {
  const participations = await trx
    .selectFrom("opinion_participants")
    .innerJoin("opinion_conversations", "opinion_conversations.id", "opinion_participants.conversation_id")
    .select([
      "opinion_participants.id",
      "opinion_conversations.id as conversation_id",
      "opinion_conversations.opens_at",
      "opinion_conversations.closes_at",
      "opinion_conversations.imported",
    ])
    .where("opinion_participants.user_id", "=", person.id)
    .execute();
  for (const p of participations) {
    if (conversationPhase(p, now) === "closed") {
      await trx.updateTable("opinion_participants").set({ user_id: null }).where("id", "=", p.id).execute();
    } else {
      // Votes go with the participant (cascade); their statements stay without an author (set null).
      await trx.deleteFrom("opinion_participants").where("id", "=", p.id).execute();
      await markChanged(trx, p.conversation_id);
    }
  }
}

export const opinionsPersonalData: PersonalData = {
  tables: {
    opinion_conversations: "not personal",
    opinion_participants: "partly removed",
    opinion_votes: "partly removed",
    opinion_statements: "kept",
    opinion_analyses: "not personal",
  },
  export: (db, person) => exportOpinionsData(db, person),
  erase: (trx, person, now) => eraseOpinionsData(trx, person, now),
};
