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
import { ballotProjects } from "../store/projects";
import type { BudgetProcess } from "../store/tables";
import { ballotItems, checkBallot, type BallotCheck, type Choice } from "../domain/ballot-rules";
import { votingOpen } from "../domain/process-rules";
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

export type CastResult =
  | { ok: true; check: BallotCheck }
  | { ok: false; check: BallotCheck }
  | { ok: false; codeRefused: true };

async function checked(db: Executor, process: BudgetProcess, choice: Choice): Promise<BallotCheck> {
  const projects = await ballotProjects(db, process.id);
  return checkBallot(process, projects, choice);
}

export async function castAsResident(
  services: Services,
  process: BudgetProcess,
  userId: number,
  choice: Choice,
  /** Whether the voter is a verified resident now (core/participation verifiedResident). */
  verified = false,
): Promise<CastResult> {
  const now = services.clock();
  const check = await checked(services.db.kysely, process, choice);
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
  const check = await checked(services.db.kysely, process, choice);
  if (!check.ok) return { ok: false, check };
  const saved = await services.db.kysely.transaction().execute(async (trx) => {
    await assertStillVoting(trx, process.id, now);
    const codeId = await useCode(trx, process.id, hashCode(code), now);
    if (codeId === null) return false;
    await saveBallot(
      trx,
      { processId: process.id, voterKey: `code:${codeId}`, source: "code", items: ballotItems(choice), verified: true },
      now,
    );
    return true;
  });
  return saved ? { ok: true, check } : { ok: false, codeRefused: true };
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
