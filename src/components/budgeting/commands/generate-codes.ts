// Generates N voting codes for a process: stores their hashes and returns the codes once, for
// the letters. They cannot be shown again later (only hashes are kept).
import { audit } from "../../../core/audit/log";
import type { Services } from "../../../core/services";
import { hashCode, newVotingCodes } from "../codes/voting-codes";
import { insertCodeHashes } from "../store/codes";
import type { BudgetProcess } from "../store/tables";

export async function generateCodes(
  services: Services,
  process: BudgetProcess,
  count: number,
  actorUserId: number | null,
  /** The area of the addresses: the code also votes in that area's pool (store/pools.ts). */
  areaId: number | null = null,
): Promise<string[]> {
  const now = services.clock();
  const codes = newVotingCodes(count);
  await services.db.kysely.transaction().execute(async (trx) => {
    await insertCodeHashes(trx, process.id, codes.map(hashCode), now, areaId);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.codes.generated",
        subject: `budget_process:${process.id}`,
        details: areaId === null ? { count } : { count, areaId },
      },
      now,
    );
  });
  return codes;
}
