// After the provider vouched for a person: find their account by the keyed hash of issuer and
// subject, or link the identity to the account that is signed in, or make a new account (no
// e-mail address or password; the person may add an address later for notifications). Then a new
// session, as at every log-in. One transaction: a refused link or a lost race creates nothing.
import { audit } from "../../audit/log";
import { createSession, endSession } from "../../auth/sessions";
import { newToken } from "../../auth/tokens";
import { iso } from "../../db/time";
import type { Site } from "../../db/types";
import type { Services } from "../../services";
import { isUniqueViolation } from "../../sites/constraint-errors";
import type { VerifiedClaims } from "../claims";
import { findIdentity, identitiesOf, linkIdentity, recordVerification, touchIdentity } from "../identities";
import { SignInError } from "../sign-in-error";
import { subjectHash } from "../subject-hash";

/** The name of a new account when the provider gives none (the person can see it on /account). */
export const NEW_ACCOUNT_NAME = "Inwoner";

export interface ProvenIdentity {
  providerSlug: string;
  issuer: string;
  subject: string;
  claims: VerifiedClaims;
  language: "nl" | "en";
  /** Link to this (signed-in) account instead of signing in. */
  linkUserId: number | null;
  previousToken?: string | null;
}

export interface IdentitySignIn {
  token: string;
  userId: number;
  outcome: "signedIn" | "created" | "linked";
}

export async function signInWithIdentity(
  services: Services,
  site: Site,
  proven: ProvenIdentity,
): Promise<IdentitySignIn> {
  const now = services.clock();
  const hash = subjectHash(services.secret, proven.issuer, proven.subject);
  try {
    return await services.db.kysely.transaction().execute(async (trx) => {
      const existing = await findIdentity(trx, site.id, hash);
      let userId: number;
      let outcome: IdentitySignIn["outcome"] = "signedIn";
      if (proven.linkUserId !== null) {
        if (existing && existing.user_id !== proven.linkUserId) throw new SignInError("takenByOther");
        if (!existing) {
          const others = await identitiesOf(trx, proven.linkUserId);
          if (others.some((i) => i.issuer === proven.issuer)) throw new SignInError("otherIdentity");
          await linkIdentity(trx, { siteId: site.id, userId: proven.linkUserId, issuer: proven.issuer, hash }, now);
          outcome = "linked";
        } else await touchIdentity(trx, existing.id, now);
        userId = proven.linkUserId;
      } else if (existing) {
        await touchIdentity(trx, existing.id, now);
        userId = existing.user_id;
      } else {
        const user = await trx
          .insertInto("users")
          .values({
            site_id: site.id,
            email: null,
            email_verified_at: null,
            password_hash: null,
            display_name: proven.claims.displayName ?? NEW_ACCOUNT_NAME,
            language: proven.language,
            postcode: proven.claims.postcode,
            notify_mode: "immediate",
            unsubscribe_token: newToken(),
            created_at: iso(now),
            deleted_at: null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        userId = user.id;
        await linkIdentity(trx, { siteId: site.id, userId, issuer: proven.issuer, hash }, now);
        outcome = "created";
      }
      await recordVerification(trx, userId, proven.claims, now);
      if (outcome !== "signedIn") {
        await audit(
          trx,
          {
            siteId: site.id,
            actorUserId: userId,
            action: outcome === "created" ? "identity.accountCreated" : "identity.linked",
            subject: `user:${userId}`,
            details: { issuer: proven.issuer },
          },
          now,
        );
      }
      if (proven.previousToken) await endSession(trx, proven.previousToken);
      const token = await createSession(
        trx,
        userId,
        site.id,
        now,
        services.config.sessionMaxHours,
        proven.providerSlug,
      );
      return { token, userId, outcome };
    });
  } catch (error) {
    // Two sign-ins of the same person at once: the other one made the link first.
    if (isUniqueViolation(error)) throw new SignInError("takenByOther", "unique link raced");
    throw error;
  }
}
