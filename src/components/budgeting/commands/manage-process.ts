// Creating and editing a process, and moving it through its phases. The change that closes the
// process (to results, or straight to implementation) counts the ballots in the same transaction,
// so the results page never shows a half-closed vote.
import { audit } from "../../../core/audit/log";
import { conflict } from "../../../core/http/errors";
import type { Services } from "../../../core/services";
import { insertProcess, setPhase, updateProcessSettings, type ProcessSettings } from "../store/processes";
import { allowedPhases, closesProcess, type Phase } from "../domain/process-rules";
import type { BudgetProcess } from "../store/tables";
import { queueOpeningMails } from "../windows/openings";
import { boundaryEffect } from "../windows/rules";
import { findPlan } from "../windows/store";
import { computeAndStoreResult } from "./process-results";

export async function createProcess(
  services: Services,
  siteId: number,
  settings: ProcessSettings,
  actorUserId: number,
): Promise<BudgetProcess> {
  const now = services.clock();
  return services.db.kysely.transaction().execute(async (trx) => {
    const process = await insertProcess(trx, siteId, settings, "submit", now);
    await audit(
      trx,
      { siteId, actorUserId, action: "budgeting.process.created", subject: `budget_process:${process.id}` },
      now,
    );
    return process;
  });
}

export async function updateProcess(
  services: Services,
  process: BudgetProcess,
  settings: ProcessSettings,
  actorUserId: number,
): Promise<void> {
  const now = services.clock();
  await services.db.kysely.transaction().execute(async (trx) => {
    await updateProcessSettings(trx, process, settings, now);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: "budgeting.process.updated",
        subject: `budget_process:${process.id}`,
      },
      now,
    );
  });
}

/**
 * A change by staff. With a `reason` (required when the process has a time plan) it is logged as a
 * change outside the plan. Opening the vote mails the followers, as the scheduled opening would.
 */
export async function changePhase(
  services: Services,
  process: BudgetProcess,
  to: Phase,
  actorUserId: number | null,
  reason = "",
): Promise<void> {
  const now = services.clock();
  if (!allowedPhases(process).includes(to)) throw conflict("budgeting.errors.phaseNotAllowed");
  if (to === process.phase) return;
  let mailed = false;
  await services.db.kysely.transaction().execute(async (trx) => {
    if (!(await setPhase(trx, process, process.phase, to, now))) throw conflict("budgeting.errors.phaseChanged");
    if (closesProcess(process, to)) await computeAndStoreResult(trx, { ...process, phase: to }, now);
    await audit(
      trx,
      {
        siteId: process.site_id,
        actorUserId,
        action: reason ? "budgeting.phase.changedByHand" : "budgeting.phase.changed",
        subject: `budget_process:${process.id}`,
        details: reason ? { from: process.phase, to, reason } : { from: process.phase, to },
      },
      now,
    );
    const opening = boundaryEffect("votingOpen", process.phase).to === to ? "voting" : null;
    if (
      opening &&
      (await queueOpeningMails(trx, services, { ...process, phase: to }, opening, await findPlan(trx, process.id), now))
    )
      mailed = true;
  });
  if (mailed) services.kickOutbox();
}
