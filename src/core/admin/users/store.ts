// Finding the accounts of one site for the admin area. Search is case-insensitive on both
// databases (lower() on both sides; LIKE is case-sensitive on PostgreSQL).
import { sql } from "kysely";
import type { Executor } from "../../db/database";
import { forUpdate } from "../../db/locks";
import type { Role, User } from "../../db/types";
import { hasLevel } from "../../participation/level-sql";
import type { VerificationLevel } from "../../participation/verification-level";

export interface UserRow extends User {
  roles: Role[];
}

const likePattern = (q: string): string => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchQuery(db: Executor, siteId: number, q: string, level: VerificationLevel | null = null) {
  let query = db.selectFrom("users").where("site_id", "=", siteId);
  if (level) query = query.where(hasLevel(level));
  if (q) {
    const pattern = likePattern(q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(display_name)`, "like", sql`${pattern} escape '\\'`),
        eb(sql`lower(coalesce(email, ''))`, "like", sql`${pattern} escape '\\'`),
      ]),
    );
  }
  return query;
}

export async function countUsers(
  db: Executor,
  siteId: number,
  q: string,
  level: VerificationLevel | null = null,
): Promise<number> {
  const row = await searchQuery(db, siteId, q, level)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function searchUsers(
  db: Executor,
  siteId: number,
  q: string,
  limit: number,
  offset: number,
  level: VerificationLevel | null = null,
): Promise<UserRow[]> {
  const users = await searchQuery(db, siteId, q, level)
    .selectAll()
    .orderBy("display_name")
    .orderBy("id")
    .limit(limit)
    .offset(offset)
    .execute();
  if (users.length === 0) return [];
  const roles = await db
    .selectFrom("user_roles")
    .select(["user_id", "role"])
    .where(
      "user_id",
      "in",
      users.map((u) => u.id),
    )
    .execute();
  return users.map((u) => ({
    ...u,
    roles: ["resident", ...roles.filter((r) => r.user_id === u.id).map((r) => r.role)] as Role[],
  }));
}

/** Admins of the site whose account still exists. */
export async function countAdmins(db: Executor, siteId: number): Promise<number> {
  const row = await db
    .selectFrom("user_roles")
    .innerJoin("users", "users.id", "user_roles.user_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("users.site_id", "=", siteId)
    .where("user_roles.role", "=", "admin")
    .where("users.deleted_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Serialises role changes per site, so two admins demoting each other at once cannot leave the site
 * without an admin. SQLite's write transaction is already exclusive; PostgreSQL locks the site row.
 */
export async function lockSiteForRoleChange(trx: Executor, siteId: number): Promise<void> {
  await forUpdate(trx, trx.selectFrom("sites").select("id").where("id", "=", siteId)).execute();
}
