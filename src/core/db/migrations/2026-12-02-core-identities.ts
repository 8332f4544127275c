// Sign-in with OpenID Connect (docs/accounts.md, "Sign-in through a provider"):
// - identity_providers: per site, configured by an administrator (the client secret is stored
//   but never shown again; for private_key_jwt the site's own key pair);
// - user_identities: a person's identity at a provider, as a keyed hash of issuer and subject,
//   never the subject itself (it may be a BSN); one identity belongs to one account per site;
// - oidc_logins: a sign-in under way (state, nonce, PKCE verifier), single use, minutes long;
// - users: when and with which claims the account was verified as a person (the base of the
//   participation rules to come); sessions: the provider a session was signed in with (log-out).
// Never imports app code, so it stays runnable forever.
import { sql, type Kysely } from "kysely";
import { dialectOf, withId } from "../schema";

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await withId(db.schema.createTable("identity_providers"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("slug", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("client_secret", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("client_auth", "text", (c) =>
      c
        .notNull()
        .defaultTo("client_secret_basic")
        .check(sql`client_auth in ('client_secret_basic', 'private_key_jwt')`),
    )
    // private_key_jwt: the key pair the site made (private JWK, JSON); the public half is published.
    .addColumn("private_jwk", "text")
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("acr_values", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("claim_postcode", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("claim_birthdate", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("claim_display_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("identity_providers_site_slug", ["site_id", "slug"])
    .execute();

  await withId(db.schema.createTable("user_identities"), d)
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("subject_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text", (c) => c.notNull())
    // One identity belongs to at most one account per site; an account has one identity per issuer.
    .addUniqueConstraint("user_identities_site_subject", ["site_id", "subject_hash"])
    .addUniqueConstraint("user_identities_user_issuer", ["user_id", "issuer"])
    .execute();

  await db.schema
    .createTable("oidc_logins")
    .addColumn("state_hash", "text", (c) => c.primaryKey())
    .addColumn("site_id", "integer", (c) => c.notNull().references("sites.id").onDelete("cascade"))
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("nonce", "text", (c) => c.notNull())
    .addColumn("code_verifier", "text", (c) => c.notNull())
    .addColumn("back_path", "text")
    .addColumn("link_user_id", "integer", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("oidc_logins_expiry").on("oidc_logins").column("expires_at").execute();

  await db.schema.alterTable("users").addColumn("identity_verified_at", "text").execute();
  await db.schema.alterTable("users").addColumn("verified_postcode", "text").execute();
  await db.schema.alterTable("users").addColumn("verified_birthdate", "text").execute();
  await db.schema.alterTable("sessions").addColumn("identity_provider", "text").execute();
}

export async function down(): Promise<void> {
  throw new Error("This migration cannot be rolled back; restore a backup instead.");
}
