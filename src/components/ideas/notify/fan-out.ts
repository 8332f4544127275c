// After commit, an idea event is fanned out to its author, supporters and followers according to
// each person's choice: immediately (a mail now), daily (collected for the digest) or never.
// One transaction per event, and a unique (event, user) row, so a retry never mails twice.
import type { OutboxHandler } from "../../../core/components";
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import type { Site } from "../../../core/db/types";
import { normalizeEmail } from "../../../core/auth/users";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import type { AnswerKind } from "../domain/states";
import { councilMail, type MailIdea, notificationMail, type Recipient } from "./mail-content";

async function recipients(db: Executor, ideaId: number, excludeUserId: number | null) {
  const idea = await db.selectFrom("ideas").select(["author_id"]).where("id", "=", ideaId).executeTakeFirstOrThrow();
  const supporters = db.selectFrom("idea_supports").select("user_id").where("idea_id", "=", ideaId);
  const followers = db.selectFrom("idea_follows").select("user_id").where("idea_id", "=", ideaId);
  return db
    .selectFrom("users")
    .select(["id", "email", "display_name", "language", "notify_mode", "unsubscribe_token"])
    .where((eb) => eb.or([eb("id", "=", idea.author_id), eb("id", "in", supporters), eb("id", "in", followers)]))
    .where("deleted_at", "is", null)
    .where("email", "is not", null)
    .where("notify_mode", "!=", "never")
    .$if(excludeUserId !== null, (q) => q.where("id", "!=", excludeUserId!))
    .execute();
}

/**
 * The council body's inbox addresses. An address that is also an account on this site (a council
 * member, as in the demo) gets the mail filed under that account, in its language: deleting the
 * account removes it, and in the demo without a mail server the member reads it at /account/post.
 */
export async function councilRecipients(db: Executor, siteId: number, councilEmails: string) {
  const addresses = [...new Set(councilEmails.split("\n").map(normalizeEmail).filter(Boolean))];
  if (addresses.length === 0) return [];
  const accounts = await db
    .selectFrom("users")
    .select(["id", "email", "language"])
    .where("site_id", "=", siteId)
    .where("email", "in", addresses)
    .where("deleted_at", "is", null)
    .execute();
  return addresses.map((email) => {
    const account = accounts.find((a) => a.email === email);
    return { email, userId: account?.id ?? null, language: account?.language ?? null };
  });
}

export async function fanOut(services: Services, eventId: number, withCouncil: boolean): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const event = await db.selectFrom("idea_events").selectAll().where("id", "=", eventId).executeTakeFirst();
  if (!event) return; // the idea was deleted with its events: nothing to tell
  const idea = await db
    .selectFrom("ideas")
    .innerJoin("idea_processes", "idea_processes.id", "ideas.process_id")
    .select([
      "ideas.id",
      "ideas.site_id",
      "ideas.title",
      "ideas.body",
      "ideas.support_count",
      "ideas.due_at",
      "ideas.council_name",
      "ideas.answer_kind",
      "ideas.meeting_at",
      "idea_processes.council_emails",
    ])
    .where("ideas.id", "=", event.idea_id)
    .executeTakeFirstOrThrow();
  const site = (await db
    .selectFrom("sites")
    .selectAll()
    .where("id", "=", idea.site_id)
    .executeTakeFirstOrThrow()) as Site;
  const baseUrl = await siteBaseUrl(db, services.config, site);
  const people = await recipients(db, idea.id, event.actor_user_id);
  const mailIdea = toMailIdea(idea);
  await db.transaction().execute(async (trx) => {
    for (const p of people) {
      const mode = p.notify_mode === "daily" ? "daily" : "immediate";
      const fresh = await trx
        .insertInto("idea_notifications")
        .values({
          event_id: event.id,
          user_id: p.id,
          mode,
          created_at: iso(now),
          sent_at: mode === "immediate" ? iso(now) : null,
        })
        .onConflict((oc) => oc.columns(["event_id", "user_id"]).doNothing())
        .returning("id")
        .executeTakeFirst();
      if (!fresh || mode === "daily") continue;
      const r: Recipient = {
        email: p.email!,
        displayName: p.display_name,
        language: p.language,
        unsubscribeToken: p.unsubscribe_token,
      };
      await queueMail(trx, site.id, notificationMail(r, event, mailIdea, baseUrl), now, { userId: p.id });
    }
    if (withCouncil) {
      const siteLang = site.languages.startsWith("en") ? "en" : "nl";
      for (const to of await councilRecipients(trx, site.id, idea.council_emails)) {
        const councilIdea = {
          id: idea.id,
          title: idea.title,
          body: idea.body,
          supportCount: idea.support_count,
          dueAt: idea.due_at!,
          councilName: idea.council_name,
        };
        await queueMail(trx, site.id, councilMail(to.email, to.language ?? siteLang, councilIdea, baseUrl), now, {
          userId: to.userId,
        });
      }
    }
  });
  services.kickOutbox();
}

/** The facts of an idea that notification mails name (store row → mail-content's MailIdea). */
export const toMailIdea = (idea: {
  id: number;
  title: string;
  council_name: string;
  answer_kind: AnswerKind | null;
  meeting_at: string | null;
}): MailIdea => ({
  id: idea.id,
  title: idea.title,
  councilName: idea.council_name,
  answerKind: idea.answer_kind,
  meetingAt: idea.meeting_at,
});

const payloadId = (payload: unknown): number => Number((payload as { eventId?: unknown })?.eventId);

export const notifyHandler: OutboxHandler = (services, payload) => fanOut(services, payloadId(payload), false);
export const forwardedHandler: OutboxHandler = (services, payload) => fanOut(services, payloadId(payload), true);
