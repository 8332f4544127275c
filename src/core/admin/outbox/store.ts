// The outbox rows of one site, for /admin/outbox. Rows without a site (installation-wide work) are
// not shown to any site's admin.
import type { Executor } from "../../db/database";
import { iso } from "../../db/time";

export type OutboxStatus = "pending" | "done" | "failed";
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ["pending", "done", "failed"];

export interface OutboxItem {
  id: number;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  lastError: string | null;
  /** For mail only: who it went to, its subject and its text as stored: a secret link (verify,
   *  reset, new address) is only a placeholder there, as the worker creates it at send time. */
  mail: { to: string; subject: string; text: string } | null;
}

function mailOf(kind: string, payload: string): OutboxItem["mail"] {
  if (kind !== "mail") return null;
  try {
    const p = JSON.parse(payload) as Record<string, unknown>;
    const text = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : "");
    return { to: text("to"), subject: text("subject"), text: text("text") };
  } catch {
    return null;
  }
}

function query(db: Executor, siteId: number, status?: OutboxStatus) {
  let q = db.selectFrom("outbox").where("site_id", "=", siteId);
  if (status) q = q.where("status", "=", status);
  return q;
}

export async function countOutbox(db: Executor, siteId: number, status?: OutboxStatus): Promise<number> {
  const row = await query(db, siteId, status)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listOutbox(
  db: Executor,
  siteId: number,
  limit: number,
  offset: number,
  status?: OutboxStatus,
): Promise<OutboxItem[]> {
  const rows = await query(db, siteId, status).selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    status: r.status,
    attempts: r.attempts,
    createdAt: r.created_at,
    lastError: r.last_error,
    mail: mailOf(r.kind, r.payload),
  }));
}

export async function findOutboxItem(db: Executor, siteId: number, id: number): Promise<OutboxItem | undefined> {
  const r = await db
    .selectFrom("outbox")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  return (
    r && {
      id: r.id,
      kind: r.kind,
      status: r.status,
      attempts: r.attempts,
      createdAt: r.created_at,
      lastError: r.last_error,
      mail: mailOf(r.kind, r.payload),
    }
  );
}

/**
 * Puts a failed row back in the queue with a fresh set of attempts. Conditional on its status, so
 * two admins clicking at once, or a worker, cannot retry it twice. Returns whether it was failed.
 */
export async function retryOutboxItem(db: Executor, siteId: number, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "pending", attempts: 0, next_attempt_at: iso(now) })
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .where("status", "=", "failed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
