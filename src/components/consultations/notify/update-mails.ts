// After commit, a consultation's update is mailed to its followers (outbox kind UPDATE_EVENT).
// The notification setting of each person holds: "never" gets nothing; "immediately" and "daily"
// both get the update now, because updates are rare and the ideas digest is that component's own.
// One (update, person) row per mail, so a retried outbox row never mails twice.
import type { OutboxHandler } from "../../../core/components";
import type { Site } from "../../../core/db/types";
import { translator } from "../../../core/i18n/catalog";
import { renderMail } from "../../../core/mail/render";
import { queueMail } from "../../../core/mail/queue";
import type { Services } from "../../../core/services";
import { siteBaseUrl } from "../../../core/sites/urls";
import { markdownToText } from "../../../core/text/markdown";
import "../store/page-tables";
import "../store/tables";

export const UPDATE_EVENT = "consultations.update";

export async function mailUpdate(services: Services, updateId: number): Promise<void> {
  const db = services.db.kysely;
  const now = services.clock();
  const update = await db
    .selectFrom("consultation_updates")
    .innerJoin("consultations", "consultations.id", "consultation_updates.consultation_id")
    .select([
      "consultation_updates.id",
      "consultation_updates.title",
      "consultation_updates.body",
      "consultations.id as consultation_id",
      "consultations.title as consultation_title",
      "consultations.site_id",
    ])
    .where("consultation_updates.id", "=", updateId)
    .executeTakeFirst();
  if (!update) return; // removed with its consultation: nothing to tell
  const site = (await db
    .selectFrom("sites")
    .selectAll()
    .where("id", "=", update.site_id)
    .executeTakeFirstOrThrow()) as Site;
  const baseUrl = await siteBaseUrl(db, services.config, site);
  const followers = await db
    .selectFrom("users")
    .innerJoin("consultation_follows", "consultation_follows.user_id", "users.id")
    .select(["users.id", "users.email", "users.display_name", "users.language", "users.unsubscribe_token"])
    .where("consultation_follows.consultation_id", "=", update.consultation_id)
    .where("users.deleted_at", "is", null)
    .where("users.email", "is not", null)
    .where("users.notify_mode", "!=", "never")
    .orderBy("users.id")
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const p of followers) {
      const fresh = await trx
        .insertInto("consultation_update_mails")
        .values({ update_id: update.id, user_id: p.id })
        .onConflict((oc) => oc.columns(["update_id", "user_id"]).doNothing())
        .returning("user_id")
        .executeTakeFirst();
      if (!fresh) continue;
      const t = translator(p.language);
      const values = { consultation: update.consultation_title, title: update.title };
      const message = renderMail({
        to: p.email!,
        lang: p.language,
        subject: t("consultations.updates.mail.subject", values),
        greeting: t("consultations.updates.mail.greeting", { name: p.display_name }),
        paragraphs: [t("consultations.updates.mail.intro", values), markdownToText(update.body, 1000)],
        action: {
          label: t("consultations.updates.mail.open"),
          url: `${baseUrl}/raadplegingen/${update.consultation_id}`,
        },
        footer: t("consultations.updates.mail.footer"),
        unsubscribeUrl: `${baseUrl}/afmelden/${p.unsubscribe_token}`,
      });
      await queueMail(trx, site.id, message, now, { userId: p.id });
    }
  });
  services.kickOutbox();
}

export const updateMailHandler: OutboxHandler = (services, payload) =>
  mailUpdate(services, Number((payload as { updateId?: unknown })?.updateId));
