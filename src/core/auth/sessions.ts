// Server-side sessions: the cookie holds a random token, the database its hash.
import { sql } from "kysely";
import type { Db, Executor } from "../db/database";
import { commaList } from "../db/aggregates";
import { iso } from "../db/time";
import type { Role } from "../db/types";
import { type Participant, participantOf } from "../participation/participant";
import { sessionAlive, shouldTouch } from "./session-rules";
import { hashToken, newToken } from "./tokens";

export interface CurrentUser {
  id: number;
  siteId: number;
  displayName: string;
  /** Null for an account made by signing in through a provider, until the person adds one. */
  email: string | null;
  emailVerified: boolean;
  language: "nl" | "en";
  roles: ReadonlySet<Role>;
  /** Verification level and verified claims, for the participation rules (core/participation). */
  participant: Participant;
}

export async function createSession(
  db: Executor,
  userId: number,
  siteId: number,
  now: Date,
  maxHours: number,
  /** The provider's slug when signed in through one: log-out then ends that session too. */
  identityProvider: string | null = null,
): Promise<string> {
  const token = newToken();
  await db
    .insertInto("sessions")
    .values({
      id_hash: hashToken(token),
      user_id: userId,
      site_id: siteId,
      created_at: iso(now),
      last_seen_at: iso(now),
      expires_at: iso(new Date(now.getTime() + maxHours * 3_600_000)),
      identity_provider: identityProvider,
    })
    .execute();
  return token;
}

// Runs on every request of a logged-in visitor, so it is one hand-written query (session, account
// and roles together): building it with the query builder cost more than running it.
export async function loadSessionUser(
  db: Db,
  token: string,
  siteId: number,
  now: Date,
  idleMinutes: number,
): Promise<CurrentUser | null> {
  const idHash = hashToken(token);
  const roleList = commaList(db.dialect, "role");
  const { rows } = await sql<SessionRow>`
    select s.created_at, s.last_seen_at, s.expires_at, s.site_id, u.id, u.display_name, u.email,
           u.email_verified_at, u.language, u.deleted_at,
           u.identity_verified_at, u.verified_postcode, u.verified_birthdate, u.verified_area_id,
           (select ${roleList} from user_roles r where r.user_id = u.id) as roles
    from sessions s join users u on u.id = s.user_id
    where s.id_hash = ${idHash}`.execute(db.kysely);
  const row = rows[0];
  if (!row || row.site_id !== siteId || row.deleted_at) return null;
  const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
  if (!sessionAlive(times, now, idleMinutes)) {
    await db.kysely.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
    return null;
  }
  if (shouldTouch(times, now)) {
    await db.kysely
      .updateTable("sessions")
      .set({ last_seen_at: iso(now) })
      .where("id_hash", "=", idHash)
      .execute();
  }
  return {
    id: row.id,
    siteId: row.site_id,
    displayName: row.display_name,
    email: row.email,
    emailVerified: row.email_verified_at !== null,
    language: row.language,
    roles: new Set<Role>(["resident", ...((row.roles ? row.roles.split(",") : []) as Role[])]),
    participant: participantOf(row),
  };
}

interface SessionRow {
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  site_id: number;
  id: number;
  display_name: string;
  email: string | null;
  email_verified_at: string | null;
  language: "nl" | "en";
  deleted_at: string | null;
  identity_verified_at: string | null;
  verified_postcode: string | null;
  verified_birthdate: string | null;
  verified_area_id: number | null;
  roles: string | null;
}

/** Ends the session; returns the provider it was signed in with, if any (to end that one too). */
export async function endSession(db: Executor, token: string): Promise<string | null> {
  const row = await db
    .deleteFrom("sessions")
    .where("id_hash", "=", hashToken(token))
    .returning("identity_provider")
    .executeTakeFirst();
  return row?.identity_provider ?? null;
}

export async function endAllSessions(db: Executor, userId: number): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}
