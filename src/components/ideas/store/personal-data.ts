// What the ideas component holds about one person, for "download my data" and account deletion.
// Rules and reasons per table: docs/personal-data.md. In short: public contributions (published
// ideas, comments, reports, timeline entries) stay under "former participant"; drafts, follows
// and notifications go; a support goes while it is live (supportIsLive) and stays counted after.
import { locationJson } from "../../../core/places/location-json";
import type { Executor } from "../../../core/db/database";
import type { Person, PersonalData } from "../../../core/personal-data/types";
import { eraseUploadedPhotos, exportUploadedPhotos, photoTableRules } from "../../../core/photos/personal-data";
import { supportIsLive } from "../permissions";
import { IDEA_PHOTO_TABLES } from "../photos/tables";
import "./tables";

async function exportIdeasData(db: Executor, person: Person) {
  const ideas = await db
    .selectFrom("ideas")
    .innerJoin("areas", "areas.id", "ideas.area_id")
    .select([
      "ideas.id",
      "ideas.short_code",
      "ideas.title",
      "ideas.body",
      "ideas.category",
      "ideas.state",
      "ideas.support_count",
      "ideas.created_at",
      "ideas.published_at",
      "ideas.updated_at",
      "ideas.location_lat_e6",
      "ideas.location_lng_e6",
      "ideas.location_address",
      "areas.name as area",
    ])
    .where("ideas.author_id", "=", person.id)
    .where("ideas.site_id", "=", person.siteId)
    .orderBy("ideas.id")
    .execute();
  const comments = await db
    .selectFrom("idea_comments")
    .innerJoin("ideas", "ideas.id", "idea_comments.idea_id")
    .select([
      "idea_comments.id",
      "idea_comments.idea_id",
      "ideas.title",
      "idea_comments.parent_id",
      "idea_comments.body",
      "idea_comments.hidden_reason",
      "idea_comments.created_at",
      "idea_comments.edited_at",
    ])
    .where("idea_comments.author_id", "=", person.id)
    .orderBy("idea_comments.id")
    .execute();
  const supports = await db
    .selectFrom("idea_supports")
    .innerJoin("ideas", "ideas.id", "idea_supports.idea_id")
    .select(["idea_supports.idea_id", "ideas.title", "idea_supports.created_at"])
    .where("idea_supports.user_id", "=", person.id)
    .orderBy("idea_supports.created_at")
    .execute();
  const follows = await db
    .selectFrom("idea_follows")
    .innerJoin("ideas", "ideas.id", "idea_follows.idea_id")
    .select(["idea_follows.idea_id", "ideas.title", "idea_follows.created_at"])
    .where("idea_follows.user_id", "=", person.id)
    .orderBy("idea_follows.created_at")
    .execute();
  const reports = await db
    .selectFrom("idea_reports")
    .select(["idea_id", "comment_id", "reason", "created_at", "resolved_at", "resolution"])
    .where("reporter_id", "=", person.id)
    .orderBy("id")
    .execute();
  const notifications = await db
    .selectFrom("idea_notifications")
    .innerJoin("idea_events", "idea_events.id", "idea_notifications.event_id")
    .select(["idea_events.idea_id", "idea_events.kind", "idea_notifications.mode", "idea_notifications.created_at"])
    .select("idea_notifications.sent_at")
    .where("idea_notifications.user_id", "=", person.id)
    .orderBy("idea_notifications.id")
    .execute();
  const commentNotifications = await db
    .selectFrom("idea_comment_notifications")
    .innerJoin("idea_comments", "idea_comments.id", "idea_comment_notifications.comment_id")
    .select(["idea_comments.idea_id", "idea_comment_notifications.reason", "idea_comment_notifications.mode"])
    .select(["idea_comment_notifications.created_at", "idea_comment_notifications.sent_at"])
    .where("idea_comment_notifications.user_id", "=", person.id)
    .orderBy("idea_comment_notifications.id")
    .execute();
  const timeline = await db
    .selectFrom("idea_events")
    .select(["idea_id", "kind", "from_state", "to_state", "actor_role", "body", "created_at"])
    .where("actor_user_id", "=", person.id)
    .orderBy("id")
    .execute();
  return {
    ideas: ideas.map((i) => ({
      id: i.id,
      code: i.short_code,
      title: i.title,
      text: i.body,
      category: i.category,
      area: i.area,
      location: locationJson(i),
      state: i.state,
      supportCount: i.support_count,
      createdAt: i.created_at,
      publishedAt: i.published_at,
      updatedAt: i.updated_at,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      ideaId: c.idea_id,
      ideaTitle: c.title,
      replyTo: c.parent_id,
      text: c.body,
      hiddenByModerator: c.hidden_reason !== null,
      createdAt: c.created_at,
      editedAt: c.edited_at,
    })),
    supports: supports.map((s) => ({ ideaId: s.idea_id, ideaTitle: s.title, createdAt: s.created_at })),
    follows: follows.map((f) => ({ ideaId: f.idea_id, ideaTitle: f.title, createdAt: f.created_at })),
    reports: reports.map((r) => ({
      ideaId: r.idea_id,
      commentId: r.comment_id,
      reason: r.reason,
      createdAt: r.created_at,
      resolvedAt: r.resolved_at,
      resolution: r.resolution,
    })),
    notifications: [
      ...notifications.map((n) => ({ ...n, about: n.kind })),
      ...commentNotifications.map((n) => ({ ...n, about: n.reason })),
    ].map((n) => ({
      ideaId: n.idea_id,
      about: n.about,
      mode: n.mode,
      createdAt: n.created_at,
      sentAt: n.sent_at,
    })),
    /** Updates, answers and state changes made by the person in a role (official, council, moderator). */
    timeline: timeline.map((e) => ({
      ideaId: e.idea_id,
      kind: e.kind,
      from: e.from_state,
      to: e.to_state,
      role: e.actor_role,
      text: e.body,
      createdAt: e.created_at,
    })),
  };
}

