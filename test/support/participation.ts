// Test helpers for participation rules: residents verified as a provider (or letter code) would
// leave them, and a rule stored for a process's action.
import type { User } from "../../src/core/db/types";
import type { ParticipationRule } from "../../src/core/participation/rule";
import { saveRules } from "../../src/core/participation/store";
import type { TestApp } from "./app";

/** An account verified as a resident, with the claims the verification gave. */
export async function verifiedResident(
  t: TestApp,
  claims: { postcode?: string | null; birthdate?: string | null; emailConfirmed?: boolean } = {},
): Promise<User> {
  const user = await t.newUser({ verified: claims.emailConfirmed ?? false });
  return t.services.db.kysely
    .updateTable("users")
    .set({
      identity_verified_at: t.clock().toISOString(),
      verified_postcode: claims.postcode === undefined ? "1010 AB" : claims.postcode,
      verified_birthdate: claims.birthdate === undefined ? "1990-01-01" : claims.birthdate,
    })
    .where("id", "=", user.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setRule(
  t: TestApp,
  component: string,
  processId: number,
  action: string,
  rule: Partial<ParticipationRule>,
): Promise<void> {
  const full: ParticipationRule = { level: "email", areaIds: [], minAge: null, ...rule };
  // Without a stored row, saveRules compares with the default; one that differs makes it write.
  const fallback = {
    level: full.level === "none" ? ("identity" as const) : ("none" as const),
    areaIds: [],
    minAge: null,
  };
  await saveRules(
    t.services.db.kysely,
    { siteId: t.site.id, component, processId },
    { [action]: full },
    { [action]: fallback },
    t.clock(),
  );
}

export async function areaId(t: TestApp, name: string): Promise<number> {
  const row = await t.services.db.kysely
    .selectFrom("areas")
    .select("id")
    .where("site_id", "=", t.site.id)
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.id;
}
