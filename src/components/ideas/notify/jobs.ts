// Scheduled jobs of the ideas component. All are idempotent (conditional updates), so several
// processes may run them and a late run does no harm; reads apply deadlines themselves anyway.
import { erasePaperNames } from "../commands/paper-retention";
import type { ScheduledJob } from "../../../core/components";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { changeState, StateConflict } from "../commands/change-state";
import { remindersDue } from "../domain/deadlines";
import { awaitingAnswer, pastDeadline } from "../domain/idea-rules";
import { ideaWhere } from "../store/idea-condition-sql";
import { toMailIdea } from "./fan-out";
import { commentMessage, digestMail, eventSentence, reminderMail } from "./mail-content";

/**
 * Open ideas past their deadline become expired; supports are frozen from then on. Only the
 * expected race is ignored: another process expired the idea first, or it changed meanwhile
 * (withdrawn, hidden). Anything else, a database failure above all, is thrown to the scheduler,
 * which logs it; the ideas expired before it stay expired.
 */
export async function expireIdeas(services: Services, now: Date): Promise<number> {
  const db = services.db.kysely;
  const due = await db
    .selectFrom("ideas")
    .select(["id", "site_id", "state", "deadline_at", "state_before_hidden", "answer_kind"])
    .where(ideaWhere(pastDeadline(now)))
    .limit(500)
    .execute();
  let expired = 0;
  try {
    for (const idea of due) {
      try {
        await db
          .transaction()
          .execute((trx) => changeState(trx, { idea, action: "expire", actor: "system", actorUserId: null }, now));
        expired++;
      } catch (error) {
        if (!(error instanceof StateConflict)) throw error;
      }
    }
  } finally {
    if (expired) services.kickOutbox();
  }
  return expired;
}

/** Reminders to the site's officials at half-term and one week before the answer is due. */
export async function sendReminders(services: Services, now: Date): Promise<number> {
  const db = services.db.kysely;
  const owed = await db
    .selectFrom("ideas")
    .select(["id", "site_id", "title", "forwarded_at", "due_at", "response_days", "reminders_sent"])
    .where(ideaWhere(awaitingAnswer))
    .where("reminders_sent", "<", 2)
    .execute();
  let sent = 0;
  for (const idea of owed) {
    const facts = { forwardedAt: idea.forwarded_at!, dueAt: idea.due_at!, responseDays: idea.response_days };
    const want = remindersDue(facts, now);
    if (want <= idea.reminders_sent) continue;
    const site = (await db
      .selectFrom("sites")
      .selectAll()
      .where("id", "=", idea.site_id)
      .executeTakeFirstOrThrow()) as Site;
    const baseUrl = await siteBaseUrl(db, services.config, site);
    await db.transaction().execute(async (trx) => {
      // Claim the reminder first: only one process gets the row with the old count.
      const claimed = await trx
        .updateTable("ideas")
        .set({ reminders_sent: want })
        .where("id", "=", idea.id)
        .where("reminders_sent", "=", idea.reminders_sent)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      const officials = await trx
        .selectFrom("users")
        .innerJoin("user_roles", "user_roles.user_id", "users.id")
        .select(["users.id", "users.email", "users.display_name", "users.language", "users.unsubscribe_token"])
        .where("users.site_id", "=", idea.site_id)
        .where("user_roles.role", "=", "official")
        .where("users.deleted_at", "is", null)
        .execute();
      for (const o of officials) {
        if (!o.email) continue;
        await queueMail(
          trx,
          idea.site_id,
          reminderMail(
            {
              email: o.email,
              displayName: o.display_name,
              language: o.language,
              unsubscribeToken: o.unsubscribe_token,
            },
            { id: idea.id, title: idea.title, dueAt: idea.due_at! },
            want,
            baseUrl,
          ),
          now,
          { userId: o.id },
        );
        sent++;
      }
    });
  }
  if (sent) services.kickOutbox();
  return sent;
}

/** People whose oldest unsent daily notification (about the idea's news or a comment) is a day old. */
async function digestsDue(services: Services, dayAgo: string): Promise<number[]> {
  const db = services.db.kysely;
  const oldest = async (table: "idea_notifications" | "idea_comment_notifications") =>
    db
      .selectFrom(table)
      .select("user_id")
      .where("mode", "=", "daily")
      .where("sent_at", "is", null)
      .groupBy("user_id")
      .having((eb) => eb.fn.min("created_at"), "<=", dayAgo)
      .execute();
  const users = [...(await oldest("idea_notifications")), ...(await oldest("idea_comment_notifications"))];
  return [...new Set(users.map((u) => u.user_id))];
}

