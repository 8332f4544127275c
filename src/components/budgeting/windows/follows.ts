// Following a budget process: a resident asks to be told when proposals or voting open. One row
// per (process, person); following twice is still one row. Mails respect the account's
// notification setting (never: no mail) and go through the outbox.
import type { Executor } from "../../../core/db/database";
import { iso } from "../../../core/db/time";
import "./tables";

export async function setFollowing(
  db: Executor,
  processId: number,
  userId: number,
  follow: boolean,
  now: Date,
): Promise<void> {
  if (follow)
    await db
      .insertInto("budget_follows")
      .values({ process_id: processId, user_id: userId, created_at: iso(now) })
      .onConflict((oc) => oc.columns(["process_id", "user_id"]).doNothing())
      .execute();
  else
    await db.deleteFrom("budget_follows").where("process_id", "=", processId).where("user_id", "=", userId).execute();
}

export async function isFollowing(db: Executor, processId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom("budget_follows")
    .select("user_id")
    .where("process_id", "=", processId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The followers to mail: accounts that still exist, have an address and did not turn mail off. */
export async function followersToMail(db: Executor, processId: number) {
  return db
    .selectFrom("budget_follows")
    .innerJoin("users", "users.id", "budget_follows.user_id")
    .select(["users.id", "users.email", "users.display_name", "users.language", "users.unsubscribe_token"])
    .where("budget_follows.process_id", "=", processId)
    .where("users.deleted_at", "is", null)
    .where("users.email", "is not", null)
    .where("users.notify_mode", "!=", "never")
    .orderBy("users.id")
    .execute();
}
