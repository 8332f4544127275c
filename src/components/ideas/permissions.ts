// Who may do what with an idea: pure functions over an already-loaded idea and user, so every rule
// is tested without a database. Routes turn a refusal into 401/403/409.
import type { CurrentUser } from "../../core/auth/sessions";
import type { Role } from "../../core/db/types";
import { holds } from "./domain/idea-condition";
import { collectsSupport } from "./domain/idea-rules";
import type { IdeaState } from "./domain/states";

export interface IdeaFacts {
  authorId: number;
  state: IdeaState; // the effective state (deadline applied)
  supportCount: number;
  siteId: number;
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 403 | 409; key: string };
const yes: Verdict = { ok: true };
const no = (status: 401 | 403 | 409, key: string): Verdict => ({ ok: false, status, key });

const has = (user: CurrentUser | null, ...roles: Role[]) => !!user && roles.some((r) => user.roles.has(r));

export function canView(idea: IdeaFacts, user: CurrentUser | null): boolean {
  if (idea.state !== "draft") return true;
  return !!user && (user.id === idea.authorId || has(user, "moderator", "admin"));
}

/**
 * Whether the viewer may read the title and text. A hidden (moderated) idea keeps its page with
 * the moderator's public reason, but its content only its author (who wrote it and should see
 * what was hidden, and why) and moderators and admins (who decide on restoring it) may read.
 */
export function canSeeContent(idea: IdeaFacts, user: CurrentUser | null): boolean {
  if (idea.state !== "hidden") return canView(idea, user);
  return !!user && user.siteId === idea.siteId && (user.id === idea.authorId || has(user, "moderator", "admin"));
}

/** Hidden ideas appear in lists and searches only for those who moderate them. */
export const listsHiddenIdeas = (user: CurrentUser | null): boolean => isModerator(user);

/** The author edits a draft or an open idea (the edit command's conditional UPDATE uses this list too). */
export const EDITABLE_STATES: readonly IdeaState[] = ["draft", "open"];

/** The author edits until the first support; after that supporters must keep what they backed. */
export function canEdit(idea: IdeaFacts, user: CurrentUser | null): Verdict {
  if (!user) return no(401, "errors.loginRequired");
  if (user.id !== idea.authorId || user.siteId !== idea.siteId) return no(403, "ideas.errors.notAuthor");
  if (!EDITABLE_STATES.includes(idea.state)) return no(409, "ideas.errors.notEditableState");
  if (idea.supportCount > 0) return no(409, "ideas.errors.alreadySupported");
  return yes;
}

export function canAuthorAct(idea: IdeaFacts, user: CurrentUser | null, allowed: readonly IdeaState[]): Verdict {
  if (!user) return no(401, "errors.loginRequired");
  if (user.id !== idea.authorId || user.siteId !== idea.siteId) return no(403, "ideas.errors.notAuthor");
  if (!allowed.includes(idea.state)) return no(409, "ideas.errors.wrongState");
  return yes;
}

/** `collecting`: whether the idea collects supports now (domain/idea-rules.ts, collectsSupport). */

export interface SupportFacts {
  state: IdeaState; // as stored
  stateBeforeHidden: IdeaState | null;
  deadlineAt: string | null;
  countAfterThreshold: boolean;
}

/**
 * Whether a support on this idea still takes part in the count's race: the idea collects supports
 * now, or would again once a moderator restores it. Deleting an account withdraws exactly these
 * supports (the person may register again and support again; one person must count once). A
 * support on an idea whose collection ended is a record of what happened and stays counted.
 */
export function supportIsLive(idea: SupportFacts, now: Date): boolean {
  const state = idea.state === "hidden" && idea.stateBeforeHidden ? idea.stateBeforeHidden : idea.state;
  const facts = { state, deadline_at: idea.deadlineAt, published_at: null, due_at: null, last_reaction_at: null };
  return holds(collectsSupport(now, idea.countAfterThreshold), facts);
}

/**
 * Whether the idea takes supports now. Who may support is the process's participation rule
 * (participation.ts, core/participation), checked by the support command.
 */
export function canSupport(collecting: boolean): Verdict {
  return collecting ? yes : no(409, "ideas.errors.notOpen");
}

export const isCouncil = (user: CurrentUser | null) => has(user, "council", "admin");
export const isOfficial = (user: CurrentUser | null) => has(user, "official", "admin");
export const isModerator = (user: CurrentUser | null) => has(user, "moderator", "admin");

/** The badge shown beside a comment: officials and council members speak in their role. */
export function commentRole(user: CurrentUser): "official" | "council" | "moderator" | "resident" {
  if (user.roles.has("official")) return "official";
  if (user.roles.has("council")) return "council";
  if (user.roles.has("moderator")) return "moderator";
  return "resident";
}
