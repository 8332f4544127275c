// Puts a mail in the outbox inside the caller's transaction; the outbox worker sends it after commit.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { QueuedMail } from "./secret-link";

export interface MailRecipient {
  /** The account the mail is for: deleting that account removes the mail from the outbox, and in
   *  the demo without a mail server the account reads it at /account/post. Null: no account. */
  userId: number | null;
}

export async function queueMail(
  trx: Executor,
  siteId: number | null,
  message: QueuedMail,
  now: Date,
  recipient: MailRecipient = { userId: null },
): Promise<void> {
  await insertOutboxRow(trx, siteId, "mail", message, now, recipient.userId);
}

/** Writes a component event; the component's outbox handler runs it after commit. */
export async function queueEvent(
  trx: Executor,
  siteId: number | null,
  kind: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  await insertOutboxRow(trx, siteId, kind, payload, now, null);
}

async function insertOutboxRow(
  trx: Executor,
  siteId: number | null,
  kind: string,
  payload: unknown,
  now: Date,
  userId: number | null,
): Promise<void> {
  await trx
    .insertInto("outbox")
    .values({
      site_id: siteId,
      kind,
      payload: JSON.stringify(payload),
      user_id: userId,
      status: "pending",
      attempts: 0,
      next_attempt_at: iso(now),
      created_at: iso(now),
    })
    .execute();
}
