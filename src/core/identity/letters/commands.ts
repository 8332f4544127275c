// Use cases of letter verification: staff create a batch (codes made, hashed and stored; returned
// once, for the letters) or revoke one; a resident redeems a code. Each owns its transaction and
// writes its audit entry in it. The code itself is never logged.
import { audit } from "../../audit/log";
import { keyedCodeHash, newCodes } from "../../codes/one-time-codes";
import { iso } from "../../db/time";
import type { LetterBatch, Site } from "../../db/types";
import type { Services } from "../../services";
import type { AddressRow } from "./address-csv";
import { findCode, insertBatch, markCodeUsed, revokeBatch } from "./store";

/** The purpose in the keyed hash: letter codes never match another kind of code. */
export const LETTER_CODE_PURPOSE = "letter";

export const letterCodeHash = (secret: string, code: string) => keyedCodeHash(secret, LETTER_CODE_PURPOSE, code);

/** The new codes, in the order of `rows`; they cannot be shown again (only hashes are kept). */
export async function createLetterBatch(
  services: Services,
  site: Site,
  actorId: number,
  label: string,
  rows: readonly AddressRow[],
): Promise<{ batchId: number; codes: string[] }> {
  const now = services.clock();
  const codes = newCodes(rows.length);
  const batchId = await services.db.kysely.transaction().execute(async (trx) => {
    const id = await insertBatch(
      trx,
      {
        siteId: site.id,
        label,
        createdBy: actorId,
        codes: rows.map((r, i) => ({
          hash: letterCodeHash(services.secret, codes[i]!),
          postcode: r.postcode,
          areaId: r.areaId,
        })),
      },
      now,
    );
    await audit(
      trx,
      {
        siteId: site.id,
        actorUserId: actorId,
        action: "letters.batch.created",
        subject: `letterBatch:${id}`,
        details: { label, count: rows.length },
      },
      now,
    );
    return id;
  });
  return { batchId, codes };
}

export async function revokeLetterBatch(services: Services, batch: LetterBatch, actorId: number): Promise<boolean> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    if (!(await revokeBatch(trx, batch, actorId, now))) return false;
    await audit(
      trx,
      {
        siteId: batch.site_id,
        actorUserId: actorId,
        action: "letters.batch.revoked",
        subject: `letterBatch:${batch.id}`,
        details: { label: batch.label },
      },
      now,
    );
    return true;
  });
}

export type RedeemOutcome = "verified" | "unknown" | "used" | "revoked" | "alreadyVerified";

/** Thrown inside the transaction to undo the account's update when the code was taken meanwhile. */
class CodeTaken extends Error {}

/**
 * `code` is already normalised. An account verified already (by a provider or another letter)
 * keeps its verification and the code stays unused: one account uses at most one code, so one
 * person cannot use up the letters of other addresses.
 */
export async function redeemLetterCode(
  services: Services,
  site: Site,
  userId: number,
  code: string,
): Promise<RedeemOutcome> {
  const now = services.clock();
  const db = services.db.kysely;
  const found = await findCode(db, site.id, letterCodeHash(services.secret, code));
  if (!found) return "unknown";
  // A used code says so even after its batch was revoked: that is what the resident needs to know.
  if (found.used_at) return "used";
  if (found.revoked_at) return "revoked";
  try {
    return await db.transaction().execute(async (trx) => {
      // Conditional updates: two tabs with two codes, or two accounts with one code, cannot both win.
      const account = await trx
        .updateTable("users")
        .set({
          identity_verified_at: iso(now),
          verification_method: "letter",
          verified_postcode: found.postcode,
          verified_area_id: found.area_id,
          verified_birthdate: null,
        })
        .where("id", "=", userId)
        .where("site_id", "=", site.id)
        .where("identity_verified_at", "is", null)
        .executeTakeFirst();
      if (Number(account.numUpdatedRows) !== 1) return "alreadyVerified" as const;
      // Revoked between the look-up and now: the batch row decides, read inside the transaction.
      const batch = await trx
        .selectFrom("letter_batches")
        .select("revoked_at")
        .where("id", "=", found.batch_id)
        .executeTakeFirstOrThrow();
      if (batch.revoked_at) throw new CodeTaken("revoked");
      if (!(await markCodeUsed(trx, found.id, userId, now))) throw new CodeTaken("used");
      await audit(
        trx,
        {
          siteId: site.id,
          actorUserId: userId,
          action: "letters.code.used",
          subject: `letterBatch:${found.batch_id}`,
          details: {},
        },
        now,
      );
      return "verified" as const;
    });
  } catch (error) {
    if (error instanceof CodeTaken) return error.message as "used" | "revoked";
    throw error;
  }
}