/** Withdraws the live supports (counter down in the same transaction); the others stay counted. */
async function withdrawLiveSupports(trx: Executor, person: Person, now: Date): Promise<void> {
  const supported = await trx
    .selectFrom("idea_supports")
    .innerJoin("ideas", "ideas.id", "idea_supports.idea_id")
    .innerJoin("idea_processes", "idea_processes.id", "ideas.process_id")
    .select([
      "ideas.id",
      "ideas.state",
      "ideas.state_before_hidden",
      "ideas.deadline_at",
      "idea_processes.count_after_threshold",
    ])
    .where("idea_supports.user_id", "=", person.id)
    .execute();
  for (const idea of supported) {
    const facts = {
      state: idea.state,
      stateBeforeHidden: idea.state_before_hidden,
      deadlineAt: idea.deadline_at,
      countAfterThreshold: idea.count_after_threshold === 1,
    };
    if (!supportIsLive(facts, now)) continue;
    await trx.deleteFrom("idea_supports").where("idea_id", "=", idea.id).where("user_id", "=", person.id).execute();
    await trx
      .updateTable("ideas")
      .set((eb) => ({ support_count: eb("support_count", "-", 1) }))
      .where("id", "=", idea.id)
      .execute();
  }
}

export const ideasPersonalData: PersonalData = {
  tables: {
    idea_processes: "not personal",
    ideas: "partly removed",
    ideas_fts: "partly removed",
    idea_supports: "partly removed",
    idea_paper_supports: "kept",
    idea_follows: "removed",
    idea_notifications: "removed",
    idea_comment_notifications: "removed",
    idea_comments: "kept",
    idea_reports: "kept",
    idea_events: "kept",
    ...photoTableRules(IDEA_PHOTO_TABLES),
  },
  export: async (db, person) => ({
    ...(await exportIdeasData(db, person)),
    photos: await exportUploadedPhotos(db, IDEA_PHOTO_TABLES, person, (id) => `/ideeen/${id}`),
  }),
  async erase(trx, person, now) {
    await withdrawLiveSupports(trx, person, now);
    await eraseUploadedPhotos(trx, IDEA_PHOTO_TABLES, person);
    // A draft was never public: it goes, with anything hanging on it (cascade).
    await trx
      .deleteFrom("ideas")
      .where("author_id", "=", person.id)
      .where("site_id", "=", person.siteId)
      .where("state", "=", "draft")
      .execute();
    await trx.deleteFrom("idea_follows").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("idea_notifications").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("idea_comment_notifications").where("user_id", "=", person.id).execute();
  },
};
