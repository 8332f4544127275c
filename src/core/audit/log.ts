// The audit log of privileged actions (role changes, site edits, moderation, official answers),
// written in the same transaction as the action itself.
import type { Executor } from "../db/database";
import { iso } from "../db/time";

export async function audit(
  db: Executor,
  entry: {
    siteId: number;
    actorUserId: number | null;
    action: string;
    subject: string;
    details?: Record<string, unknown>;
  },
  now: Date,
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      site_id: entry.siteId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject: entry.subject,
      details: JSON.stringify(entry.details ?? {}),
      created_at: iso(now),
    })
    .execute();
}
