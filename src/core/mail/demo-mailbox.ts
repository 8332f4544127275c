// The demo without a mail server (`inspraak serve --demo`, no SMTP_URL): a mail to an account is
// kept for that account, which reads it at /account/post after logging in. So a resident trying
// the demo can confirm their address, while staff never see anyone's link (the admin outbox hides
// it). Only in the demo: anyone can "receive" mail for any address here, so the address proves
// nothing. Mail to an inbox without an account (a council) is only logged.
import type { Logger } from "pino";
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import { logUnsentMail, type MailTransport } from "./transport";

/** How many mails an account keeps; older ones go, so the table cannot grow without bound. */
export const DEMO_MAILBOX_SIZE = 20;

export function demoMailboxTransport(db: Executor, log: Logger, clock: () => Date): MailTransport {
  return {
    kind: "mailbox",
    async send(message, envelope) {
      if (!envelope?.userId || envelope.siteId === null) {
        logUnsentMail(log, message, "no account to keep it for");
        return;
      }
      await db
        .insertInto("demo_mailbox")
        .values({
          site_id: envelope.siteId,
          user_id: envelope.userId,
          subject: message.subject,
          text: message.text,
          created_at: iso(clock()),
        })
        .execute();
      const keep = db
        .selectFrom("demo_mailbox")
        .select("id")
        .where("user_id", "=", envelope.userId)
        .orderBy("id", "desc")
        .limit(DEMO_MAILBOX_SIZE);
      await db.deleteFrom("demo_mailbox").where("user_id", "=", envelope.userId).where("id", "not in", keep).execute();
      logUnsentMail(log, message, "kept for its recipient at /account/post (demo)");
    },
    close() {},
  };
}

export interface DemoMail {
  id: number;
  subject: string;
  text: string;
  createdAt: string;
}

/** The account's own demo mail, newest first. */
export async function demoMailOf(db: Executor, siteId: number, userId: number): Promise<DemoMail[]> {
  const rows = await db
    .selectFrom("demo_mailbox")
    .select(["id", "subject", "text", "created_at"])
    .where("site_id", "=", siteId)
    .where("user_id", "=", userId)
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => ({ id: r.id, subject: r.subject, text: r.text, createdAt: r.created_at }));
}
