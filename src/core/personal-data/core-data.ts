// Core's own personal data: the account, its roles, sessions, links, mail and demo mail. The
// account row itself stays, emptied: kept contributions and audit entries still point to it, and
// pages show it as "former participant" (display-name.ts).
import { DELETED_DISPLAY_NAME } from "../auth/display-name";
import { newToken } from "../auth/tokens";
import { rolesOf } from "../auth/users";
import { iso } from "../db/time";
import { verificationLevel } from "../participation/verification-level";
import type { PersonalData } from "./types";

export const coreData: PersonalData = {
  tables: {
    settings: "not personal",
    sites: "not personal",
    site_hosts: "not personal",
    areas: "not personal",
    users: "anonymised",
    user_roles: "removed",
    sessions: "removed",
    tokens: "removed",
    outbox: "removed",
    demo_mailbox: "removed",
    audit_log: "kept",
    rate_limits: "removed",
    identity_providers: "not personal",
    user_identities: "removed",
    oidc_logins: "removed",
    letter_batches: "kept",
    letter_codes: "anonymised",
    site_places: "not personal",
    participation_rules: "not personal",
    paper_batches: "kept",
  },

  async export(db, person) {
    const user = await db
      .selectFrom("users")
      .selectAll()
      .where("id", "=", person.id)
      .where("site_id", "=", person.siteId)
      .executeTakeFirstOrThrow();
    const sessions = await db
      .selectFrom("sessions")
      .select(["created_at", "last_seen_at", "expires_at"])
      .where("user_id", "=", person.id)
      .orderBy("created_at")
      .execute();
    const mail = await db
      .selectFrom("outbox")
      .select(["payload", "status", "created_at", "done_at"])
      .where("user_id", "=", person.id)
      .where("kind", "=", "mail")
      .orderBy("id")
      .execute();
    // Linked identities: which provider and since when, never the hash (it identifies the person
    // at the provider and is of no use to them).
    const identities = await db
      .selectFrom("user_identities")
      .select(["issuer", "created_at", "last_used_at"])
      .where("user_id", "=", person.id)
      .orderBy("created_at")
      .execute();
    // The letter code the account was verified with: when, and for which postcode and area. The
    // code itself is not stored, so it cannot be given.
    const letterCodes = await db
      .selectFrom("letter_codes as c")
      .leftJoin("areas as a", "a.id", "c.area_id")
      .select(["c.used_at", "c.postcode", "a.name as area"])
      .where("c.used_by_user_id", "=", person.id)
      .where("c.site_id", "=", person.siteId)
      .orderBy("c.used_at")
      .execute();
    const verifiedArea = user.verified_area_id
      ? await db.selectFrom("areas").select("name").where("id", "=", user.verified_area_id).executeTakeFirst()
      : undefined;
    return {
      account: {
        email: user.email,
        emailVerifiedAt: user.email_verified_at,
        displayName: user.display_name,
        language: user.language,
        postcode: user.postcode,
        notifications: user.notify_mode,
        createdAt: user.created_at,
        roles: await rolesOf(db, person.id),
        verificationLevel: verificationLevel(user),
        verificationMethod: user.verification_method,
        identityVerifiedAt: user.identity_verified_at,
        verifiedPostcode: user.verified_postcode,
        verifiedBirthdate: user.verified_birthdate,
        verifiedArea: verifiedArea?.name ?? null,
      },
      linkedIdentities: identities.map((i) => ({
        issuer: i.issuer,
        linkedAt: i.created_at,
        lastUsedAt: i.last_used_at,
      })),
      letterCodesUsed: letterCodes.map((c) => ({ usedAt: c.used_at, postcode: c.postcode, area: c.area })),
      sessions: sessions.map((s) => ({ createdAt: s.created_at, lastSeenAt: s.last_seen_at, expiresAt: s.expires_at })),
      // What we mailed (or will mail) to the person: subject and dates. The texts are the mails
      // themselves, which the person has.
      mail: mail.map((m) => ({
        subject: subjectOf(m.payload),
        status: m.status,
        createdAt: m.created_at,
        sentAt: m.done_at,
      })),
    };
  },

  async erase(trx, person, now) {
    await trx
      .updateTable("users")
      .set({
        email: null,
        email_verified_at: null,
        password_hash: null,
        display_name: DELETED_DISPLAY_NAME,
        postcode: null,
        identity_verified_at: null,
        verified_postcode: null,
        verified_birthdate: null,
        verification_method: null,
        verified_area_id: null,
        notify_mode: "never",
        // The old unsubscribe link must not identify the account any more.
        unsubscribe_token: newToken(),
        deleted_at: iso(now),
      })
      .where("id", "=", person.id)
      .where("site_id", "=", person.siteId)
      .execute();
    await trx.deleteFrom("sessions").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("tokens").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("user_roles").where("user_id", "=", person.id).execute();
    // The links go, so the same person can sign in again later as a new account.
    await trx.deleteFrom("user_identities").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("oidc_logins").where("link_user_id", "=", person.id).execute();
    // A used letter code stays used, but no longer says which account used it: the same person
    // must not verify a second account with the same letter (docs/verification.md, "Deletion").
    await trx
      .updateTable("letter_codes")
      .set({ used_by_user_id: null })
      .where("used_by_user_id", "=", person.id)
      .execute();
    // Mail to the person holds their address and name; undelivered mail must not go out either.
    await trx.deleteFrom("outbox").where("user_id", "=", person.id).execute();
    await trx.deleteFrom("demo_mailbox").where("user_id", "=", person.id).execute();
    // rate_limits: the counters keyed by the address are reset after commit (delete-account.ts),
    // as they may live in Redis or memory, outside this transaction.
  },
};

function subjectOf(payload: string): string {
  try {
    const subject = (JSON.parse(payload) as { subject?: unknown }).subject;
    return typeof subject === "string" ? subject : "";
  } catch {
    return "";
  }
}
