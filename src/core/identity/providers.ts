// The identity providers of a site: those an administrator configured (identity_providers), and
// for the default site also the one from the environment (OIDC_*), under the slug "standaard".
// One shape for both, so the sign-in flow does not care where a provider came from.
import type { Config } from "../../config";
import type { Executor } from "../db/database";
import type { ClientAuth, IdentityProviderRow, Site } from "../db/types";
import { parseLevels } from "./assurance";
import type { ClaimMapping } from "./claims";

export const ENV_PROVIDER_SLUG = "standaard";

export interface IdentityProvider {
  slug: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  clientAuth: ClientAuth;
  /** private_key_jwt: the site's private key (JWK). */
  privateJwk: JsonWebKey | null;
  scopes: string;
  acrValues: string[];
  claims: ClaimMapping;
  /** Changes whenever the configuration does, so a cached discovery is not reused after an edit. */
  version: string;
}

export function providerFromRow(row: IdentityProviderRow): IdentityProvider {
  return {
    slug: row.slug,
    label: row.label,
    issuer: row.issuer,
    clientId: row.client_id,
    clientSecret: row.client_secret,
    clientAuth: row.client_auth,
    privateJwk: row.private_jwk ? (JSON.parse(row.private_jwk) as JsonWebKey) : null,
    scopes: row.scopes,
    acrValues: parseLevels(row.acr_values),
    claims: { postcode: row.claim_postcode, birthdate: row.claim_birthdate, displayName: row.claim_display_name },
    version: `${row.id}:${row.updated_at}`,
  };
}

export function providerFromEnv(config: Config): IdentityProvider | null {
  const env = config.oidc;
  if (!env) return null;
  return {
    slug: ENV_PROVIDER_SLUG,
    label: env.label,
    issuer: env.issuer,
    clientId: env.clientId,
    clientSecret: env.clientSecret,
    clientAuth: "client_secret_basic",
    privateJwk: null,
    scopes: env.scopes,
    acrValues: parseLevels(env.acrValues),
    claims: env.claims,
    version: "env",
  };
}

export async function siteProviders(db: Executor, config: Config, site: Site): Promise<IdentityProvider[]> {
  const rows = await db
    .selectFrom("identity_providers")
    .selectAll()
    .where("site_id", "=", site.id)
    .orderBy("label")
    .execute();
  const fromEnv = site.is_default ? providerFromEnv(config) : null;
  const configured = rows.map(providerFromRow).filter((p) => p.slug !== fromEnv?.slug);
  return fromEnv ? [fromEnv, ...configured] : configured;
}

/** The provider asked for; with one provider the slug may be left out. */
export function chooseProvider(providers: IdentityProvider[], slug: unknown): IdentityProvider | null {
  if (typeof slug === "string" && slug !== "") return providers.find((p) => p.slug === slug) ?? null;
  return providers.length === 1 ? providers[0]! : null;
}
