// Reading the audit log of one site, newest first, for /admin/audit.
import type { Executor } from "../db/database";

export interface AuditEntry {
  id: number;
  createdAt: string;
  actorName: string | null;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function countAuditEntries(db: Executor, siteId: number): Promise<number> {
  const row = await db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("site_id", "=", siteId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAuditEntries(
  db: Executor,
  siteId: number,
  limit: number,
  offset: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_user_id")
    .select([
      "audit_log.id",
      "audit_log.created_at",
      "audit_log.action",
      "audit_log.subject",
      "audit_log.details",
      "users.display_name",
    ])
    .where("audit_log.site_id", "=", siteId)
    .orderBy("audit_log.id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at,
    actorName: r.display_name ?? null,
    action: r.action,
    subject: r.subject,
    details: parseDetails(r.details),
  }));
}
