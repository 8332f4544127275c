// Table types of the ideas component, added to the core's Database type.
import type { Generated, Selectable } from "kysely";
import type { AnswerKind, IdeaState } from "../domain/states";

export interface IdeaProcessesTable {
  id: Generated<number>;
  site_id: number;
  title: string;
  active: number;
  threshold: number;
  support_days: number;
  response_days: number;
  /** No longer read: moved to participation_rules (migration 2026-12-03-ideas-participation). */
  support_rule: Generated<"verified" | "postcode">;
  count_after_threshold: number;
  council_name: string;
  council_emails: string; // newline-separated
  created_at: string;
  location_mode: Generated<"off" | "optional" | "required">; // core/places/location-input.ts
}

export interface IdeasTable {
  id: Generated<number>;
  site_id: number;
  process_id: number;
  area_id: number;
  author_id: number;
  short_code: string;
  category: string | null;
  title: string;
  body: string;
  state: IdeaState;
  state_before_hidden: IdeaState | null;
  hidden_reason: string | null;
  threshold: number;
  response_days: number;
  council_name: string;
  support_count: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  deadline_at: string | null;
  forwarded_at: string | null;
  due_at: string | null;
  meeting_at: string | null;
  answered_at: string | null;
  answer_kind: AnswerKind | null;
  answer_text: string | null;
  last_reaction_at: string | null;
  reminders_sent: number; // 0 none, 1 half-term sent, 2 one-week sent too
  // The location (core/places): micro-degrees, so six decimals survive both databases exactly.
  location_lat_e6: number | null;
  location_lng_e6: number | null;
  location_address: string | null;
  /** How many of support_count are lines on paper (idea_paper_supports); see docs/paper.md. */
  paper_support_count: Generated<number>;
  /** Set when the idea was proposed on a paper form: the batch it came from. */
  paper_batch_id: number | null;
  /** The written name of a paper proposer without an account (the idea is held by staff). */
  paper_author_name: string | null;
}

/** One line of a signed support list, entered by staff (docs/paper.md). */
export interface IdeaPaperSupportsTable {
  id: Generated<number>;
  idea_id: number;
  batch_id: number;
  name: string;
  postcode: string; // "1234 AB"
  /** core/paper/person.ts personKey: the same written person twice is one support. */
  person_key: string;
  entered_by: number | null;
  created_at: string;
}

export interface IdeaSupportsTable {
  idea_id: number;
  user_id: number;
  created_at: string;
  /** 1 when a verified resident gave it (as they were then): "waarvan M van geverifieerde bewoners". */
  verified: Generated<number>;
}
export interface IdeaFollowsTable {
  idea_id: number;
  user_id: number;
  created_at: string;
}

export interface IdeaEventsTable {
  id: Generated<number>;
  idea_id: number;
  kind: "state" | "update" | "response" | "meeting";
  from_state: IdeaState | null;
  to_state: IdeaState | null;
  actor_role: string;
  actor_user_id: number | null;
  body: string;
  created_at: string;
}

export interface IdeaCommentsTable {
  id: Generated<number>;
  idea_id: number;
  parent_id: number | null;
  author_id: number;
  author_role: string;
  body: string;
  hidden_reason: string | null;
  created_at: string;
  edited_at: string | null;
}

export interface IdeaReportsTable {
  id: Generated<number>;
  site_id: number;
  idea_id: number;
  comment_id: number | null;
  reporter_id: number;
  reason: string;
  created_at: string;
  resolved_at: string | null;
  resolution: "hidden" | "dismissed" | null;
}

export interface IdeaNotificationsTable {
  id: Generated<number>;
  event_id: number;
  user_id: number;
  mode: "immediate" | "daily";
  created_at: string;
  sent_at: string | null;
}

/** A comment told to the idea's author (`comment`) or to the person replied to (`reply`). */
export interface IdeaCommentNotificationsTable {
  id: Generated<number>;
  comment_id: number;
  user_id: number;
  reason: "comment" | "reply";
  mode: "immediate" | "daily";
  created_at: string;
  sent_at: string | null;
}

declare module "../../../core/db/types" {
  interface Database {
    idea_processes: IdeaProcessesTable;
    ideas: IdeasTable;
    idea_supports: IdeaSupportsTable;
    idea_paper_supports: IdeaPaperSupportsTable;
    idea_follows: IdeaFollowsTable;
    idea_events: IdeaEventsTable;
    idea_comments: IdeaCommentsTable;
    idea_reports: IdeaReportsTable;
    idea_notifications: IdeaNotificationsTable;
    idea_comment_notifications: IdeaCommentNotificationsTable;
  }
}

export type IdeaRow = Selectable<IdeasTable>;
export type ProcessRow = Selectable<IdeaProcessesTable>;
export type EventRow = Selectable<IdeaEventsTable>;
export type CommentRow = Selectable<IdeaCommentsTable>;
export type PaperSupportRow = Selectable<IdeaPaperSupportsTable>;
export type ReportRow = Selectable<IdeaReportsTable>;
