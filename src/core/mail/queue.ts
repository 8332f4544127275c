// Puts a mail in the outbox inside the caller's transaction; the outbox worker sends it after commit.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { MailMessage } from "./transport";

export async function queueMail(trx: Executor, siteId: number | null, message: MailMessage, now: Date): Promise<void> {
  await queueEvent(trx, siteId, "mail", message, now);
}

/** Writes a component event; the component's outbox handler runs it after commit. */
export async function queueEvent(
  trx: Executor,
  siteId: number | null,
  kind: string,
  payload: unknown,
  now: Date,
): Promise<void> {
  await trx
    .insertInto("outbox")
    .values({
      site_id: siteId,
      kind,
      payload: JSON.stringify(payload),
      status: "pending",
      attempts: 0,
      next_attempt_at: iso(now),
      created_at: iso(now),
    })
    .execute();
}
