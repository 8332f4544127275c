// Lists for officials and the council: the council's forwarded ideas by due date, the ideas
// nobody reacted to, and the open reports for moderators.
import type { Executor } from "../../../core/db/database";
import { awaitingAnswer, needsReaction } from "../domain/idea-rules";
import { ideaWhere } from "./idea-condition-sql";
import type { IdeaView } from "./ideas";

function named(db: Executor) {
  return db
    .selectFrom("ideas")
    .innerJoin("areas", "areas.id", "ideas.area_id")
    .innerJoin("users", "users.id", "ideas.author_id")
    .selectAll("ideas")
    .select(["areas.name as area_name", "users.display_name as author_name"]);
}

/** Ideas awaiting an answer (forwarded or scheduled), the one due soonest first. */
export async function councilList(db: Executor, siteId: number): Promise<IdeaView[]> {
  return named(db)
    .where("ideas.site_id", "=", siteId)
    .where(ideaWhere(awaitingAnswer))
    .orderBy("ideas.due_at", "asc")
    .orderBy("ideas.id", "asc")
    .execute();
}

/** Ideas that need a reaction (the rule is domain/idea-rules.ts, needsReaction), oldest first. */
export async function ideasWithoutReaction(db: Executor, siteId: number, now: Date): Promise<IdeaView[]> {
  return named(db)
    .where("ideas.site_id", "=", siteId)
    .where(ideaWhere(needsReaction(now)))
    .orderBy("ideas.published_at", "asc")
    .execute();
}

export interface OpenReport {
  id: number;
  idea_id: number;
  comment_id: number | null;
  reason: string;
  created_at: string;
  idea_title: string;
  comment_body: string | null;
  reporter_name: string;
}

export async function openReports(db: Executor, siteId: number): Promise<OpenReport[]> {
  return db
    .selectFrom("idea_reports")
    .innerJoin("ideas", "ideas.id", "idea_reports.idea_id")
    .innerJoin("users", "users.id", "idea_reports.reporter_id")
    .leftJoin("idea_comments", "idea_comments.id", "idea_reports.comment_id")
    .select([
      "idea_reports.id",
      "idea_reports.idea_id",
      "idea_reports.comment_id",
      "idea_reports.reason",
      "idea_reports.created_at",
      "ideas.title as idea_title",
      "idea_comments.body as comment_body",
      "users.display_name as reporter_name",
    ])
    .where("idea_reports.site_id", "=", siteId)
    .where("idea_reports.resolved_at", "is", null)
    .orderBy("idea_reports.id", "asc")
    .limit(200)
    .execute();
}
