// Casting a ballot, three ways: a resident online (changeable until the vote closes), a voting
// code (one ballot, the code is used up in the same transaction) and a paper ballot entered by
// an official. The ballot is checked by the pure rule first; a refused ballot changes nothing.
import crypto from "node:crypto";
import { audit } from "../../../core/audit/log";
import type { Executor } from "../../../core/db/database";
import { forShare } from "../../../core/db/locks";
import { conflict } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { hashCode } from "../codes/voting-codes";
import { saveBallot } from "../store/ballots";
import { useCode } from "../store/codes";
import type { Pool } from "../store/pools";
import type { BudgetProcess } from "../store/tables";
import { ballotItems, type Choice } from "../domain/ballot-rules";
import type { PoolBallotCheck } from "../domain/pool-ballot";
import { votingOpen } from "../domain/process-rules";
import { checkPaper, codeAllows, loadPaper, withAllowed } from "./ballot-paper";
import { ballotsAllowed } from "../windows/rules";
import { findPlan } from "../windows/store";

/**
 * Checked again inside the transaction, with the process row share-locked until commit: a phase
 * change (which counts the ballots) waits for this ballot, or this ballot sees the new phase and is
 * refused. Either way no ballot is saved after the count. Past the voting window's close the
 * ballot is refused too, even if the scheduled job has not closed the vote yet.
 */
async function assertStillVoting(trx: Executor, processId: number, now: Date): Promise<void> {
  const row = await forShare(
    trx,
    trx.selectFrom("budget_processes").select(["phase", "imported"]).where("id", "=", processId),
  ).executeTakeFirst();
  if (!row || !votingOpen(row) || !ballotsAllowed(await findPlan(trx, processId), now))
    throw conflict("budgeting.errors.voteClosed");
}

/**
 * A ballot is one paper over the process's pools (domain/pool-ballot.ts): one row per voter per
 * process (unique voter key), its items in the pools' projects, so a voter has at most one ballot
 * in each pool. Every part is checked with its pool's rule before anything is written.
 */
export type CastResult =
  | { ok: true; check: PoolBallotCheck }
  | { ok: false; check: PoolBallotCheck }
  | { ok: false; codeRefused: true };

async function checked(
  db: Executor,
  process: BudgetProcess,
  choice: Choice,
  allowed?: (pool: Pool) => boolean,
): Promise<PoolBallotCheck> {
  return checkPaper(await loadPaper(db, process, allowed), choice);
}

class PoolsRefused extends Error {
  constructor(readonly check: PoolBallotCheck) {
    super("pools refused");
  }
}

export async function castAsResident(
  services: Services,
  process: BudgetProcess,
  userId: number,
  choice: Choice,
  /** Whether the voter is a verified resident now (core/participation verifiedResident). */
  verified = false,
  /** The pools this voter may vote in (participation.ts, budgetPoolRules); default all. */
  allowed?: (pool: Pool) => boolean,
): Promise<CastResult> {
  const now = services.clock();
  const check = await checked(services.db.kysely, process, choice, allowed);
  if (!check.ok) return { ok: false, check };
  await services.db.kysely.transaction().execute(async (trx) => {
    await assertStillVoting(trx, process.id, now);
    await saveBallot(
      trx,
      {
        processId: process.id,
        voterKey: `user:${userId}`,
        source: "online",
        userId,
        items: ballotItems(choice),
        verified,
      },
      now,
    );
  });
  return { ok: true, check };
}

/** `code` is already normalised; unknown, used and foreign codes all give the same answer. */
export async function castWithCode(
  services: Services,
  process: BudgetProcess,
  code: string,
  choice: Choice,
): Promise<CastResult> {
  const now = services.clock();
  // First the parts against their pools' rules; which pools the code opens is known once it is used.
  const paper = await loadPaper(services.db.kysely, process);
  const check = checkPaper(paper, choice);
  if (!check.ok) return { ok: false, check };
  try {
    const saved = await services.db.kysely.transaction().execute(async (trx) => {
      await assertStillVoting(trx, process.id, now);
      const used = await useCode(trx, process.id, hashCode(code), now);
      if (used === null) return false;
      // A choice in a pool of another area: refused beside that pool, and the code stays unused.
      const byCode = checkPaper(withAllowed(paper, codeAllows(used.areaId)), choice);
      if (!byCode.ok) throw new PoolsRefused(byCode);
      await saveBallot(
        trx,
        {
          processId: process.id,
          voterKey: `code:${used.id}`,
          source: "code",
          items: ballotItems(choice),
          verified: true,
        },
        now,
      );
      return true;
    });
    return saved ? { ok: true, check } : { ok: false, codeRefused: true };
  } catch (error) {
    if (error instanceof PoolsRefused) return { ok: false, check: error.check };
    throw error;
  }
}

export async function enterPaperBallot(
  services: Services,
  process: BudgetProcess,
  officialId: number,
  choice: Choice,
): Promise<CastResult> {
  const now = services.clock();
  const check = await checked(services.db.kysely, process, choice);
  if (!check.ok) return { ok: false, check };
  await services.db.kysely.transaction().execute(async (trx) => {
    await assertStillVoting(trx, process.id, now);
    const voterKey = `paper:${crypto.randomBytes(9).toString("base64url")}`;
    await saveBallot(
      trx,
      { processId: process.id, voterKey, source: "paper", enteredBy: officialId, items: ballotItems(choice) },
      now,
    );
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId: officialId,
        action: "budgeting.paper.entered",
        subject: `budget_process:${process.id}`,
      },
      now,
    );
  });
  return { ok: true, check };
}
