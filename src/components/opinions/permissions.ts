// Who may do what in a conversation: pure rules over already-loaded state, tested without a
// database. Routes turn a refusal into the matching HTTP error.
import type { CurrentUser } from "../../core/auth/sessions";
import { hasAnyRole } from "../../core/permissions/roles";
import type { Conversation, Statement } from "./store/tables";

export type ConversationPhase = "upcoming" | "open" | "closed";

export function conversationPhase(
  c: Pick<Conversation, "opens_at" | "closes_at" | "imported">,
  now: Date,
): ConversationPhase {
  // An imported conversation is a record of something that happened elsewhere: always closed.
  if (c.imported) return "closed";
  const t = now.toISOString();
  if (t < c.opens_at) return "upcoming";
  if (c.closes_at !== null && t >= c.closes_at) return "closed";
  return "open";
}

/** Creating, editing, closing, importing and exporting conversations: the municipality. */
export const mayManageConversations = (user: CurrentUser | null): boolean => hasAnyRole(user, "admin", "official");

/** Accepting or rejecting residents' statements. */
export const mayModerate = (user: CurrentUser | null): boolean => hasAnyRole(user, "admin", "moderator");

export type Refusal = { status: 401; key: "errors.loginRequired" } | { status: 409; key: string };

/** Why this visitor may not take part now, or null when they may. */
export function participationRefusal(c: Conversation, user: CurrentUser | null, now: Date): Refusal | null {
  const phase = conversationPhase(c, now);
  if (phase === "closed") return { status: 409, key: "opinions.errors.closed" };
  if (phase === "upcoming") return { status: 409, key: "opinions.errors.notOpenYet" };
  if (c.participation === "account" && !user) return { status: 401, key: "errors.loginRequired" };
  return null;
}

/** Why a vote on this statement is refused (on top of participationRefusal), or null. */
export function voteRefusal(statement: Pick<Statement, "status">): Refusal | null {
  if (statement.status === "rejected") return { status: 409, key: "opinions.errors.statementRejected" };
  if (statement.status === "pending") return { status: 409, key: "opinions.errors.statementPending" };
  return null;
}

export function statementRefusal(c: Conversation, user: CurrentUser | null, now: Date): Refusal | null {
  const base = participationRefusal(c, user, now);
  if (base) return base;
  if (c.statement_mode === "none") return { status: 409, key: "opinions.errors.noStatements" };
  return null;
}

/** A resident's statement waits for a moderator, or is shown at once. */
export const statusOfSubmission = (c: Conversation): "pending" | "accepted" =>
  c.statement_mode === "moderated" ? "pending" : "accepted";
