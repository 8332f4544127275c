// Table types of the public consultation page: links, documents, updates, followers and polls
// (migration 2026-12-05-consultation-pages), added to the core's Database type.
import type { Generated, Selectable } from "kysely";

export interface ConsultationLinksTable {
  consultation_id: number;
  /** A part another component offers through the manifest's `linkableParts`, e.g. "opinions". */
  kind: string;
  target_id: number;
}
export interface ConsultationDocumentsTable {
  id: Generated<number>;
  consultation_id: number;
  /** The name shown and used for the download, made safe (domain/document-name.ts). */
  name: string;
  kind: "pdf" | "image";
  bytes: Buffer;
  size: number;
  uploaded_at: string;
}
export interface ConsultationUpdatesTable {
  id: Generated<number>;
  consultation_id: number;
  title: string;
  body: string;
  author_user_id: number | null;
  created_at: string;
}
export interface ConsultationFollowsTable {
  consultation_id: number;
  user_id: number;
  created_at: string;
}
export interface ConsultationUpdateMailsTable {
  update_id: number;
  user_id: number;
}
export type PollResults = "afterVote" | "afterClose";
export interface PollsTable {
  id: Generated<number>;
  site_id: number;
  consultation_id: number;
  question: string;
  results: PollResults;
  on_home: number;
  published: number;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}
export interface PollChoicesTable {
  id: Generated<number>;
  poll_id: number;
  position: number;
  label: string;
}
export interface PollVotesTable {
  id: Generated<number>;
  poll_id: number;
  choice_id: number;
  user_id: number | null;
  created_at: string;
}

declare module "../../../core/db/types" {
  interface Database {
    consultation_links: ConsultationLinksTable;
    consultation_documents: ConsultationDocumentsTable;
    consultation_updates: ConsultationUpdatesTable;
    consultation_follows: ConsultationFollowsTable;
    consultation_update_mails: ConsultationUpdateMailsTable;
    polls: PollsTable;
    poll_choices: PollChoicesTable;
    poll_votes: PollVotesTable;
  }
}

export type PollRow = Selectable<PollsTable>;
export type UpdateRow = Selectable<ConsultationUpdatesTable>;
