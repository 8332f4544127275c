// identity_providers rows of one site. The secret is written here and read only by the sign-in.
import type { Executor } from "../../db/database";
import { iso } from "../../db/time";
import type { IdentityProviderRow } from "../../db/types";
import { newClientKey } from "../../identity/client-keys";
import type { ProviderInput } from "./schema";

const columns = (input: ProviderInput) => ({
  slug: input.slug,
  label: input.label,
  issuer: input.issuer,
  client_id: input.clientId,
  client_auth: input.clientAuth,
  scopes: input.scopes,
  acr_values: input.acrValues,
  claim_postcode: input.claimPostcode,
  claim_birthdate: input.claimBirthdate,
  claim_display_name: input.claimDisplayName,
});

export function listProviderRows(db: Executor, siteId: number): Promise<IdentityProviderRow[]> {
  return db.selectFrom("identity_providers").selectAll().where("site_id", "=", siteId).orderBy("label").execute();
}

export function findProviderRow(db: Executor, siteId: number, id: number) {
  return db
    .selectFrom("identity_providers")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function addProvider(db: Executor, siteId: number, input: ProviderInput, now: Date) {
  return db
    .insertInto("identity_providers")
    .values({
      site_id: siteId,
      ...columns(input),
      client_secret: input.clientAuth === "client_secret_basic" ? input.clientSecret : "",
      private_jwk: input.clientAuth === "private_key_jwt" ? newClientKey() : null,
      created_at: iso(now),
      updated_at: iso(now),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** Keeps the saved secret when none is given, and the key pair once made (the broker has it). */
export async function updateProvider(
  db: Executor,
  siteId: number,
  row: Pick<IdentityProviderRow, "id" | "private_jwk">,
  input: ProviderInput,
  now: Date,
) {
  const id = row.id;
  const needsKey = input.clientAuth === "private_key_jwt" && !row.private_jwk;
  await db
    .updateTable("identity_providers")
    .set({
      ...columns(input),
      ...(input.clientSecret ? { client_secret: input.clientSecret } : {}),
      ...(needsKey ? { private_jwk: newClientKey() } : {}),
      updated_at: iso(now),
    })
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .execute();
}

export async function deleteProvider(db: Executor, siteId: number, id: number): Promise<void> {
  await db.deleteFrom("identity_providers").where("site_id", "=", siteId).where("id", "=", id).execute();
}
