// Table types of the opinions component, added to the core's Database type.
import type { Generated, Selectable } from "kysely";

export type StatementMode = "none" | "direct" | "moderated";
export type Participation = "account" | "anonymous";
export type StatementStatus = "pending" | "accepted" | "rejected";

export interface OpinionConversationsTable {
  id: Generated<number>;
  site_id: number;
  topic: string;
  introduction: string;
  statement_mode: StatementMode;
  participation: Participation;
  opens_at: string;
  closes_at: string | null;
  imported: number;
  changes_version: Generated<number>;
  analysed_version: Generated<number>;
  analysis_claim: string | null;
  analysis_claimed_until: string | null;
  created_at: string;
}

export interface OpinionParticipantsTable {
  id: Generated<number>;
  conversation_id: number;
  user_id: number | null;
  anonymous_key_hash: string | null;
  external_id: string | null;
  created_at: string;
}

export interface OpinionStatementsTable {
  id: Generated<number>;
  conversation_id: number;
  text: string;
  author_participant_id: number | null;
  is_seed: number;
  status: StatementStatus;
  rejection_reason: string | null;
  moderated_by: number | null;
  moderated_at: string | null;
  external_id: string | null;
  created_at: string;
}

export interface OpinionVotesTable {
  conversation_id: number;
  participant_id: number;
  statement_id: number;
  vote: -1 | 0 | 1;
  voted_at: string;
  /** 1 when a verified resident gave it, as they were then: honest counts. */
  verified: Generated<number>;
}

export interface OpinionAnalysesTable {
  conversation_id: number;
  version: number;
  result: string; // JSON of OpinionAnalysis
  computed_at: string;
}

declare module "../../../core/db/types" {
  interface Database {
    opinion_conversations: OpinionConversationsTable;
    opinion_participants: OpinionParticipantsTable;
    opinion_statements: OpinionStatementsTable;
    opinion_votes: OpinionVotesTable;
    opinion_analyses: OpinionAnalysesTable;
  }
}

export type Conversation = Selectable<OpinionConversationsTable>;
export type Statement = Selectable<OpinionStatementsTable>;
export type Participant = Selectable<OpinionParticipantsTable>;
