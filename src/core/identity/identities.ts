// Linked identities: which account a provider's person belongs to on this site.
import type { Executor } from "../db/database";
import { iso } from "../db/time";
import type { UserIdentity } from "../db/types";
import type { VerifiedClaims } from "./claims";

export async function findIdentity(db: Executor, siteId: number, hash: string): Promise<UserIdentity | undefined> {
  return db
    .selectFrom("user_identities")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("subject_hash", "=", hash)
    .executeTakeFirst();
}

export async function identitiesOf(db: Executor, userId: number): Promise<UserIdentity[]> {
  return db.selectFrom("user_identities").selectAll().where("user_id", "=", userId).orderBy("created_at").execute();
}

export async function linkIdentity(
  db: Executor,
  link: { siteId: number; userId: number; issuer: string; hash: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto("user_identities")
    .values({
      site_id: link.siteId,
      user_id: link.userId,
      issuer: link.issuer,
      subject_hash: link.hash,
      created_at: iso(now),
      last_used_at: iso(now),
    })
    .execute();
}

export async function touchIdentity(db: Executor, id: number, now: Date): Promise<void> {
  await db
    .updateTable("user_identities")
    .set({ last_used_at: iso(now) })
    .where("id", "=", id)
    .execute();
}

/**
 * Every sign-in refreshes what the provider vouches for (a person moves, a claim gets mapped). It
 * also replaces a letter's verification: the provider is the fresher and stronger source, and its
 * postcode decides the area from then on.
 */
export async function recordVerification(db: Executor, userId: number, claims: VerifiedClaims, now: Date) {
  await db
    .updateTable("users")
    .set({
      identity_verified_at: iso(now),
      verified_postcode: claims.postcode,
      verified_birthdate: claims.birthdate,
      verification_method: "provider",
      verified_area_id: null,
    })
    .where("id", "=", userId)
    .execute();
}
