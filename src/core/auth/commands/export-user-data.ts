// "Download my data" (GDPR art. 15 and 20): the account, its roles and sessions, and what each
// component holds about the user. Secrets (password hash, token hashes) are never included.
import type { Site } from "../../db/types";
import type { Services } from "../../services";
import { findUserById, rolesOf } from "../users";

export async function exportUserData(services: Services, site: Site, userId: number): Promise<Record<string, unknown>> {
  const db = services.db.kysely;
  const user = await findUserById(db, site.id, userId);
  if (!user) throw new Error(`No user ${userId} on site ${site.id}`);
  const sessions = await db
    .selectFrom("sessions")
    .select(["created_at", "last_seen_at", "expires_at"])
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .execute();
  const components: Record<string, unknown> = {};
  for (const component of services.components) {
    if (component.exportUserData) components[component.name] = await component.exportUserData(services, userId);
  }
  return {
    exportedAt: services.clock().toISOString(),
    site: site.name,
    account: {
      email: user.email,
      emailVerifiedAt: user.email_verified_at,
      displayName: user.display_name,
      language: user.language,
      postcode: user.postcode,
      notifications: user.notify_mode,
      createdAt: user.created_at,
      roles: await rolesOf(db, userId),
    },
    sessions: sessions.map((s) => ({ createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at })),
    contributions: components,
  };
}