/** One digest a day: sent when a person's oldest unsent notification is a day old. */
export async function sendDigests(services: Services, now: Date): Promise<number> {
  const db = services.db.kysely;
  const dayAgo = iso(new Date(now.getTime() - 86_400_000));
  let sent = 0;
  for (const user_id of await digestsDue(services, dayAgo)) {
    await db.transaction().execute(async (trx) => {
      const user = await trx.selectFrom("users").selectAll().where("id", "=", user_id).executeTakeFirstOrThrow();
      const pending = await trx
        .selectFrom("idea_notifications")
        .innerJoin("idea_events", "idea_events.id", "idea_notifications.event_id")
        .innerJoin("ideas", "ideas.id", "idea_events.idea_id")
        .selectAll("idea_events")
        .select([
          "idea_notifications.id as notification_id",
          "ideas.title",
          "ideas.council_name",
          "ideas.answer_kind",
          "ideas.meeting_at",
        ])
        .where("idea_notifications.user_id", "=", user_id)
        .where("idea_notifications.mode", "=", "daily")
        .where("idea_notifications.sent_at", "is", null)
        .orderBy("idea_events.id")
        .execute();
      const comments = await trx
        .selectFrom("idea_comment_notifications as n")
        .innerJoin("idea_comments", "idea_comments.id", "n.comment_id")
        .innerJoin("ideas", "ideas.id", "idea_comments.idea_id")
        .select(["n.id as notification_id", "n.reason", "idea_comments.id", "idea_comments.idea_id"])
        .select(["idea_comments.body", "idea_comments.hidden_reason", "ideas.title"])
        .where("n.user_id", "=", user_id)
        .where("n.mode", "=", "daily")
        .where("n.sent_at", "is", null)
        .orderBy("n.id")
        .execute();
      const claim = async (table: "idea_notifications" | "idea_comment_notifications", ids: number[]) =>
        ids.length === 0
          ? 0
          : Number(
              (
                await trx
                  .updateTable(table)
                  .set({ sent_at: iso(now) })
                  .where("id", "in", ids)
                  .where("sent_at", "is", null)
                  .executeTakeFirst()
              ).numUpdatedRows,
            );
      const eventIds = pending.map((p) => p.notification_id);
      const commentIds = comments.map((c) => c.notification_id);
      // Claim first: only the process that claims every row sends the digest.
      const claimed =
        (await claim("idea_notifications", eventIds)) + (await claim("idea_comment_notifications", commentIds));
      if (claimed !== eventIds.length + commentIds.length || !user.email || user.notify_mode !== "daily") return;
      const site = (await trx
        .selectFrom("sites")
        .selectAll()
        .where("id", "=", user.site_id)
        .executeTakeFirstOrThrow()) as Site;
      const lines = [
        ...pending.map((p) => eventSentence(user.language, p, toMailIdea({ ...p, id: p.idea_id }))),
        // A comment hidden by a moderator since is not passed on.
        ...comments
          .filter((c) => c.hidden_reason === null)
          .map((c) => commentMessage(user.language, c.reason, c).paragraphs.join(" ")),
      ];
      if (lines.length === 0) return;
      await queueMail(
        trx,
        user.site_id,
        digestMail(
          {
            email: user.email,
            displayName: user.display_name,
            language: user.language,
            unsubscribeToken: user.unsubscribe_token,
          },
          lines,
          await siteBaseUrl(trx, services.config, site),
        ),
        now,
        { userId: user.id },
      );
      sent++;
    });
  }
  if (sent) services.kickOutbox();
  return sent;
}

export const ideaJobs: ScheduledJob[] = [
  {
    name: "ideas.expire",
    everySeconds: 60,
    run: async (s, now) => {
      await expireIdeas(s, now);
    },
  },
  {
    name: "ideas.reminders",
    everySeconds: 300,
    run: async (s, now) => {
      await sendReminders(s, now);
    },
  },
  {
    name: "ideas.digests",
    everySeconds: 600,
    run: async (s, now) => {
      await sendDigests(s, now);
    },
  },
  {
    name: "ideas.paper-names",
    everySeconds: 3600,
    run: async (s, now) => {
      await erasePaperNames(s, now);
    },
  },
];
