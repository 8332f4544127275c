// Server-side sessions: the cookie holds a random token, the database its hash.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { Role } from "../db/types";
import { sessionAlive, shouldTouch } from "./session-rules";
import { hashToken, newToken } from "./tokens";

export interface CurrentUser {
  id: number;
  siteId: number;
  displayName: string;
  email: string;
  emailVerified: boolean;
  language: "nl" | "en";
  roles: ReadonlySet<Role>;
}

export async function createSession(db: Executor, userId: number, siteId: number, now: Date, maxHours: number): Promise<string> {
  const token = newToken();
  await db.insertInto("sessions").values({
    id_hash: hashToken(token),
    user_id: userId,
    site_id: siteId,
    created_at: iso(now),
    last_seen_at: iso(now),
    expires_at: iso(new Date(now.getTime() + maxHours * 3_600_000)),
  }).execute();
  return token;
}

export async function loadSessionUser(db: Executor, token: string, siteId: number, now: Date, idleMinutes: number): Promise<CurrentUser | null> {
  const idHash = hashToken(token);
  const row = await db.selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.created_at", "sessions.last_seen_at", "sessions.expires_at", "sessions.site_id",
      "users.id", "users.display_name", "users.email", "users.email_verified_at", "users.language", "users.deleted_at"])
    .where("sessions.id_hash", "=", idHash)
    .executeTakeFirst();
  if (!row || row.site_id !== siteId || row.deleted_at || !row.email) return null;
  const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  if (!sessionAlive(times, now, idleMinutes)) {
    await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  if (shouldTouch(times, now)) {
    await db.updateTable("sessions").set({ last_seen_at: iso(now) }).where("id_hash", "=", idHash).execute();
  }
  const roles = await db.selectFrom("user_roles").select("role").where("user_id", "=", row.id).execute();
  return {
    id: row.id,
    siteId: row.site_id,
    displayName: row.display_name,
    email: row.email,
    emailVerified: row.email_verified_at !== null,
    language: row.language,
    roles: new Set<Role>(["resident", ...roles.map((r) => r.role)]),
  };
}

export async function endSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", hashToken(token)).execute();
}

export async function endAllSessions(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
